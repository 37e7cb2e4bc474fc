package org.innovoucher.institution.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.RegistrationForms;
import org.innovoucher.portal.RegistrationPage;
import org.innovoucher.portal.RegistrationSteps;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.Uscc;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service institution registers itself in the portal one small group of questions at a time (who
 * it is, where, what kind and what it offers, its qualifications, its related parties, its account),
 * checks its answers and sends them to the same {@link InstitutionRegistrations} as
 * {@code POST /api/v1/registrations/institutions}; then it waits for recognition. The answers wait in
 * the session ({@link InstitutionDraft}); how the pages go from one to the next is
 * {@link RegistrationPage}'s. Here are the pages only institutions are asked.
 */
@Controller
@RequestMapping(InstitutionRegistrationPage.BASE)
class InstitutionRegistrationPage extends RegistrationPage<InstitutionDraft> {

	static final String BASE = "/register/institution";

	static final RegistrationSteps STEPS = new RegistrationSteps(BASE, "institution",
			List.of("who", "where", "kind", "qualifications", "related", "account"),
			Map.ofEntries(Map.entry("uscc", "who"), Map.entry("name", "who"), Map.entry("regionCode", "where"),
					Map.entry("type", "kind"), Map.entry("categories", "kind"),
					Map.entry("qualifications", "qualifications"), Map.entry("relatedParties", "related"),
					Map.entry("username", "account"), Map.entry("password", "account"), Map.entry("email", "account")));

	/** The USCC is checked by {@code Uscc}, not by a length here. */
	record WhoForm(@Size(max = 64) String uscc, @NotBlank @Size(max = TextLimits.NAME) String name) {
	}

	record KindForm(@NotNull InstitutionType type, @NotEmpty Set<ServiceCategory> categories) {

		public boolean offers(ServiceCategory category) {
			return categories != null && categories.contains(category);
		}
	}

	/** An empty password keeps the one chosen before. */
	record AccountForm(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@Size(max = TextLimits.PASSWORD) String password, @NotBlank @Size(max = TextLimits.EMAIL) String email) {
	}

	private final InstitutionRegistrations registrations;

	InstitutionRegistrationPage(InstitutionRegistrations registrations, Accounts accounts, RegistrationForms forms,
			PageErrors errors) {
		super(STEPS, InstitutionDraft.class, InstitutionDraft::new, forms, errors, accounts::refusalsOf);
		this.registrations = registrations;
	}

	@PostMapping("/step/who")
	String who(@Valid @ModelAttribute("form") WhoForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		return firstAnswer(form, form.uscc(), form.name(), binding, session, response, model, d -> {
		});
	}

	@PostMapping("/step/kind")
	String kind(@Valid @ModelAttribute("form") KindForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		return answer("kind", form, binding, session, response, model, d -> {
			d.setType(form.type());
			d.setCategories(form.categories());
		});
	}

	/** Qualifications one a line, as people copy them from their certificates; none is an answer too. */
	@PostMapping("/step/qualifications")
	String qualifications(@RequestParam(required = false) String qualifications, HttpSession session,
			HttpServletResponse response, Model model) {
		List<String> lines = QualificationLines.of(qualifications);
		return answer("qualifications", qualifications, session, response, model,
				d -> QualificationLines.problems(lines, errors), d -> d.setQualifications(lines));
	}

	@PostMapping("/step/account")
	String account(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		return accountAnswer(form, form.username(), form.password(), form.email(), binding, session, response, model,
				d -> {
				});
	}

	@Override
	protected boolean isRegistered(Uscc uscc) {
		return registrations.isRegistered(uscc);
	}

	/** On to recognition: the page after it shows the status as it stands. */
	@Override
	protected void send(InstitutionDraft d, RedirectAttributes redirect) {
		InstitutionRegistrations.Registered registered = registrations.register(new InstitutionRegistrations.Registration(
				d.getUsername(), d.password(), d.getEmail(), d.getUscc(), d.getName(), d.getRegionCode(), d.getType(),
				d.getCategories(), d.getQualifications(), d.getRelatedParties()));
		redirect.addFlashAttribute("status", registered.status().name());
	}

	@Override
	protected Object form(String step, InstitutionDraft d) {
		return switch (step) {
			case "who" -> new WhoForm(d.getUscc(), d.getName());
			case "kind" -> new KindForm(d.getType(), d.getCategories());
			case "qualifications" -> String.join("\n", d.getQualifications());
			case "account" -> new AccountForm(d.getUsername(), null, d.getEmail());
			default -> null;
		};
	}

	@Override
	protected String template(String step, Model model) {
		return switch (step) {
			case "kind" -> {
				model.addAttribute("types", InstitutionType.values());
				model.addAttribute("categories", ServiceCategory.values());
				yield "institution/register-kind";
			}
			case "qualifications" -> "institution/register-qualifications";
			default -> throw new IllegalArgumentException(step);
		};
	}

	@Override
	protected boolean asksPhone() {
		return false;
	}
}
