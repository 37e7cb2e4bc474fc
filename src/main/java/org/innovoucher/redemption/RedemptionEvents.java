package org.innovoucher.redemption;

import java.time.LocalDate;

import org.innovoucher.redemption.AuditedChanges.ClaimEvent;
import org.innovoucher.redemption.AuditedChanges.NoticeEvent;
import org.innovoucher.redemption.AuditedChanges.ObjectionEvent;
import org.innovoucher.shared.Money;

/**
 * What happened to claims, notices and objections: raised by {@link Redemption}, {@link PublicNotice}
 * and {@link Objection} from their named operations. Those that implement
 * {@link org.innovoucher.audit.AuditedEvent} are the audit trail's lines (their action, from, to and
 * reason); other modules react to them.
 */
public final class RedemptionEvents {

	private RedemptionEvents() {
	}

	/** The claimant drafted a claim. */
	public record ClaimCreated(String claimId, String enterpriseId, Money paidAmount, Money payableAmount, String from,
			String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_CREATED";
		}

		public String reason() {
			return "paid " + paidAmount + ", payable " + payableAmount;
		}
	}

	/** The claimant changed what it claims; the status stays. */
	public record ClaimRevised(String claimId, Money paidAmount, Money payableAmount, String from, String to)
			implements ClaimEvent {

		public String action() {
			return "CLAIM_REVISED";
		}

		public String reason() {
			return "paid " + paidAmount + ", payable " + payableAmount;
		}
	}

	/** The claimant added an evidence file; the status stays. */
	public record EvidenceAdded(String claimId, Attachment.Kind kind, String sha256, String from, String to)
			implements ClaimEvent {

		public String action() {
			return "EVIDENCE_ADDED";
		}

		public String reason() {
			return kind + " " + sha256;
		}
	}

	/**
	 * A claim awaits the other party's confirmation until {@code confirmDueOn}: the institution's, or
	 * the enterprise's where the institution filed it ({@code paysInstitution}).
	 */
	public record ClaimSubmitted(String claimId, String enterpriseId, String institutionId, Money paidAmount,
			LocalDate confirmDueOn, boolean paysInstitution, String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_SUBMITTED";
		}

		public String reason() {
			return "confirmation due " + confirmDueOn;
		}
	}

	/**
	 * The other party confirmed (the institution, or the enterprise where the institution filed it); the
	 * bureau of the region reviews until {@code reviewDueOn}.
	 */
	public record ClaimConfirmed(String claimId, String enterpriseId, String regionCode, Money payableAmount,
			LocalDate reviewDueOn, Money voucherPart, String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_CONFIRMED";
		}

		public String reason() {
			return "bound " + payableAmount + " (voucher " + voucherPart + ")";
		}
	}

	/**
	 * A claim submitted with the institution's sealed letter: bound at once, the bureau of the region
	 * reviews until {@code reviewDueOn}.
	 */
	public record ClaimSubmittedWithLetter(String claimId, String enterpriseId, String regionCode, Money payableAmount,
			LocalDate reviewDueOn, Money voucherPart, String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_SUBMITTED_WITH_LETTER";
		}

		public String reason() {
			return "bound " + payableAmount + " (voucher " + voucherPart + ") by the institution's sealed letter";
		}
	}

	/** The confirming party (the institution, or the enterprise where the institution filed) disputed the claim. */
	public record ClaimDisputed(String claimId, String enterpriseId, String institutionId, boolean paysInstitution,
			String reason, String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_DISPUTED";
		}
	}

	/** The bureau approved, rejected or returned a claim ({@code status} is the claim's new one). */
	public record ClaimDecided(String claimId, String enterpriseId, String status, Money approvedAmount, String reason,
			String from) implements ClaimEvent {

		public String action() {
			return "CLAIM_" + status;
		}

		public String to() {
			return status;
		}
	}

	/** The claimant withdrew the claim. */
	public record ClaimWithdrawn(String claimId, String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_WITHDRAWN";
		}

		public String reason() {
			return null;
		}
	}

	/** An approved claim entered public notice until {@code endsOn}. */
	public record ClaimInPublicNotice(String claimId, String enterpriseId, String noticeId, LocalDate endsOn,
			String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_IN_PUBLIC_NOTICE";
		}

		public String reason() {
			return "notice " + noticeId + " until " + endsOn;
		}
	}

	/** An upheld objection sent the claim back to review. */
	public record ClaimReopened(String claimId, String reason, String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_REOPENED";
		}
	}

	/** The notice ended without an objection holding the claim: it may be paid, by {@code paymentDueOn}. */
	public record ClaimReadyForPayment(String claimId, LocalDate paymentDueOn, String from, String to)
			implements ClaimEvent {

		public String action() {
			return "CLAIM_READY_FOR_PAYMENT";
		}

		public String reason() {
			return paymentDueOn == null ? null : "payment due " + paymentDueOn;
		}
	}

	/** The claim was paid ({@code reference} as the finance officer entered it). */
	public record ClaimPaid(String claimId, String enterpriseId, Money amount, LocalDate paidOn, String reference,
			String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_PAID";
		}

		public String reason() {
			return amount + " ref " + reference;
		}
	}

	/** Money paid back on a clawed-back claim; {@code outstanding} is what is still receivable. */
	public record ClawbackRecovered(String claimId, Money amount, LocalDate recoveredOn, String reference,
			Money outstanding, String from, String to) implements ClaimEvent {

		public String action() {
			return "CLAWBACK_RECOVERED";
		}

		public String reason() {
			return amount + " on " + recoveredOn + " ref " + reference + ", outstanding " + outstanding;
		}
	}

	/** Supervision clawed the payment back. */
	public record ClaimClawedBack(String claimId, String enterpriseId, Money amount, String reason, String from,
			String to) implements ClaimEvent {

		public String action() {
			return "CLAIM_CLAWED_BACK";
		}
	}

	/** The operator published a notice listing {@code claims} claims until {@code endsOn}. */
	public record NoticeOpened(String noticeId, int claims, LocalDate endsOn, String to) implements NoticeEvent {

		public String action() {
			return "NOTICE_OPENED";
		}

		public String from() {
			return null;
		}

		public String reason() {
			return claims + " claims until " + endsOn;
		}
	}

	/** The notice closed; {@code readyClaims} of its claims became ready for payment. */
	public record NoticeClosed(String noticeId, int readyClaims, String from, String to) implements NoticeEvent {

		public String action() {
			return "NOTICE_CLOSED";
		}

		public String reason() {
			return readyClaims + " claims ready for payment";
		}
	}

	/**
	 * A notice whose period is over stays open because objections against its claims are not resolved;
	 * the operators of its region should resolve them.
	 */
	public record NoticeHeld(String noticeId, String regionCode, LocalDate endsOn, long pendingObjections, String from,
			String to) implements NoticeEvent {

		public String action() {
			return "NOTICE_HELD";
		}

		public String reason() {
			return pendingObjections + " objection(s) not resolved after the end on " + endsOn;
		}
	}

	/** A member of the public objected to a claim of a notice; recorded as "public", whoever is logged in. */
	public record ObjectionFiled(String objectionId, String noticeId, String claimId, String to)
			implements ObjectionEvent {

		public String action() {
			return "OBJECTION_FILED";
		}

		public String actor() {
			return "public";
		}

		public String from() {
			return null;
		}

		public String reason() {
			return "against claim " + claimId;
		}
	}

	/** The operator upheld or dismissed an objection ({@code to} is its new status). */
	public record ObjectionResolved(String objectionId, String claimId, String note, String from, String to)
			implements ObjectionEvent {

		public String action() {
			return "OBJECTION_" + to;
		}

		public String reason() {
			return note;
		}
	}

	/**
	 * A stored evidence file of a claim is missing or no longer matches the SHA-256 recorded at its
	 * upload ({@code regionCode} is the claim's).
	 */
	public record EvidenceDamaged(String claimId, String attachmentId, String regionCode, String fileName,
			String sha256, String problem) {
	}
}
