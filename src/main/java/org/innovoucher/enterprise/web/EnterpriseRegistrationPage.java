package org.innovoucher.enterprise.web;

import java.util.List;

import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.RegistrationForms;
import org.innovoucher.shared.DomainException;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An enterprise registers itself in the portal: the same {@link EnterpriseRegistrations} as
 * {@code POST /api/v1/registrations/enterprises}, every field explained, the USCC checked by the
 * server always (and by /js/uscc-check.js while typing, where JavaScript runs).
 */
@Controller
class EnterpriseRegistrationPage {

	/** The form as typed; the USCC is checked by {@code Uscc}, not by a length here. */
	record EnterpriseForm(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password,
			@NotBlank @Size(max = TextLimits.EMAIL) String email, @Size(max = 64) String uscc,
			@NotBlank @Size(max = TextLimits.NAME) String name, @NotBlank @Size(max = TextLimits.CODE) String regionCode,
			@NotNull SizeClass sizeClass, @NotBlank @Size(max = TextLimits.SHORT_TEXT) String industry,
			@Size(max = TextLimits.LABEL) String techSmeNumber,
			@NotBlank @Size(max = TextLimits.SHORT_TEXT) String legalRepresentative,
			@NotBlank @Size(max = TextLimits.LABEL) String contactPhone) {

		static EnterpriseForm empty() {
			return new EnterpriseForm(null, null, null, null, null, null, null, null, null, null, null);
		}
	}

	private final EnterpriseRegistrations registrations;
	private final RegistrationForms forms;

	EnterpriseRegistrationPage(EnterpriseRegistrations registrations, RegistrationForms forms) {
		this.registrations = registrations;
		this.forms = forms;
	}

	@GetMapping("/register/enterprise")
	String form(Model model) {
		return show(model, EnterpriseForm.empty(), PageErrors.Shown.NONE);
	}

	@PostMapping("/register/enterprise")
	String register(@Valid @ModelAttribute("form") EnterpriseForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		PageErrors.Shown stopped = forms.beforeRegistering(request, response, form.uscc(), binding);
		if (stopped.any()) {
			return show(model, form, stopped);
		}
		try {
			registrations.register(new EnterpriseRegistrations.Registration(form.username().trim(), form.password(),
					form.email().trim(), form.uscc(), form.name(), form.regionCode(), form.sizeClass(), form.industry(),
					form.techSmeNumber(), form.legalRepresentative(), form.contactPhone(), List.of()));
		}
		catch (DomainException e) {
			return show(model, form, forms.refused(e, form.uscc()));
		}
		redirect.addFlashAttribute("registeredName", form.name().trim());
		redirect.addFlashAttribute("registeredUsername", form.username().trim());
		return "redirect:/register/enterprise/done";
	}

	/** What happens next; reached after a registration (a bookmark of it shows the steps without names). */
	@GetMapping("/register/enterprise/done")
	String done() {
		return "enterprise/registered";
	}

	private String show(Model model, EnterpriseForm form, PageErrors.Shown shown) {
		model.addAttribute("form", form);
		model.addAttribute(PageErrors.MODEL, shown);
		model.addAttribute("regionGroups", forms.regionGroups());
		model.addAttribute("sizeClasses", SizeClass.values());
		return "enterprise/register";
	}
}
