package org.innovoucher.portal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Uscc;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The pages both registrations (an enterprise's, an institution's) work alike on: the first page at
 * the address people bookmark, any page opened again, the pages "where" and "related", the check
 * page and the post from it that registers. A page's answers are kept only once they pass its checks,
 * then the person goes on to the next page, or back to the check page once every page is answered.
 * A refusal of the service comes back on the page that asks for the input it concerns.
 * <p>
 * A subclass is the {@code @Controller} at {@code steps.base()}: it posts the pages only its kind
 * asks ({@code who} through {@link #firstAnswer}, the account through {@link #accountAnswer}, the rest through
 * {@link #answer}), names each page's form and template, and sends the answers to its service.
 * Templates are {@code <kind>/register} (the first page), {@code <kind>/register-check},
 * {@code <kind>/registered} and {@code register/where|related|account}.
 *
 * @param <D> the kind's answers
 */
public abstract class RegistrationPage<D extends RegistrationDraft> {

	protected final RegistrationSteps steps;
	protected final RegistrationForms forms;
	protected final PageErrors errors;
	private final Class<D> type;
	private final Supplier<D> fresh;
	private final RegistrationForms.AccountRefusals accountRefusals;

	protected RegistrationPage(RegistrationSteps steps, Class<D> type, Supplier<D> fresh, RegistrationForms forms,
			PageErrors errors, RegistrationForms.AccountRefusals accountRefusals) {
		this.steps = steps;
		this.type = type;
		this.fresh = fresh;
		this.forms = forms;
		this.errors = errors;
		this.accountRefusals = accountRefusals;
	}

	/** Whether a party with this code is registered already (the first page says so at once). */
	protected abstract boolean isRegistered(Uscc uscc);

	/** The form a page shows with the answers kept for it, for the pages only this kind asks. */
	protected abstract Object form(String step, D draft);

	/** The template of a page only this kind asks, with what it lists added to the model. */
	protected abstract String template(String step, Model model);

	/** What {@code register/account} is given besides the form: whether it asks for a phone. */
	protected abstract boolean asksPhone();

	/**
	 * Sends every answer to the service, and on success leaves for the page after it what it shows.
	 *
	 * @throws DomainException the service's refusal, shown on the page that asks for its input
	 */
	protected abstract void send(D draft, RedirectAttributes redirect);

	/** The address people bookmark: the first page, with the answers so far. */
	@GetMapping
	public String start(@RequestParam(required = false) String restart, HttpSession session, Model model) {
		Optional<D> draft = draft(session);
		model.addAttribute("restarted", restart != null && draft.isEmpty());
		return page(steps.names().get(0), draft.orElseGet(fresh), PageErrors.Shown.NONE, model);
	}

	@GetMapping("/step/{step}")
	public String step(@PathVariable String step, HttpSession session, Model model) {
		D draft = draft(session).orElse(null);
		Optional<String> elsewhere = steps.redirectBefore(step, draft, session);
		if (elsewhere.isPresent()) {
			return elsewhere.get();
		}
		return page(step, draft == null ? fresh.get() : draft, PageErrors.Shown.NONE, model);
	}

	@PostMapping("/step/where")
	public String where(@RequestParam(required = false) String regionCode, HttpSession session,
			HttpServletResponse response, Model model) {
		return answer("where", regionCode, session, response, model, d -> forms.saveRegion(d, regionCode), d -> {
		});
	}

	/** The list of related parties: a row more or less, or every code checked and on to the next page. */
	@PostMapping("/step/related")
	public String related(HttpServletRequest request, HttpSession session, HttpServletResponse response, Model model) {
		Optional<D> draft = draft(session);
		if (draft.isEmpty()) {
			return steps.restart(session);
		}
		RegistrationForms.RelatedAnswer answer = forms.relatedParties(draft.get(), request);
		if (answer.kept()) {
			return steps.saved(session, draft.get(), "related");
		}
		if (answer.problems().any()) {
			response.setStatus(400);
		}
		return show("related", draft.get(), answer.rows(), answer.problems(), model);
	}

	@GetMapping("/check")
	public String check(HttpSession session, Model model) {
		D draft = draft(session).orElse(null);
		Optional<String> elsewhere = steps.redirectBefore(RegistrationSteps.CHECK, draft, session);
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
	public String register(HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Optional<D> found = draft(session);
		PageErrors.Shown throttled = forms.throttled(request, response);
		if (throttled.any()) {
			D shown = found.orElseGet(fresh);
			return page(steps.firstUnanswered(shown).orElse(RegistrationSteps.CHECK), shown, throttled, model);
		}
		if (found.isEmpty()) {
			return steps.restart(session);
		}
		D draft = found.get();
		Optional<String> unanswered = steps.firstUnanswered(draft);
		if (unanswered.isPresent()) {
			return steps.redirect(unanswered.get());
		}
		try {
			send(draft, redirect);
		}
		catch (DomainException e) {
			PageErrors.Shown refusal = forms.refused(e, draft.getUscc());
			response.setStatus(e.code().status().value());
			return page(steps.stepOf(refusal.messages().get(0).field()), draft, refusal, model);
		}
		steps.forget(session);
		redirect.addFlashAttribute("registeredName", draft.getName());
		redirect.addFlashAttribute("registeredUsername", draft.getUsername());
		return "redirect:" + steps.base() + "/done";
	}

	/** What happens next; reached after a registration (a bookmark of it shows the steps without names). */
	@GetMapping("/done")
	public String done() {
		return steps.kind() + "/registered";
	}

	/**
	 * The first page sent: the code checked as typed and not registered yet, every other field as
	 * bound; then the code and the name kept, and what {@code keep} keeps. It starts the answers.
	 */
	protected String firstAnswer(Object form, String uscc, String name, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model, Consumer<D> keep) {
		String step = steps.names().get(0);
		D draft = draft(session).orElseGet(fresh);
		PageErrors.Shown problems = forms.usccAndFields(uscc, binding);
		if (!problems.has("uscc") && isRegistered(Uscc.of(uscc))) {
			problems = problems.and(errors.on("uscc", "error.code.DUPLICATE_USCC"));
		}
		if (problems.any()) {
			return refused(step, draft, form, problems, response, model);
		}
		draft.setUscc(Uscc.of(uscc).value());
		draft.setName(name.trim());
		keep.accept(draft);
		return steps.saved(session, draft, step);
	}

	/** The account page sent: the username, password and email as the identity module would take them, and what {@code keep} keeps. */
	protected String accountAnswer(Object form, String username, String password, String email, BindingResult binding,
			HttpSession session, HttpServletResponse response, Model model, Consumer<D> keep) {
		return answer("account", form, session, response, model,
				d -> forms.saveAccount(d, username, password, email, binding, accountRefusals), keep);
	}

	/** A page sent whose form has no check but its own annotations: kept when the binding has no problem. */
	protected String answer(String step, Object form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model, Consumer<D> keep) {
		return answer(step, form, session, response, model, d -> errors.of(binding), keep);
	}

	/**
	 * A page sent: without answers in the session, the registration starts again; with {@code check}'s
	 * problems, the page again as typed (400); else {@code keep} keeps the answers and the person goes on.
	 */
	protected String answer(String step, Object form, HttpSession session, HttpServletResponse response, Model model,
			Function<D, PageErrors.Shown> check, Consumer<D> keep) {
		Optional<D> draft = draft(session);
		if (draft.isEmpty()) {
			return steps.restart(session);
		}
		PageErrors.Shown problems = check.apply(draft.get());
		if (problems.any()) {
			return refused(step, draft.get(), form, problems, response, model);
		}
		keep.accept(draft.get());
		return steps.saved(session, draft.get(), step);
	}

	protected Optional<D> draft(HttpSession session) {
		return steps.draft(session, type);
	}

	private String refused(String step, D draft, Object form, PageErrors.Shown problems, HttpServletResponse response,
			Model model) {
		response.setStatus(400);
		return show(step, draft, form, problems, model);
	}

	/** A page with the answers kept for it. */
	private String page(String step, D draft, PageErrors.Shown shown, Model model) {
		Object form = switch (step) {
			case "where" -> draft.getRegionCode();
			case "related" -> draft.getRelatedParties();
			default -> form(step, draft);
		};
		return show(step, draft, form, shown, model);
	}

	/** A page with {@code form} as typed (on "where" the region's code, on "related" the rows). */
	private String show(String step, D draft, Object form, PageErrors.Shown shown, Model model) {
		model.addAttribute("step", steps.view(step));
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute(PageErrors.MODEL, shown);
		if (step.equals(steps.names().get(0))) {
			return steps.kind() + "/register";
		}
		return switch (step) {
			case "where" -> {
				model.addAttribute("regionGroups", forms.regionGroups());
				yield "register/where";
			}
			case "related" -> {
				model.addAttribute("rows", RegistrationForms.withOneRow((List<?>) form));
				yield "register/related";
			}
			case "account" -> {
				model.addAttribute("asksPhone", asksPhone());
				yield "register/account";
			}
			case RegistrationSteps.CHECK -> {
				model.addAttribute("regionLabel", forms.regionLabel(draft.getRegionCode()));
				model.addAttribute("pages", steps.pages());
				yield steps.kind() + "/register-check";
			}
			default -> template(step, model);
		};
	}
}
