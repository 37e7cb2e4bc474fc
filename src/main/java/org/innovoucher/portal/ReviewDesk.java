package org.innovoucher.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the bureau reviewer's pages of applications and of claims share: a due date in words
 * (working days left, or overdue since when), a decision's refusal beside its field, and a batch's
 * results ({@code shared.web.Batches}) as one line each: the status reached or the refusal in words.
 */
@Component
public class ReviewDesk {

	/** A file's deadline: working days left (negative: overdue by so many) and whether it has passed. */
	public record Due(LocalDate on, int workingDaysLeft, boolean overdue) {
	}

	/** One file's result in a batch: the status reached, or why it was refused, in words. */
	public record Outcome(String id, String status, String refusal) {

		public boolean decided() {
			return refusal == null;
		}
	}

	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final MessageSource messages;
	private final PageErrors errors;

	ReviewDesk(WorkingDays workingDays, BusinessClock clock, MessageSource messages, PageErrors errors) {
		this.workingDays = workingDays;
		this.clock = clock;
		this.messages = messages;
		this.errors = errors;
	}

	/** The deadline {@code on} seen today; null without one. Overdue: the day has passed. */
	public Due due(LocalDate on) {
		if (on == null) {
			return null;
		}
		LocalDate today = clock.today();
		boolean overdue = on.isBefore(today);
		return new Due(on, overdue ? -workingDays.workingDaysBetween(on, today) : workingDays.workingDaysBetween(today, on),
				overdue);
	}

	/** A message of the bundles beside {@code field}, e.g. no file ticked. */
	public PageErrors.Shown refusalOn(String field, String key) {
		return errors.on(field, key);
	}

	/**
	 * A decision's refusal as the page shows it: a rule's field errors beside their fields (in the
	 * words of {@code review.refused.<field>} where the bundles have them), else the error code's
	 * message beside {@code field}. Not found and forbidden go to the error pages.
	 */
	public PageErrors.Shown refusal(DomainException e, String field) {
		if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
			throw e;
		}
		if (e.fieldErrors().isEmpty()) {
			return errors.of(e, field);
		}
		List<PageErrors.Message> shown = new ArrayList<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			shown.add(new PageErrors.Message(error.field(), text("review.refused." + error.field(), error.message())));
		}
		return new PageErrors.Shown(shown);
	}

	/**
	 * The results of {@code Batches.each} in their order: each the status it reached (as
	 * {@code statusPrefix + status}, e.g. {@code status.claim.APPROVED}) or its problem in words.
	 */
	public List<Outcome> outcomes(List<Map<String, Object>> results, String statusPrefix) {
		List<Outcome> outcomes = new ArrayList<>(results.size());
		for (Map<String, Object> result : results) {
			String id = String.valueOf(result.get("id"));
			if (result.get("problem") instanceof Map<?, ?> problem) {
				outcomes.add(new Outcome(id, null, inWords(problem)));
			}
			else {
				outcomes.add(new Outcome(id, text(statusPrefix + result.get("status"), String.valueOf(result.get("status"))), null));
			}
		}
		return outcomes;
	}

	private String inWords(Map<?, ?> problem) {
		if (problem.get("errors") instanceof List<?> fieldErrors && !fieldErrors.isEmpty()) {
			List<String> said = new ArrayList<>();
			for (Object each : fieldErrors) {
				Map<?, ?> error = (Map<?, ?>) each;
				said.add(text("review.refused." + error.get("field"), String.valueOf(error.get("message"))));
			}
			return String.join(" ", said);
		}
		String code = String.valueOf(problem.get("code"));
		return text("error.code." + code, text("review.batch.failed", code));
	}

	private String text(String key, String otherwise) {
		return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
	}
}
