package org.innovoucher.institution.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.RegistrationForms;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.TextLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service institution registers itself in the portal and waits for recognition: the same
 * {@link InstitutionRegistrations} as {@code POST /api/v1/registrations/institutions}.
 */
@Controller
class InstitutionRegistrationPage {

	/** The form as typed; qualifications one per line. */
	record InstitutionForm(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password,
			@NotBlank @Size(max = TextLimits.EMAIL) String email, @Size(max = 64) String uscc,
			@NotBlank @Size(max = TextLimits.NAME) String name, @NotBlank @Size(max = TextLimits.CODE) String regionCode,
			@NotNull InstitutionType type, @NotEmpty Set<ServiceCategory> categories,
			@Size(max = 5000) String qualifications) {

		static InstitutionForm empty() {
			return new InstitutionForm(null, null, null, null, null, null, null, Set.of(), null);
		}

		public boolean offers(ServiceCategory category) {
			return categories != null && categories.contains(category);
		}

		public List<String> qualificationList() {
			return qualifications == null ? List.of()
					: Arrays.stream(qualifications.split("\\R")).map(String::trim).filter(q -> !q.isEmpty()).toList();
		}
	}

	private final InstitutionRegistrations registrations;
	private final RegistrationForms forms;

	InstitutionRegistrationPage(InstitutionRegistrations registrations, RegistrationForms forms) {
		this.registrations = registrations;
		this.forms = forms;
	}

	@GetMapping("/register/institution")
	String form(Model model) {
		return show(model, InstitutionForm.empty(), PageErrors.Shown.NONE);
	}

	@PostMapping("/register/institution")
	String register(@Valid @ModelAttribute("form") InstitutionForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		PageErrors.Shown stopped = forms.beforeRegistering(request, response, form.uscc(), binding);
		if (stopped.any()) {
			return show(model, form, stopped);
		}
		InstitutionRegistrations.Registered registered;
		try {
			registered = registrations.register(new InstitutionRegistrations.Registration(form.username().trim(),
					form.password(), form.email().trim(), form.uscc(), form.name(), form.regionCode(), form.type(),
					form.categories(), form.qualificationList(), List.of()));
		}
		catch (DomainException e) {
			return show(model, form, forms.refused(e, form.uscc()));
		}
		redirect.addFlashAttribute("registeredName", form.name().trim());
		redirect.addFlashAttribute("registeredUsername", form.username().trim());
		redirect.addFlashAttribute("status", registered.status().name());
		return "redirect:/register/institution/done";
	}

	/** What happens next: the operator's recognition, with the status as it stands. */
	@GetMapping("/register/institution/done")
	String done() {
		return "institution/registered";
	}

	private String show(Model model, InstitutionForm form, PageErrors.Shown shown) {
		model.addAttribute("form", form);
		model.addAttribute(PageErrors.MODEL, shown);
		model.addAttribute("regionGroups", forms.regionGroups());
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("categories", ServiceCategory.values());
		return "institution/register";
	}
}
