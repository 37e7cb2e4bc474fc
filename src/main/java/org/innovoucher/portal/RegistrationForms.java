package org.innovoucher.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.Uscc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the registration pages of enterprises and institutions share: the region choices in the
 * page's language and the check of the one chosen, the related parties' list, the USCC's problem in
 * words, the throttle's refusal, and the services' refusals put beside the inputs (the services name
 * fields as {@code enterprise.uscc}; the forms' inputs are {@code uscc}). Which page asks for what is
 * {@link RegistrationSteps}; the answers wait in a {@link RegistrationDraft}.
 */
@Component
public class RegistrationForms {

	/** One choice of the region list: a city, or a district under its city. */
	public record RegionChoice(String code, String label) {
	}

	/** A province and its choices, one {@code <optgroup>}. */
	public record RegionGroup(String label, List<RegionChoice> choices) {
	}

	private final Regions regions;
	private final MessageSource messages;
	private final PageErrors errors;

	RegistrationForms(Regions regions, MessageSource messages, PageErrors errors) {
		this.regions = regions;
		this.messages = messages;
		this.errors = errors;
	}

	/**
	 * The throttle's refusal of the registering post (the throttle filter counts every attempt before
	 * the page runs): then the answer is 429 and the page says plainly when to try again; else none.
	 */
	public PageErrors.Shown throttled(HttpServletRequest request, HttpServletResponse response) {
		return errors.throttled(request, response, "form", "register.throttled");
	}

	/** Keeps the chosen region, one of those offered; else says what is wrong and keeps nothing. */
	public PageErrors.Shown saveRegion(RegistrationDraft draft, String regionCode) {
		if (regionCode == null || regionCode.isBlank()) {
			return errors.on("regionCode", "NotBlank.regionCode");
		}
		if (regionLabel(regionCode) == null) {
			return errors.on("regionCode", "register.invalid.regionCode");
		}
		draft.setRegionCode(regionCode);
		return PageErrors.Shown.NONE;
	}

	/** What the account page asks of the identity module: its refusals of a new account ({@code Accounts.refusalsOf}). */
	@FunctionalInterface
	public interface AccountRefusals {

		List<DomainException> of(String username, String password, String email);
	}

	/**
	 * Keeps the account's username, password and email when the bound form has no problem and the
	 * identity module would create such an account; else says what is wrong and keeps nothing. A
	 * password left empty keeps the one chosen before (the page never shows it again).
	 */
	public PageErrors.Shown saveAccount(RegistrationDraft draft, String username, String typedPassword, String email,
			BindingResult binding, AccountRefusals refusals) {
		String password = typedPassword == null || typedPassword.isEmpty() ? draft.password() : typedPassword;
		PageErrors.Shown problems = errors.of(binding);
		if (password == null) {
			problems = problems.and(errors.on("password", "NotBlank.password"));
		}
		if (!problems.any()) {
			problems = refused(refusals.of(username.trim(), password, email.trim()));
		}
		if (problems.any()) {
			return problems;
		}
		draft.setUsername(username.trim());
		draft.setPassword(password);
		draft.setEmail(email.trim());
		return PageErrors.Shown.NONE;
	}

	/**
	 * The related parties' page as sent: rows to show again (after "add another" or "remove", or with
	 * the problems of the codes), or none when the list was kept and the person goes on.
	 */
	public record RelatedAnswer(List<String> rows, PageErrors.Shown problems) {

		public boolean kept() {
			return rows == null;
		}
	}

	/**
	 * The related parties' page sent: "add" and "remove" come back with a row more or less (so the list
	 * works without JavaScript); else every code is checked and the list kept ({@link #saveRelatedParties}).
	 */
	public RelatedAnswer relatedParties(RegistrationDraft draft, HttpServletRequest request) {
		// the codes as the inputs sent them: a @RequestParam list would split one typed with a comma
		String[] sent = request.getParameterValues("relatedParties");
		List<String> typed = sent == null ? List.of() : Arrays.asList(sent);
		Optional<List<String>> again = rowsAfter(typed, request.getParameter("add") != null, request.getParameter("remove"));
		if (again.isPresent()) {
			return new RelatedAnswer(again.get(), PageErrors.Shown.NONE);
		}
		PageErrors.Shown problems = saveRelatedParties(draft, typed);
		return problems.any() ? new RelatedAnswer(relatedRows(typed), problems) : new RelatedAnswer(null, problems);
	}

	/** The name of a region offered, as the list shows it; null for a code not offered. */
	public String regionLabel(String code) {
		return regionGroups().stream()
			.flatMap(g -> g.choices().stream())
			.filter(c -> c.code().equals(code))
			.map(RegionChoice::label)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The related parties as typed, one code a row, empty rows left out: kept when every code is one
	 * (trimmed, in capitals, each once), else each wrong row's problem beside it
	 * ({@code relatedParties-<row>}, rows counted from 0 among those not empty), and nothing kept.
	 */
	public PageErrors.Shown saveRelatedParties(RegistrationDraft draft, List<String> typed) {
		List<String> rows = relatedRows(typed);
		List<PageErrors.Message> problems = new ArrayList<>();
		if (rows.size() > TextLimits.LIST_ITEMS) {
			problems.add(new PageErrors.Message("relatedParties-0", text("register.related.tooMany", TextLimits.LIST_ITEMS)));
		}
		for (int i = 0; i < rows.size() && i < TextLimits.LIST_ITEMS; i++) {
			int row = i;
			Uscc.check(rows.get(i)).ifPresent(f -> problems.add(new PageErrors.Message("relatedParties-" + row,
					text("register.related.problem", row + 1, text("uscc.problem." + f.problem().name(), f.args().toArray())))));
		}
		if (!problems.isEmpty()) {
			return new PageErrors.Shown(problems);
		}
		draft.setRelatedParties(rows.stream().map(r -> Uscc.of(r).value()).distinct().toList());
		return PageErrors.Shown.NONE;
	}

	/**
	 * The rows to show again after "add another" (those typed and an empty one) or "remove" (those
	 * typed less that one); none when the person pressed neither but went on.
	 */
	static Optional<List<String>> rowsAfter(List<String> typed, boolean add, String remove) {
		List<String> rows = new ArrayList<>(typed);
		if (add) {
			if (rows.size() < TextLimits.LIST_ITEMS) {
				rows.add("");
			}
			return Optional.of(rows);
		}
		if (remove != null) {
			try {
				int row = Integer.parseInt(remove);
				if (row >= 0 && row < rows.size()) {
					rows.remove(row);
				}
			}
			catch (NumberFormatException e) {
				// not a row of this list: nothing to remove, the list is shown again as it was
			}
			return Optional.of(rows);
		}
		return Optional.empty();
	}

	/** The rows the related parties' page shows: at least one, empty, for the first code to be typed at once. */
	public static List<?> withOneRow(List<?> rows) {
		return rows.isEmpty() ? List.of("") : rows;
	}

	/** The rows of the related parties' list as typed, empty ones left out. */
	static List<String> relatedRows(List<String> typed) {
		return typed == null ? List.of() : typed.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList();
	}

	/** Every city, and the districts under it, grouped by province, named in the page's language. */
	public List<RegionGroup> regionGroups() {
		List<RegionGroup> groups = new ArrayList<>();
		for (Region province : regions.tree()) {
			List<RegionChoice> choices = new ArrayList<>();
			for (Region city : province.children()) {
				choices.add(new RegionChoice(city.code(), name(city)));
				city.children().forEach(d -> choices.add(new RegionChoice(d.code(), name(city) + " · " + name(d))));
			}
			if (choices.isEmpty()) {
				// a municipality without stored cities is chosen as itself
				choices.add(new RegionChoice(province.code(), name(province)));
			}
			groups.add(new RegionGroup(name(province), choices));
		}
		return groups;
	}

	private static String name(Region region) {
		return Site.isChinese(LocaleContextHolder.getLocale()) || region.nameEn() == null ? region.name() : region.nameEn();
	}

	/** The USCC's problem in the page's language, or none when the typed code is one. */
	public PageErrors.Shown usccProblem(String typed) {
		return Uscc.check(typed)
			.map(f -> new PageErrors.Shown(List.of(new PageErrors.Message("uscc",
					text("uscc.problem." + f.problem().name(), f.args().toArray())))))
			.orElse(PageErrors.Shown.NONE);
	}

	/** The first page's problems in one answer: the USCC's (checked as typed) and every other field's. */
	public PageErrors.Shown usccAndFields(String typedUscc, BindingResult binding) {
		List<PageErrors.Message> problems = new ArrayList<>(usccProblem(typedUscc).messages());
		problems.addAll(errors.of(binding).messages());
		return new PageErrors.Shown(problems);
	}

	/** Several refusals (an account's username, password and email, say), each beside its input. */
	public PageErrors.Shown refused(List<DomainException> refusals) {
		List<PageErrors.Message> problems = new ArrayList<>();
		refusals.forEach(e -> problems.addAll(refused(e, null).messages()));
		return new PageErrors.Shown(problems);
	}

	/** A refused registration: each field's message beside its input, in the page's language. */
	public PageErrors.Shown refused(DomainException e, String typedUscc) {
		if (e.code() == ErrorCode.INVALID_USCC) {
			PageErrors.Shown problem = usccProblem(typedUscc);
			if (problem.any()) {
				return problem;
			}
		}
		if (e.code() == ErrorCode.DUPLICATE_USCC || e.code() == ErrorCode.USERNAME_TAKEN) {
			String input = e.code() == ErrorCode.USERNAME_TAKEN ? "username" : "uscc";
			return new PageErrors.Shown(List.of(new PageErrors.Message(input, text("error.code." + e.code().name()))));
		}
		Map<String, PageErrors.Message> byInput = new LinkedHashMap<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			String input = error.field().substring(error.field().lastIndexOf('.') + 1);
			byInput.putIfAbsent(input, new PageErrors.Message(input,
					messages.getMessage("register.invalid." + input, null, text("error.code." + e.code().name()),
							LocaleContextHolder.getLocale())));
		}
		if (byInput.isEmpty()) {
			return new PageErrors.Shown(List.of(new PageErrors.Message("form", text("error.code." + e.code().name()))));
		}
		return new PageErrors.Shown(List.copyOf(byInput.values()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
