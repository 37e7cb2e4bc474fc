package org.innovoucher.institution.web;

import org.innovoucher.institution.Institution;
import org.innovoucher.shared.TextLimits;
import org.springframework.validation.Errors;

/**
 * The operator's decision on an institution as typed: the status it is to reach (one of those its
 * status may move to) and the reason the institution reads. A recognition may go without a reason;
 * a refusal, a suspension, a reinstatement or a revocation is explained to the institution.
 */
public class RecognitionForm {

	private String next;
	private String reason;

	/** The decision missing, not one the institution's status allows, or a reason missing or too long. */
	void check(Institution institution, Errors errors) {
		Institution.Status status = institution.getStatus();
		Institution.Status chosen = parsedNext();
		if (chosen == null || !status.moves().contains(chosen)) {
			errors.rejectValue("next", "recog.form.next.required");
		}
		boolean explained = chosen != null && !(status == Institution.Status.PENDING_RECOGNITION
				&& chosen == Institution.Status.RECOGNISED);
		if (explained && (reason == null || reason.isBlank())) {
			errors.rejectValue("reason", "recog.form.reason.required");
		}
		else if (reason != null && reason.length() > TextLimits.REASON) {
			errors.rejectValue("reason", "recog.form.reason.tooLong", new Object[] { TextLimits.REASON }, null);
		}
	}

	Institution.Status parsedNext() {
		if (next == null) {
			return null;
		}
		try {
			return Institution.Status.valueOf(next);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	public String trimmedReason() {
		return reason == null || reason.isBlank() ? null : reason.strip();
	}

	public String getNext() {
		return next;
	}

	public void setNext(String next) {
		this.next = next;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
