package org.innovoucher.enterprise.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.RegistrationForms;
import org.innovoucher.portal.RegistrationSteps;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.Uscc;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
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
 * The answers wait in the session ({@link EnterpriseDraft}); a refusal comes back on the page that
 * asks for the input it concerns.
 */
@Controller
@RequestMapping(EnterpriseRegistrationPage.BASE)
class EnterpriseRegistrationPage {

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
	private final Accounts accounts;
	private final RegistrationForms forms;
	private final PageErrors errors;

	EnterpriseRegistrationPage(EnterpriseRegistrations registrations, Accounts accounts, RegistrationForms forms,
			PageErrors errors) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.forms = forms;
		this.errors = errors;
	}

	/** The address people bookmark: the first page, with the answers so far. */
	@GetMapping
	String start(@RequestParam(required = false) String restart, HttpSession session, Model model) {
		Optional<EnterpriseDraft> draft = draft(session);
		model.addAttribute("restarted", restart != null && draft.isEmpty());
		return page("who", draft.orElseGet(EnterpriseDraft::new), PageErrors.Shown.NONE, model);
	}

	@GetMapping("/step/{step}")
	String step(@PathVariable String step, HttpSession session, Model model) {
		EnterpriseDraft draft = draft(session).orElse(null);
		Optional<String> elsewhere = STEPS.redirectBefore(step, draft, session);
		if (elsewhere.isPresent()) {
			return elsewhere.get();
		}
		return page(step, draft == null ? new EnterpriseDraft() : draft, PageErrors.Shown.NONE, model);
	}

	@PostMapping("/step/who")
	String who(@Valid @ModelAttribute("form") WhoForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		EnterpriseDraft draft = draft(session).orElseGet(EnterpriseDraft::new);
		PageErrors.Shown problems = forms.usccAndFields(form.uscc(), binding);
		if (!problems.has("uscc") && registrations.isRegistered(Uscc.of(form.uscc()))) {
			problems = problems.and(errors.on("uscc", "error.code.DUPLICATE_USCC"));
		}
		if (problems.any()) {
			return refused("who", draft, form, problems, response, model);
		}
		draft.setUscc(Uscc.of(form.uscc()).value());
		draft.setName(form.name().trim());
		draft.setLegalRepresentative(form.legalRepresentative().trim());
		draft.setIndustry(form.industry().trim());
		return STEPS.saved(session, draft, "who");
	}

	@PostMapping("/step/where")
	String where(@RequestParam(required = false) String regionCode, HttpSession session, HttpServletResponse response,
			Model model) {
		Optional<EnterpriseDraft> draft = draft(session);
		if (draft.isEmpty()) {
			return STEPS.restart(session);
		}
		PageErrors.Shown problems = forms.saveRegion(draft.get(), regionCode);
		if (problems.any()) {
			return refused("where", draft.get(), regionCode, problems, response, model);
		}
		return STEPS.saved(session, draft.get(), "where");
	}

	@PostMapping("/step/size")
	String size(@Valid @ModelAttribute("form") SizeForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		Optional<EnterpriseDraft> draft = draft(session);
		if (draft.isEmpty()) {
			return STEPS.restart(session);
		}
		if (binding.hasErrors()) {
			return refused("size", draft.get(), form, errors.of(binding), response, model);
		}
		draft.get().setSizeClass(form.sizeClass());
		draft.get().setTechSmeNumber(form.techSmeNumber() == null || form.techSmeNumber().isBlank() ? null
				: form.techSmeNumber().trim());
		return STEPS.saved(session, draft.get(), "size");
	}

	/** The list of related parties: a row more or less, or every code checked and on to the next page. */
	@PostMapping("/step/related")
	String related(HttpServletRequest request, HttpSession session, HttpServletResponse response, Model model) {
		Optional<EnterpriseDraft> draft = draft(session);
		if (draft.isEmpty()) {
			return STEPS.restart(session);
		}
		RegistrationForms.RelatedAnswer answer = forms.relatedParties(draft.get(), request);
		if (answer.kept()) {
			return STEPS.saved(session, draft.get(), "related");
		}
		if (answer.problems().any()) {
			response.setStatus(400);
		}
		return show("related", draft.get(), answer.rows(), answer.problems(), model);
	}

	@PostMapping("/step/account")
	String account(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		Optional<EnterpriseDraft> found = draft(session);
		if (found.isEmpty()) {
			return STEPS.restart(session);
		}
		EnterpriseDraft draft = found.get();
		PageErrors.Shown problems = forms.saveAccount(draft, form.username(), form.password(), form.email(), binding,
				accounts::refusalsOf);
		if (problems.any()) {
			return refused("account", draft, form, problems, response, model);
		}
		draft.setContactPhone(form.contactPhone().trim());
		return STEPS.saved(session, draft, "account");
	}

	@GetMapping("/check")
	String check(HttpSession session, Model model) {
		EnterpriseDraft draft = draft(session).orElse(null);
		Optional<String> elsewhere = STEPS.redirectBefore(RegistrationSteps.CHECK, draft, session);
		if (elsewhere.isPresent()) {
			return elsewhere.get();
		}
		return page(RegistrationSteps.CHECK, draft, PageErrors.Shown.NONE, model);
	}

	/**
	 * Registers, from the check page. The throttle counts every post here; a refusal of the service
	 * (the code or the username taken meanwhile) shows the page that asks for that input.
	 */
	@PostMapping
	String register(HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Optional<EnterpriseDraft> found = draft(session);
		PageErrors.Shown throttled = forms.throttled(request, response);
		if (throttled.any()) {
			EnterpriseDraft shown = found.orElseGet(EnterpriseDraft::new);
			return page(STEPS.firstUnanswered(shown).orElse(RegistrationSteps.CHECK), shown, throttled, model);
		}
		if (found.isEmpty()) {
			return STEPS.restart(session);
		}
		EnterpriseDraft d = found.get();
		Optional<String> unanswered = STEPS.firstUnanswered(d);
		if (unanswered.isPresent()) {
			return STEPS.redirect(unanswered.get());
		}
		try {
			registrations.register(new EnterpriseRegistrations.Registration(d.getUsername(), d.password(), d.getEmail(),
					d.getUscc(), d.getName(), d.getRegionCode(), d.getSizeClass(), d.getIndustry(), d.getTechSmeNumber(),
					d.getLegalRepresentative(), d.getContactPhone(), d.getRelatedParties()));
		}
		catch (DomainException e) {
			PageErrors.Shown refusal = forms.refused(e, d.getUscc());
			response.setStatus(e.code().status().value());
			return page(STEPS.stepOf(refusal.messages().get(0).field()), d, refusal, model);
		}
		STEPS.forget(session);
		redirect.addFlashAttribute("registeredName", d.getName());
		redirect.addFlashAttribute("registeredUsername", d.getUsername());
		return "redirect:" + BASE + "/done";
	}

	/** What happens next; reached after a registration (a bookmark of it shows the steps without names). */
	@GetMapping("/done")
	String done() {
		return "enterprise/registered";
	}

	private static Optional<EnterpriseDraft> draft(HttpSession session) {
		return STEPS.draft(session, EnterpriseDraft.class);
	}

	private String refused(String step, EnterpriseDraft draft, Object form, PageErrors.Shown problems,
			HttpServletResponse response, Model model) {
		response.setStatus(400);
		return show(step, draft, form, problems, model);
	}

	/** A page with the answers kept for it. */
	private String page(String step, EnterpriseDraft d, PageErrors.Shown shown, Model model) {
		Object form = switch (step) {
			case "who" -> new WhoForm(d.getUscc(), d.getName(), d.getLegalRepresentative(), d.getIndustry());
			case "where" -> d.getRegionCode();
			case "size" -> new SizeForm(d.getSizeClass(), d.getTechSmeNumber());
			case "related" -> d.getRelatedParties();
			case "account" -> new AccountForm(d.getUsername(), null, d.getEmail(), d.getContactPhone());
			default -> null;
		};
		return show(step, d, form, shown, model);
	}

	/** A page with {@code form} as typed (on "where" the region's code, on "related" the rows). */
	private String show(String step, EnterpriseDraft draft, Object form, PageErrors.Shown shown, Model model) {
		model.addAttribute("step", STEPS.view(step));
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute(PageErrors.MODEL, shown);
		return switch (step) {
			case "who" -> "enterprise/register";
			case "where" -> {
				model.addAttribute("regionGroups", forms.regionGroups());
				yield "register/where";
			}
			case "size" -> {
				model.addAttribute("sizeClasses", SizeClass.values());
				yield "enterprise/register-size";
			}
			case "related" -> {
				model.addAttribute("rows", RegistrationForms.withOneRow((List<?>) form));
				yield "register/related";
			}
			case "account" -> {
				model.addAttribute("asksPhone", true);
				yield "register/account";
			}
			default -> {
				model.addAttribute("regionLabel", forms.regionLabel(draft.getRegionCode()));
				model.addAttribute("pages", STEPS.pages());
				yield "enterprise/register-check";
			}
		};
	}
}
