package org.innovoucher.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The program editor's refusals beside their inputs, in the page's language. The checks are the
 * service's ({@link org.innovoucher.policy.ProgramRules#validate}, the same as the API's); this only
 * words each refused field: {@code progedit.refused.<field>.<check>}, else {@code progedit.refused.<field>},
 * else the API's own message.
 */
@Component
class ProgramRefusals {

	private final MessageSource messages;
	private final PageErrors pageErrors;

	ProgramRefusals(MessageSource messages, PageErrors pageErrors) {
		this.messages = messages;
		this.pageErrors = pageErrors;
	}

	/** A refusal of the rules (or of the program's state or region, shown above the form). */
	PageErrors.Shown of(DomainException e) {
		if (e.fieldErrors().isEmpty()) {
			return pageErrors.of(e, "form");
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, PageErrors.Message> byField = new LinkedHashMap<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			String field = input(error.field());
			String base = "progedit.refused." + rule(field);
			String text = messages.getMessage(base + "." + check(error.message()), null, null, locale);
			if (text == null) {
				text = messages.getMessage(base, null, error.message(), locale);
			}
			byField.putIfAbsent(field, new PageErrors.Message(field, text));
		}
		return new PageErrors.Shown(List.copyOf(byField.values()));
	}

	/** Inputs whose text is no value of its kind, and then what the rules refuse of the rest. */
	PageErrors.Shown of(List<ProgramForm.Unreadable> unreadable, DomainException rules) {
		List<PageErrors.Message> shown = new ArrayList<>();
		unreadable.forEach(u -> shown.addAll(pageErrors.on(u.field(), u.messageKey()).messages()));
		if (rules != null) {
			of(rules).messages().stream().filter(m -> unreadable.stream().noneMatch(u -> u.field().equals(m.field())))
				.forEach(shown::add);
		}
		return new PageErrors.Shown(shown);
	}

	/** The input a field of the program body is typed in. */
	private static String input(String field) {
		if (field.startsWith("denominationsBySizeClass.")) {
			return ProgramForm.BY_SIZE + field.substring("denominationsBySizeClass.".length());
		}
		if (field.equals("denominationsBySizeClass")) {
			return "denominations";
		}
		return field;
	}

	/**
	 * The rule an input belongs to, which words its refusal: a row's column of a list
	 * ({@code rounds[2].name}: {@code rounds.name}; the row itself: {@code rounds}), an expert review
	 * setting by its own name, a size class's or category's input by its list.
	 */
	static String rule(String field) {
		if (field.startsWith(RoundRows.LIST + "[")) {
			String column = field.replaceFirst("^rounds\\[\\d+]\\.?", "");
			return column.isEmpty() ? RoundRows.LIST : RoundRows.LIST + "." + column;
		}
		if (field.startsWith("expertReview.")) {
			return field;
		}
		return field.replaceFirst("\\..*", "");
	}

	/** Which of a field's checks refused it, from the API's message (the checks word each one). */
	static String check(String message) {
		if (message.startsWith("required") || message.startsWith("at least one") || message.startsWith("a date, or")) {
			return "required";
		}
		if (message.startsWith("not before")) {
			return "order";
		}
		if (message.startsWith("no duplicates")) {
			return "duplicates";
		}
		if (message.contains("positive")) {
			return "positive";
		}
		if (message.startsWith("between")) {
			return "range";
		}
		if (message.startsWith("a name,")) {
			return "required";
		}
		if (message.startsWith("inside")) {
			return "inside";
		}
		if (message.startsWith("after the round before")) {
			return "overlap";
		}
		if (message.startsWith("weights that make")) {
			return "sum";
		}
		if (message.startsWith("weights of at least")) {
			return "weight";
		}
		if (message.startsWith("each criterion named")) {
			return "named";
		}
		return "other";
	}
}
