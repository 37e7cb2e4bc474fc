package org.innovoucher.redemption.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.FileRefused;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the claim pages share: the claim a page works on (the acting enterprise's own), working days
 * left until a deadline, file sizes in words, and which refusals a page shows rather than answers
 * with an error page.
 */
@Component
class ClaimPageSupport {

	/** An evidence file as the pages list it. */
	record FileRow(String id, Attachment.Kind kind, String name, String size, String sha256) {
	}

	private final ClaimQueries queries;
	private final ActingFor actingFor;
	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final MessageSource messages;
	private final PageErrors errors;

	ClaimPageSupport(ClaimQueries queries, ActingFor actingFor, WorkingDays workingDays, BusinessClock clock,
			MessageSource messages, PageErrors errors) {
		this.queries = queries;
		this.actingFor = actingFor;
		this.workingDays = workingDays;
		this.clock = clock;
		this.messages = messages;
		this.errors = errors;
	}

	/**
	 * The claim of the enterprise this page works for; another enterprise's claim is not found here
	 * (an agency sees the claims of the enterprise it chose, whose name is on the page).
	 */
	Redemption claimantsClaim(String id, CurrentUser user) {
		Redemption claim = queries.getVisible(ClaimId.of(id), user);
		if (user.has(Role.INSTITUTION)) {
			// an institution works on the claims it filed itself, where the program pays it
			if (!claim.paysInstitution() || !claim.getInstitutionId().equals(user.institutionId())) {
				throw DomainException.notFound("claim", id);
			}
			return claim;
		}
		if (!claim.enterprise().equals(actingFor.enterprise(user))) {
			throw DomainException.notFound("claim", id);
		}
		return claim;
	}

	/** The evidence kinds a page asks for: those the claim needs (the sealed letter where the program wants it). */
	List<Attachment.Kind> kinds(Redemption claim) {
		return List.copyOf(Attachment.Kind.required(queries.redeemRules(claim).bySealedLetter()));
	}

	/** The kinds the claim still lacks before it can be submitted. */
	java.util.Set<Attachment.Kind> missing(Redemption claim, List<Attachment> files) {
		return Attachment.missingFrom(files, queries.redeemRules(claim).bySealedLetter());
	}

	/** Working days from today until {@code due}: negative when it has passed. */
	int workingDaysLeft(LocalDate due) {
		LocalDate today = clock.today();
		return due.isBefore(today) ? -workingDays.workingDaysBetween(due, today) : workingDays.workingDaysBetween(today, due);
	}

	LocalDate today() {
		return clock.today();
	}

	/** The files by kind, every kind present (empty where none is kept yet), in the kinds' order. */
	Map<Attachment.Kind, List<FileRow>> rows(List<Attachment> attachments) {
		Map<Attachment.Kind, List<FileRow>> byKind = new EnumMap<>(Attachment.Kind.class);
		for (Attachment.Kind kind : Attachment.Kind.values()) {
			byKind.put(kind, new ArrayList<>());
		}
		attachments.forEach(a -> byKind.get(a.getKind())
			.add(new FileRow(a.getId(), a.getKind(), a.getFileName(), size(a.getSize()), a.getSha256())));
		return byKind;
	}

	/** The files by kind, as {@link #rows(List)}, of the kinds the claim needs and any other it holds a file of. */
	Map<Attachment.Kind, List<FileRow>> rows(Redemption claim, List<Attachment> attachments) {
		Map<Attachment.Kind, List<FileRow>> byKind = rows(attachments);
		List<Attachment.Kind> needed = kinds(claim);
		byKind.entrySet().removeIf(e -> !needed.contains(e.getKey()) && e.getValue().isEmpty());
		return byKind;
	}

	String size(long bytes) {
		if (bytes < 1024) {
			return text("claim.size.bytes", bytes);
		}
		if (bytes < 1024 * 1024) {
			return text("claim.size.kb", String.format("%.1f", bytes / 1024.0));
		}
		return text("claim.size.mb", String.format("%.1f", bytes / (1024.0 * 1024.0)));
	}

	/**
	 * A refusal shown on the page beside {@code field}: a refused file with its reason in the page's
	 * language, a rule's field errors as the bundles word them. Not found and forbidden are not
	 * something a form can put right: they go to the error pages.
	 */
	PageErrors.Shown refusal(DomainException e, String field) {
		if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
			throw e;
		}
		if (e instanceof FileRefused refused) {
			return errors.on(field, "claim.file.refused." + refused.reason(), refused.arguments());
		}
		if (e.fieldErrors().isEmpty()) {
			return errors.of(e, field);
		}
		// the rule's own words are English for the API; the page says it in its language where it can
		List<PageErrors.Message> shown = new ArrayList<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			shown.add(new PageErrors.Message(error.field(), messages.getMessage("claim.refused." + error.field(), null,
					error.message(), LocaleContextHolder.getLocale())));
		}
		return new PageErrors.Shown(shown);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
