package org.innovoucher.institution.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.RegistrationForms;
import org.innovoucher.portal.RegistrationSteps;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ServiceCategory;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service institution registers itself in the portal one small group of questions at a time (who
 * it is, where, what kind and what it offers, its qualifications, its related parties, its account),
 * checks its answers and sends them to the same {@link InstitutionRegistrations} as
 * {@code POST /api/v1/registrations/institutions}; then it waits for recognition. The answers wait in
 * the session ({@link InstitutionDraft}); a refusal comes back on the page that asks for its input.
 * The pages work as the enterprise's do ({@code EnterpriseRegistrationPage}).
 */
@Controller
@RequestMapping(InstitutionRegistrationPage.BASE)
class InstitutionRegistrationPage {

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
	private final Accounts accounts;
	private final RegistrationForms forms;
	private final PageErrors errors;

	InstitutionRegistrationPage(InstitutionRegistrations registrations, Accounts accounts, RegistrationForms forms,
			PageErrors errors) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.forms = forms;
		this.errors = errors;
	}

	/** The address people bookmark: the first page, with the answers so far. */
	@GetMapping
	String start(@RequestParam(required = false) String restart, HttpSession session, Model model) {
		Optional<InstitutionDraft> draft = draft(session);
		model.addAttribute("restarted", restart != null && draft.isEmpty());
		return page("who", draft.orElseGet(InstitutionDraft::new), PageErrors.Shown.NONE, model);
	}

	@GetMapping("/step/{step}")
	String step(@PathVariable String step, HttpSession session, Model model) {
		InstitutionDraft draft = draft(session).orElse(null);
		Optional<String> elsewhere = STEPS.redirectBefore(step, draft, session);
		if (elsewhere.isPresent()) {
			return elsewhere.get();
		}
		return page(step, draft == null ? new InstitutionDraft() : draft, PageErrors.Shown.NONE, model);
	}

	@PostMapping("/step/who")
	String who(@Valid @ModelAttribute("form") WhoForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		InstitutionDraft draft = draft(session).orElseGet(InstitutionDraft::new);
		PageErrors.Shown problems = forms.usccAndFields(form.uscc(), binding);
		if (!problems.has("uscc") && registrations.isRegistered(Uscc.of(form.uscc()))) {
			problems = problems.and(errors.on("uscc", "error.code.DUPLICATE_USCC"));
		}
		if (problems.any()) {
			return refused("who", draft, form, problems, response, model);
		}
		draft.setUscc(Uscc.of(form.uscc()).value());
		draft.setName(form.name().trim());
		return STEPS.saved(session, draft, "who");
	}

	@PostMapping("/step/where")
	String where(@RequestParam(required = false) String regionCode, HttpSession session, HttpServletResponse response,
			Model model) {
		Optional<InstitutionDraft> draft = draft(session);
		if (draft.isEmpty()) {
			return STEPS.restart(session);
		}
		PageErrors.Shown problems = forms.saveRegion(draft.get(), regionCode);
		if (problems.any()) {
			return refused("where", draft.get(), regionCode, problems, response, model);
		}
		return STEPS.saved(session, draft.get(), "where");
	}

	@PostMapping("/step/kind")
	String kind(@Valid @ModelAttribute("form") KindForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		Optional<InstitutionDraft> draft = draft(session);
		if (draft.isEmpty()) {
			return STEPS.restart(session);
		}
		if (binding.hasErrors()) {
			return refused("kind", draft.get(), form, errors.of(binding), response, model);
		}
		draft.get().setType(form.type());
		draft.get().setCategories(form.categories());
		return STEPS.saved(session, draft.get(), "kind");
	}

	/** Qualifications one a line, as people copy them from their certificates; none is an answer too. */
	@PostMapping("/step/qualifications")
	String qualifications(@RequestParam(required = false) String qualifications, HttpSession session,
			HttpServletResponse response, Model model) {
		Optional<InstitutionDraft> draft = draft(session);
		if (draft.isEmpty()) {
			return STEPS.restart(session);
		}
		List<String> lines = QualificationLines.of(qualifications);
		PageErrors.Shown problems = QualificationLines.problems(lines, errors);
		if (problems.any()) {
			return refused("qualifications", draft.get(), qualifications, problems, response, model);
		}
		draft.get().setQualifications(lines);
		return STEPS.saved(session, draft.get(), "qualifications");
	}

	/** The list of related parties: a row more or less, or every code checked and on to the next page. */
	@PostMapping("/step/related")
	String related(HttpServletRequest request, HttpSession session, HttpServletResponse response, Model model) {
		Optional<InstitutionDraft> draft = draft(session);
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
		Optional<InstitutionDraft> found = draft(session);
		if (found.isEmpty()) {
			return STEPS.restart(session);
		}
		InstitutionDraft draft = found.get();
		PageErrors.Shown problems = forms.saveAccount(draft, form.username(), form.password(), form.email(), binding,
				accounts::refusalsOf);
		if (problems.any()) {
			return refused("account", draft, form, problems, response, model);
		}
		return STEPS.saved(session, draft, "account");
	}

	@GetMapping("/check")
	String check(HttpSession session, Model model) {
		InstitutionDraft draft = draft(session).orElse(null);
		Optional<String> elsewhere = STEPS.redirectBefore(RegistrationSteps.CHECK, draft, session);
		if (elsewhere.isPresent()) {
			return elsewhere.get();
		}
		return page(RegistrationSteps.CHECK, draft, PageErrors.Shown.NONE, model);
	}

	/** Registers, from the check page; as the enterprise's, counted by the throttle, refusals on their page. */
	@PostMapping
	String register(HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Optional<InstitutionDraft> found = draft(session);
		PageErrors.Shown throttled = forms.throttled(request, response);
		if (throttled.any()) {
			InstitutionDraft shown = found.orElseGet(InstitutionDraft::new);
			return page(STEPS.firstUnanswered(shown).orElse(RegistrationSteps.CHECK), shown, throttled, model);
		}
		if (found.isEmpty()) {
			return STEPS.restart(session);
		}
		InstitutionDraft d = found.get();
		Optional<String> unanswered = STEPS.firstUnanswered(d);
		if (unanswered.isPresent()) {
			return STEPS.redirect(unanswered.get());
		}
		InstitutionRegistrations.Registered registered;
		try {
			registered = registrations.register(new InstitutionRegistrations.Registration(d.getUsername(), d.password(),
					d.getEmail(), d.getUscc(), d.getName(), d.getRegionCode(), d.getType(), d.getCategories(),
					d.getQualifications(), d.getRelatedParties()));
		}
		catch (DomainException e) {
			PageErrors.Shown refusal = forms.refused(e, d.getUscc());
			response.setStatus(e.code().status().value());
			return page(STEPS.stepOf(refusal.messages().get(0).field()), d, refusal, model);
		}
		STEPS.forget(session);
		redirect.addFlashAttribute("registeredName", d.getName());
		redirect.addFlashAttribute("registeredUsername", d.getUsername());
		redirect.addFlashAttribute("status", registered.status().name());
		return "redirect:" + BASE + "/done";
	}

	/** What happens next: the operator's recognition, with the status as it stands. */
	@GetMapping("/done")
	String done() {
		return "institution/registered";
	}

	private static Optional<InstitutionDraft> draft(HttpSession session) {
		return STEPS.draft(session, InstitutionDraft.class);
	}

	private String refused(String step, InstitutionDraft draft, Object form, PageErrors.Shown problems,
			HttpServletResponse response, Model model) {
		response.setStatus(400);
		return show(step, draft, form, problems, model);
	}

	/** A page with the answers kept for it. */
	private String page(String step, InstitutionDraft d, PageErrors.Shown shown, Model model) {
		Object form = switch (step) {
			case "who" -> new WhoForm(d.getUscc(), d.getName());
			case "where" -> d.getRegionCode();
			case "kind" -> new KindForm(d.getType(), d.getCategories());
			case "qualifications" -> String.join("\n", d.getQualifications());
			case "related" -> d.getRelatedParties();
			case "account" -> new AccountForm(d.getUsername(), null, d.getEmail());
			default -> null;
		};
		return show(step, d, form, shown, model);
	}

	/** A page with {@code form} as typed (on "where" the region's code, on "qualifications" the text, on "related" the rows). */
	private String show(String step, InstitutionDraft draft, Object form, PageErrors.Shown shown, Model model) {
		model.addAttribute("step", STEPS.view(step));
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute(PageErrors.MODEL, shown);
		return switch (step) {
			case "who" -> "institution/register";
			case "where" -> {
				model.addAttribute("regionGroups", forms.regionGroups());
				yield "register/where";
			}
			case "kind" -> {
				model.addAttribute("types", InstitutionType.values());
				model.addAttribute("categories", ServiceCategory.values());
				yield "institution/register-kind";
			}
			case "qualifications" -> "institution/register-qualifications";
			case "related" -> {
				model.addAttribute("rows", RegistrationForms.withOneRow((List<?>) form));
				yield "register/related";
			}
			case "account" -> {
				model.addAttribute("asksPhone", false);
				yield "register/account";
			}
			default -> {
				model.addAttribute("regionLabel", forms.regionLabel(draft.getRegionCode()));
				model.addAttribute("pages", STEPS.pages());
				yield "institution/register-check";
			}
		};
	}
}
