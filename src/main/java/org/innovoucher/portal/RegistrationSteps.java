package org.innovoucher.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innovoucher.shared.DomainException;

import jakarta.servlet.http.HttpSession;

/**
 * The pages of one registration in order, then its check page: their addresses, which page asks
 * for which input, and where a person who skipped a page or lost the session is sent.
 * <p>
 * The first page is the stable address people bookmark ({@code base}, ui.md); the others are
 * {@code base/step/<name>}, and each page's form posts to {@code base/step/<name>}. Only the check
 * page posts to {@code base} itself: that post registers, and the throttle counts exactly it.
 *
 * @param base the first page's address, e.g. {@code /register/enterprise}
 * @param kind {@code enterprise} or {@code institution}: the bundles' words per kind are
 *        {@code register.<kind>.…}
 * @param names the pages' names in order, the check page not among them
 * @param inputs which page asks for each input (the service's refusals come back on that page)
 */
public record RegistrationSteps(String base, String kind, List<String> names, Map<String, String> inputs) {

	/** The name of the check-your-answers page. */
	public static final String CHECK = "check";

	/** Where a page stands: its number among all (the check page is the last), the way back, where its form goes. */
	public record Step(String kind, String name, int number, int count, String back, String action) {

		public boolean isFirst() {
			return number == 1;
		}
	}

	public RegistrationSteps {
		names = List.copyOf(names);
		inputs = Map.copyOf(inputs);
	}

	/** The address of a page (the first one's is {@code base}). */
	public String page(String step) {
		if (CHECK.equals(step)) {
			return base + "/check";
		}
		return step.equals(names.get(0)) ? base : base + "/step/" + step;
	}

	/** Every page's address by its name, for the check page's "change" links. */
	public Map<String, String> pages() {
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		names.forEach(n -> pages.put(n, page(n)));
		return pages;
	}

	public Step view(String step) {
		int index = CHECK.equals(step) ? names.size() : names.indexOf(step);
		String back = index == 0 ? null : page(names.get(index - 1));
		String action = CHECK.equals(step) ? base : base + "/step/" + step;
		return new Step(kind, step, index + 1, names.size() + 1, back, action);
	}

	/** The page that asks for an input; the check page for what no page asks (a refusal of the whole). */
	public String stepOf(String input) {
		return inputs.getOrDefault(input, CHECK);
	}

	/** The session's answers, if the person has started. */
	public <D extends RegistrationDraft> Optional<D> draft(HttpSession session, Class<D> type) {
		return Optional.ofNullable(session.getAttribute(sessionKey())).filter(type::isInstance).map(type::cast);
	}

	/**
	 * Keeps the page's answers and goes on: to the next page, or, once every page is answered (as after
	 * a "change" link from the check page), back to the check page.
	 */
	public String saved(HttpSession session, RegistrationDraft draft, String step) {
		draft.answered(step);
		session.setAttribute(sessionKey(), draft);
		if (firstUnanswered(draft).isEmpty()) {
			return redirect(CHECK);
		}
		return redirect(names.get(names.indexOf(step) + 1));
	}

	/**
	 * After registering: the answers (and the password among them) leave the session, and a mark that
	 * they were sent stays, so that a second press of the button or the browser's back button leads to
	 * what happens next rather than to "nothing was sent".
	 */
	public void forget(HttpSession session) {
		session.removeAttribute(sessionKey());
		session.setAttribute(sessionKey() + ".sent", Boolean.TRUE);
	}

	/**
	 * Where a person opening {@code step} is sent instead, if anywhere: without answers (the session
	 * ended, or a later page was opened first) as {@link #restart} says; with a page before
	 * this one unanswered, to that page. A page of another name is not found.
	 */
	public Optional<String> redirectBefore(String step, RegistrationDraft draft, HttpSession session) {
		if (!CHECK.equals(step) && !names.contains(step)) {
			throw DomainException.notFound("page", step);
		}
		if (draft == null) {
			return step.equals(names.get(0)) ? Optional.empty() : Optional.of(restart(session));
		}
		int index = CHECK.equals(step) ? names.size() : names.indexOf(step);
		return names.subList(0, index).stream().filter(n -> !draft.isAnswered(n)).findFirst().map(this::redirect);
	}

	public Optional<String> firstUnanswered(RegistrationDraft draft) {
		return names.stream().filter(n -> !draft.isAnswered(n)).findFirst();
	}

	/**
	 * Where a page without answers sends the person: to the first page, which then says that the
	 * earlier answers are gone; or, when this session has just registered, to what happens next.
	 */
	public String restart(HttpSession session) {
		if (Boolean.TRUE.equals(session.getAttribute(sessionKey() + ".sent"))) {
			return "redirect:" + base + "/done";
		}
		return "redirect:" + base + "?restart";
	}

	public String redirect(String step) {
		return "redirect:" + page(step);
	}

	private String sessionKey() {
		return RegistrationDraft.class.getName() + "." + kind;
	}
}
