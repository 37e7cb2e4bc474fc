package org.innovoucher.enterprise.web;

import java.util.List;
import java.util.Map;

import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.RegistrationForms;
import org.innovoucher.portal.RegistrationPage;
import org.innovoucher.portal.RegistrationSteps;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.Uscc;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An enterprise registers itself in the portal one small group of questions at a time: who it is
 * (the USCC checked as typed, by the server always and by /js/uscc-check.js where JavaScript runs),
 * where it is registered, its size, its related parties, its account; then it checks its answers and
 * sends them to the same {@link EnterpriseRegistrations} as {@code POST /api/v1/registrations/enterprises}.
 * The answers wait in the session ({@link EnterpriseDraft}); how the pages go from one to the next is
 * {@link RegistrationPage}'s. Here are the pages only enterprises are asked.
 */
@Controller
@RequestMapping(EnterpriseRegistrationPage.BASE)
class EnterpriseRegistrationPage extends RegistrationPage<EnterpriseDraft> {

	static final String BASE = "/register/enterprise";

	static final RegistrationSteps STEPS = new RegistrationSteps(BASE, "enterprise",
			List.of("who", "where", "size", "related", "account"),
			Map.ofEntries(Map.entry("uscc", "who"), Map.entry("name", "who"), Map.entry("legalRepresentative", "who"),
					Map.entry("industry", "who"), Map.entry("regionCode", "where"), Map.entry("sizeClass", "size"),
					Map.entry("techSmeNumber", "size"), Map.entry("relatedParties", "related"),
					Map.entry("username", "account"), Map.entry("password", "account"), Map.entry("email", "account"),
					Map.entry("contactPhone", "account")));

	/** Who the enterprise is: what its business licence says. The USCC is checked by {@code Uscc}, not by a length here. */
	record WhoForm(@Size(max = 64) String uscc, @NotBlank @Size(max = TextLimits.NAME) String name,
			@NotBlank @Size(max = TextLimits.SHORT_TEXT) String legalRepresentative,
			@NotBlank @Size(max = TextLimits.SHORT_TEXT) String industry) {
	}

	record SizeForm(@NotNull SizeClass sizeClass, @Size(max = TextLimits.LABEL) String techSmeNumber) {
	}

	/** The account and the phone; an empty password keeps the one chosen before. */
	record AccountForm(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@Size(max = TextLimits.PASSWORD) String password, @NotBlank @Size(max = TextLimits.EMAIL) String email,
			@NotBlank @Size(max = TextLimits.LABEL) String contactPhone) {
	}

	private final EnterpriseRegistrations registrations;

	EnterpriseRegistrationPage(EnterpriseRegistrations registrations, Accounts accounts, RegistrationForms forms,
			PageErrors errors) {
		super(STEPS, EnterpriseDraft.class, EnterpriseDraft::new, forms, errors, accounts::refusalsOf);
		this.registrations = registrations;
	}

	@PostMapping("/step/who")
	String who(@Valid @ModelAttribute("form") WhoForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		return firstAnswer(form, form.uscc(), form.name(), binding, session, response, model, d -> {
			d.setLegalRepresentative(form.legalRepresentative().trim());
			d.setIndustry(form.industry().trim());
		});
	}

	@PostMapping("/step/size")
	String size(@Valid @ModelAttribute("form") SizeForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		return answer("size", form, binding, session, response, model, d -> {
			d.setSizeClass(form.sizeClass());
			d.setTechSmeNumber(form.techSmeNumber() == null || form.techSmeNumber().isBlank() ? null
					: form.techSmeNumber().trim());
		});
	}

	@PostMapping("/step/account")
	String account(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		return accountAnswer(form, form.username(), form.password(), form.email(), binding, session, response, model,
				d -> d.setContactPhone(form.contactPhone().trim()));
	}

	@Override
	protected boolean isRegistered(Uscc uscc) {
		return registrations.isRegistered(uscc);
	}

	@Override
	protected void send(EnterpriseDraft d, RedirectAttributes redirect) {
		registrations.register(new EnterpriseRegistrations.Registration(d.getUsername(), d.password(), d.getEmail(),
				d.getUscc(), d.getName(), d.getRegionCode(), d.getSizeClass(), d.getIndustry(), d.getTechSmeNumber(),
				d.getLegalRepresentative(), d.getContactPhone(), d.getRelatedParties()));
	}

	@Override
	protected Object form(String step, EnterpriseDraft d) {
		return switch (step) {
			case "who" -> new WhoForm(d.getUscc(), d.getName(), d.getLegalRepresentative(), d.getIndustry());
			case "size" -> new SizeForm(d.getSizeClass(), d.getTechSmeNumber());
			case "account" -> new AccountForm(d.getUsername(), null, d.getEmail(), d.getContactPhone());
			default -> null;
		};
	}

	@Override
	protected String template(String step, Model model) {
		if (!"size".equals(step)) {
			throw new IllegalArgumentException(step);
		}
		model.addAttribute("sizeClasses", SizeClass.values());
		return "enterprise/register-size";
	}

	@Override
	protected boolean asksPhone() {
		return true;
	}
}
