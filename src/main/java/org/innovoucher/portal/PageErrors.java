package org.innovoucher.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns what refused a form into what the page shows (the GOV.UK pattern): a summary at the top
 * linking to each field, and the message beside the field, in the page's language. Put the result
 * in the model as {@value #MODEL}; the layout's {@code fragments :: summary} and
 * {@code fragments :: field-error(name)} show it. Field names are the inputs' ids.
 */
@Component
public class PageErrors {

	public static final String MODEL = "errors";

	/** One message, beside {@code field} (an input's id) and linked from the summary. */
	public record Message(String field, String text) {
	}

	/** The messages of one refused form; none when the form is fine. */
	public record Shown(List<Message> messages) {

		public static final Shown NONE = new Shown(List.of());

		public boolean any() {
			return !messages.isEmpty();
		}

		public boolean has(String field) {
			return messages.stream().anyMatch(m -> m.field().equals(field));
		}

		/** These messages and then {@code other}'s, in one summary. */
		public Shown and(Shown other) {
			List<Message> both = new ArrayList<>(messages);
			both.addAll(other.messages());
			return new Shown(both);
		}

		/** The messages beside a field, joined. */
		public String of(String field) {
			return String.join(" ", messages.stream().filter(m -> m.field().equals(field)).map(Message::text).toList());
		}
	}

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** A message from the bundles on one field, e.g. the login's "wrong username or password". */
	public Shown on(String field, String key, Object... args) {
		return new Shown(List.of(new Message(field, text(key, args))));
	}

	/**
	 * The throttle's refusal of this form: the throttle filter counts the attempt before the page
	 * runs and leaves a refusal in the request. Then the answer is 429 and the message of {@code key}
	 * ({0}: the minutes to wait) goes beside {@code field}; else none.
	 */
	public Shown throttled(HttpServletRequest request, HttpServletResponse response, String field, String key) {
		if (!(request.getAttribute(TooManyRequestsException.PAGE_REFUSAL) instanceof TooManyRequestsException refusal)) {
			return Shown.NONE;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		return on(field, key, Math.max(1, (refusal.retryAfterSeconds() + 59) / 60));
	}

	/** Spring's binding and bean validation errors of a form object, each field's in its language. */
	public Shown of(BindingResult result) {
		List<Message> shown = new ArrayList<>();
		result.getFieldErrors().forEach(
				e -> shown.add(new Message(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale()))));
		result.getGlobalErrors()
			.forEach(e -> shown.add(new Message("form", messages.getMessage(e, LocaleContextHolder.getLocale()))));
		return new Shown(shown);
	}

	/**
	 * A business rule's refusal. Its field errors go beside their fields (with the message of
	 * {@code error.field.<field>} where the bundles have one); a refusal without fields is the error
	 * code's human message ({@code error.code.<CODE>}), shown beside {@code field}.
	 */
	public Shown of(DomainException e, String field) {
		if (e.fieldErrors().isEmpty()) {
			return new Shown(List.of(new Message(field, text("error.code." + e.code().name()))));
		}
		Map<String, Message> byField = new LinkedHashMap<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			String text = messages.getMessage("error.field." + error.field(), null, error.message(),
					LocaleContextHolder.getLocale());
			byField.putIfAbsent(error.field(), new Message(error.field(), text));
		}
		return new Shown(List.copyOf(byField.values()));
	}

	/**
	 * A business rule's refusal in the page's own words: beside each refused field the message of
	 * {@code <prefix>.<field>.<CODE>} (e.g. a taken username) or else {@code <prefix>.<field>}, where the
	 * bundles have one; otherwise as {@link #of(DomainException, String)}.
	 */
	public Shown of(DomainException e, String field, String prefix) {
		Shown plain = of(e, field);
		if (e.fieldErrors().isEmpty()) {
			return plain;
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Message> shown = new ArrayList<>();
		for (Message m : plain.messages()) {
			String own = messages.getMessage(prefix + "." + m.field() + "." + e.code().name(), null, null, locale);
			if (own == null) {
				own = messages.getMessage(prefix + "." + m.field(), null, m.text(), locale);
			}
			shown.add(new Message(m.field(), own));
		}
		return new Shown(shown);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
