package org.innovoucher.redemption.web;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.redemption.Redemption;
import org.innovoucher.redemption.Redemption.Status;

/**
 * One stage of a claim's way to payment, as its page shows it: filed, confirmed by the institution,
 * reviewed by the bureau, in public notice, paid; each done (on a date), under way (due by a date),
 * stopped (disputed, returned, rejected, withdrawn) or still to come. Only reads the claim's status
 * and dates; every move is the claim's own.
 *
 * @param key the stage, for the bundles' {@code claim.stage.<key>}
 * @param state what the page says of it, {@code claim.stage.state.<state>}
 * @param on when it was done (or stopped)
 * @param due when it is due, while under way
 */
record ClaimStage(String key, State state, LocalDate on, LocalDate due) {

	enum State {
		DONE, CURRENT, STOPPED, TO_COME
	}

	static List<ClaimStage> of(Redemption c) {
		Status s = c.getStatus();
		boolean reviewed = s == Status.APPROVED || s == Status.IN_PUBLIC_NOTICE || s == Status.READY_FOR_PAYMENT
				|| s == Status.PAID || s == Status.CLAWED_BACK;
		boolean noticeOver = s == Status.READY_FOR_PAYMENT || s == Status.PAID || s == Status.CLAWED_BACK;
		boolean paid = s == Status.PAID || s == Status.CLAWED_BACK;
		return List.of(
				new ClaimStage("filed", c.getSubmittedOn() != null ? State.DONE
						: s == Status.WITHDRAWN ? State.STOPPED : State.CURRENT, c.getSubmittedOn(), null),
				// where the institution filed, the enterprise confirms it received the service
				new ClaimStage(c.paysInstitution() ? "receipt" : "confirmation", c.getConfirmedOn() != null ? State.DONE
						: s == Status.AWAITING_CONFIRMATION ? State.CURRENT
						: s == Status.DISPUTED ? State.STOPPED : State.TO_COME, c.getConfirmedOn(), c.getConfirmDueOn()),
				new ClaimStage("review", reviewed ? State.DONE
						: s == Status.UNDER_REVIEW ? State.CURRENT
						: s == Status.RETURNED || s == Status.REJECTED ? State.STOPPED : State.TO_COME,
						c.getDecidedOn(), s == Status.UNDER_REVIEW ? c.getReviewDueOn() : null),
				new ClaimStage("notice", noticeOver ? State.DONE : s == Status.IN_PUBLIC_NOTICE ? State.CURRENT : State.TO_COME,
						noticeOver ? c.getNoticeEndsOn() : null, s == Status.IN_PUBLIC_NOTICE ? c.getNoticeEndsOn() : null),
				new ClaimStage("payment", paid ? State.DONE : s == Status.READY_FOR_PAYMENT ? State.CURRENT : State.TO_COME,
						c.getPaidOn(), s == Status.READY_FOR_PAYMENT ? c.getPaymentDueOn() : null));
	}

	/** When the step the claim is in is due: the institution's, the bureau's, the notice's or the payment's; null in others. */
	static LocalDate openDue(Redemption c) {
		return switch (c.getStatus()) {
			case AWAITING_CONFIRMATION -> c.getConfirmDueOn();
			case UNDER_REVIEW -> c.getReviewDueOn();
			case IN_PUBLIC_NOTICE -> c.getNoticeEndsOn();
			case READY_FOR_PAYMENT -> c.getPaymentDueOn();
			default -> null;
		};
	}
}
