package org.innovoucher.redemption;

import java.time.LocalDate;

import org.innovoucher.shared.Money;

/** What happened to claims, for other modules to react to. */
public final class RedemptionEvents {

	private RedemptionEvents() {
	}

	/** A claim awaits the institution's confirmation until {@code confirmDueOn}. */
	public record ClaimSubmitted(String claimId, String enterpriseId, String institutionId, Money paidAmount,
			LocalDate confirmDueOn) {
	}

	/** The institution confirmed; the bureau of the region reviews until {@code reviewDueOn}. */
	public record ClaimConfirmed(String claimId, String enterpriseId, String regionCode, Money payableAmount,
			LocalDate reviewDueOn) {
	}

	/** The institution disputed the claim. */
	public record ClaimDisputed(String claimId, String enterpriseId, String reason) {
	}

	/** The bureau approved, rejected or returned a claim. */
	public record ClaimDecided(String claimId, String enterpriseId, String status, Money approvedAmount, String reason) {
	}

	/** An approved claim entered public notice until {@code endsOn}. */
	public record ClaimInPublicNotice(String claimId, String enterpriseId, String noticeId, LocalDate endsOn) {
	}

	/** The claim was paid. */
	public record ClaimPaid(String claimId, String enterpriseId, Money amount, LocalDate paidOn) {
	}

	/** Supervision clawed the payment back. */
	public record ClaimClawedBack(String claimId, String enterpriseId, Money amount, String reason) {
	}

	/**
	 * A notice whose period is over stays open because objections against its claims are not resolved;
	 * the operators of its region should resolve them.
	 */
	public record NoticeHeld(String noticeId, String regionCode, LocalDate endsOn, long pendingObjections) {
	}

	/**
	 * A stored evidence file of a claim is missing or no longer matches the SHA-256 recorded at its
	 * upload ({@code regionCode} is the claim's).
	 */
	public record EvidenceDamaged(String claimId, String attachmentId, String regionCode, String fileName,
			String sha256, String problem) {
	}
}
