package org.innovoucher.redemption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.innovoucher.policy.Payee;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.redemption.RedemptionEvents.ClaimClawedBack;
import org.innovoucher.redemption.RedemptionEvents.ClaimConfirmed;
import org.innovoucher.redemption.RedemptionEvents.ClaimCreated;
import org.innovoucher.redemption.RedemptionEvents.ClaimDecided;
import org.innovoucher.redemption.RedemptionEvents.ClaimDisputed;
import org.innovoucher.redemption.RedemptionEvents.ClaimInPublicNotice;
import org.innovoucher.redemption.RedemptionEvents.ClaimPaid;
import org.innovoucher.redemption.RedemptionEvents.ClaimReadyForPayment;
import org.innovoucher.redemption.RedemptionEvents.ClaimReopened;
import org.innovoucher.redemption.RedemptionEvents.ClaimRevised;
import org.innovoucher.redemption.RedemptionEvents.ClaimSubmitted;
import org.innovoucher.redemption.RedemptionEvents.ClaimSubmittedWithLetter;
import org.innovoucher.redemption.RedemptionEvents.ClaimWithdrawn;
import org.innovoucher.redemption.RedemptionEvents.ClawbackRecovered;
import org.innovoucher.redemption.RedemptionEvents.EvidenceAdded;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;

import jakarta.persistence.Entity;

/**
 * A redemption claim (兑付申请). Each operation checks the state it starts from and raises what
 * happened ({@link RedemptionEvents}: the audit line and the messages); the amounts it binds,
 * approves and pays are posted to the ledger by {@link ClaimPostings}.
 *
 * <p>About 300 lines, and kept whole: it is the claim's one lifecycle (file, confirm, review, notice,
 * pay, claw back), each step guarding the state the one before left; its fields already live apart
 * in {@link ClaimRecord}.
 */
@Entity
public class Redemption extends ClaimRecord {

	public enum Status {
		DRAFT, AWAITING_CONFIRMATION, DISPUTED, UNDER_REVIEW, RETURNED, REJECTED, APPROVED, IN_PUBLIC_NOTICE,
		READY_FOR_PAYMENT, PAID, CLAWED_BACK, WITHDRAWN;

		/** The allowed moves: every named operation that changes the status takes one of them. */
		static final Map<Status, Set<Status>> MOVES = new EnumMap<>(Status.class);

		/** The statuses that count against the voucher and the enterprise's annual cap. */
		static final Set<Status> COMMITTED = EnumSet.of(UNDER_REVIEW, APPROVED, IN_PUBLIC_NOTICE, READY_FOR_PAYMENT,
				PAID);

		static {
			// straight to review where the institution's sealed letter is among the evidence
			MOVES.put(DRAFT, EnumSet.of(AWAITING_CONFIRMATION, UNDER_REVIEW, WITHDRAWN));
			MOVES.put(AWAITING_CONFIRMATION, EnumSet.of(UNDER_REVIEW, DISPUTED, WITHDRAWN));
			MOVES.put(DISPUTED, EnumSet.of(AWAITING_CONFIRMATION, WITHDRAWN));
			MOVES.put(UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED, RETURNED));
			MOVES.put(RETURNED, EnumSet.of(AWAITING_CONFIRMATION, UNDER_REVIEW, WITHDRAWN));
			MOVES.put(APPROVED, EnumSet.of(IN_PUBLIC_NOTICE));
			MOVES.put(IN_PUBLIC_NOTICE, EnumSet.of(READY_FOR_PAYMENT, UNDER_REVIEW));
			MOVES.put(READY_FOR_PAYMENT, EnumSet.of(PAID));
			MOVES.put(PAID, EnumSet.of(CLAWED_BACK));
			MOVES.put(REJECTED, EnumSet.noneOf(Status.class));
			MOVES.put(CLAWED_BACK, EnumSet.noneOf(Status.class));
			MOVES.put(WITHDRAWN, EnumSet.noneOf(Status.class));
		}

		/** The claimant may still change the claim and its evidence. */
		public boolean isEditable() {
			return this == DRAFT || this == RETURNED || this == DISPUTED;
		}

		/** Counts against the voucher and the enterprise's annual cap. */
		public boolean isCommitted() {
			return COMMITTED.contains(this);
		}

		public boolean isClosed() {
			return this == REJECTED || this == WITHDRAWN;
		}
	}

	protected Redemption() {
	}

	Redemption(String id, String contractId, String voucherId, String enterpriseId, String institutionId,
			String programId, String regionCode, String budgetRegionCode, Money paidAmount, String resultSummary,
			Outputs outputs, SubsidySchedule.Outcome outcome, Payee payee, String createdBy, Instant createdAt) {
		super(id, contractId, voucherId, enterpriseId, institutionId, programId, regionCode, budgetRegionCode, paidAmount,
				resultSummary, outputs, createdBy, createdAt);
		this.payee = payee;
		this.voucherPart = outcome.voucherPart();
		this.payableAmount = outcome.payable();
		this.status = Status.DRAFT;
		raise(new ClaimCreated(id, enterpriseId, paidAmount, payableAmount, null, status.name()));
	}

	private Status moveTo(Status next) {
		if (!Status.MOVES.get(status).contains(next)) {
			throw DomainException.invalidState("a claim in status " + status + " cannot become " + next);
		}
		Status before = status;
		status = next;
		return before;
	}

	void requireStatus(Status expected) {
		if (status != expected) {
			throw DomainException.invalidState("the claim is " + status + ", not " + expected);
		}
	}

	/** The claimant changes what it claims while the claim is still its own. */
	void revise(Money paid, String summary, Outputs outputs, SubsidySchedule.Outcome outcome) {
		if (!status.isEditable()) {
			throw DomainException.invalidState("a claim in status " + status + " cannot be changed");
		}
		this.paidAmount = paid;
		this.resultSummary = summary;
		this.outputs = outputs;
		reprice(outcome);
		raise(new ClaimRevised(id, paid, payableAmount, status.name(), status.name()));
	}

	/** Evidence is added while the claimant may still change the claim. */
	void requireTakingEvidence() {
		if (!status.isEditable()) {
			throw DomainException.invalidState("evidence cannot be added to a claim in status " + status);
		}
	}

	void addEvidence(Attachment.Kind kind, String sha256) {
		requireTakingEvidence();
		raise(new EvidenceAdded(id, kind, sha256, status.name(), status.name()));
	}

	void reprice(SubsidySchedule.Outcome outcome) {
		this.voucherPart = outcome.voucherPart();
		this.payableAmount = outcome.payable();
	}

	Status submit(LocalDate today, LocalDate confirmDueOn, SubsidySchedule.Outcome outcome) {
		Status before = moveTo(Status.AWAITING_CONFIRMATION);
		reprice(outcome);
		this.submittedOn = today;
		this.confirmDueOn = confirmDueOn;
		this.reason = null;
		raise(new ClaimSubmitted(id, enterpriseId, institutionId, paidAmount, confirmDueOn, paysInstitution(),
				before.name(), status.name()));
		return before;
	}

	/**
	 * The institution confirms: the payable amount is bound, priced again now (the annual cap may trim
	 * it). That the voucher still covers the part this claim was priced with is checked under the
	 * voucher's lock before (Vouchers.requireBindable). The claim counts against the annual cap of the
	 * year of {@code today}, so the outcome must have been priced against that year's cap.
	 */
	Status confirm(LocalDate today, LocalDate reviewDueOn, SubsidySchedule.Outcome outcome) {
		requireStatus(Status.AWAITING_CONFIRMATION);
		Status before = bind(today, reviewDueOn, outcome);
		raise(new ClaimConfirmed(id, enterpriseId, regionCode, payableAmount, reviewDueOn, voucherPart, before.name(),
				status.name()));
		return before;
	}

	/**
	 * Submitted with the institution's sealed letter among the evidence: bound at once as a
	 * confirmation binds (the same checks, the year of {@code today}), and straight to review.
	 */
	Status submitWithLetter(LocalDate today, LocalDate reviewDueOn, SubsidySchedule.Outcome outcome) {
		if (status != Status.DRAFT && status != Status.RETURNED) {
			throw DomainException.invalidState("a claim in status " + status + " cannot be submitted");
		}
		Status before = bind(today, reviewDueOn, outcome);
		this.submittedOn = today;
		this.confirmDueOn = null;
		this.reason = null;
		raise(new ClaimSubmittedWithLetter(id, enterpriseId, regionCode, payableAmount, reviewDueOn, voucherPart,
				before.name(), status.name()));
		return before;
	}

	private Status bind(LocalDate today, LocalDate reviewDueOn, SubsidySchedule.Outcome outcome) {
		// the voucher's balance was checked against the priced part under its lock; what is below it
		// here is the annual cap trimming the payable, which binding accepts
		if (!outcome.payable().isPositive()) {
			throw new DomainException(ErrorCode.ANNUAL_CAP_EXCEEDED,
					"the enterprise's annual cap leaves nothing payable for this claim");
		}
		Status before = moveTo(Status.UNDER_REVIEW);
		this.voucherPart = outcome.voucherPart();
		this.payableAmount = outcome.payable();
		this.boundVoucherPart = outcome.voucherPart();
		this.boundAmount = outcome.payable();
		this.boundYear = today.getYear();
		this.confirmedOn = today;
		this.reviewDueOn = reviewDueOn;
		return before;
	}

	Status dispute(String reason) {
		Status before = moveTo(Status.DISPUTED);
		this.reason = reason;
		raise(new ClaimDisputed(id, enterpriseId, institutionId, paysInstitution(), reason, before.name(), status.name()));
		return before;
	}

	Status approve(Money amount, LocalDate today, String reason, String approver) {
		requireStatus(Status.UNDER_REVIEW);
		if (!amount.isPositive()) {
			throw DomainException.invalid("approvedAmount", "must be positive");
		}
		if (amount.isGreaterThan(boundAmount)) {
			throw new DomainException(ErrorCode.AMOUNT_ABOVE_PAYABLE,
					"the approved amount " + amount + " is above the payable " + boundAmount);
		}
		if (amount.isLessThan(boundAmount) && (reason == null || reason.isBlank())) {
			// the enterprise is paid less than the program's rules give it: it must learn why
			throw DomainException.invalid("reason", "approving less than the payable " + boundAmount + " says why");
		}
		Status before = moveTo(Status.APPROVED);
		this.approvedAmount = amount;
		this.approvedBy = approver;
		this.decidedOn = today;
		this.reason = reason;
		raise(new ClaimDecided(id, enterpriseId, status.name(), approvedAmount, reason, before.name()));
		return before;
	}

	/** Rejection or return: the binding is given back. */
	Status unbindAs(Status next, LocalDate today, String reason) {
		if (next != Status.REJECTED && next != Status.RETURNED) {
			throw new IllegalArgumentException("a binding is given back by rejection or return, not by " + next);
		}
		requireStatus(Status.UNDER_REVIEW);
		Status before = moveTo(next);
		this.decidedOn = today;
		this.reason = reason;
		this.boundAmount = null;
		this.boundVoucherPart = null;
		this.boundYear = null;
		raise(new ClaimDecided(id, enterpriseId, status.name(), approvedAmount, reason, before.name()));
		return before;
	}

	Status enterNotice(String noticeId, LocalDate endsOn) {
		Status before = moveTo(Status.IN_PUBLIC_NOTICE);
		this.noticeId = noticeId;
		this.noticeEndsOn = endsOn;
		raise(new ClaimInPublicNotice(id, enterpriseId, noticeId, endsOn, before.name(), status.name()));
		return before;
	}

	/** An upheld objection sends the claim back to review with its approval undone. */
	Status reopen(String reason) {
		// only an objection during the notice reopens; UNDER_REVIEW is also reachable by confirmation
		requireStatus(Status.IN_PUBLIC_NOTICE);
		Status before = moveTo(Status.UNDER_REVIEW);
		this.boundAmount = approvedAmount;
		this.approvedAmount = null;
		this.noticeId = null;
		this.noticeEndsOn = null;
		this.reason = reason;
		raise(new ClaimReopened(id, reason, before.name(), status.name()));
		return before;
	}

	Status readyForPayment(LocalDate paymentDueOn) {
		Status before = moveTo(Status.READY_FOR_PAYMENT);
		this.paymentDueOn = paymentDueOn;
		raise(new ClaimReadyForPayment(id, paymentDueOn, before.name(), status.name()));
		return before;
	}

	/**
	 * Records the payment; the person who approved the claim may not (separation of duties). The
	 * reference is kept trimmed; the audit line shows it as entered.
	 */
	Status pay(LocalDate paidOn, String reference, String payer) {
		requireStatus(Status.READY_FOR_PAYMENT);
		if (isApprovedBy(payer)) {
			throw new DomainException(ErrorCode.SEPARATION_OF_DUTIES,
					"the person who approved this claim cannot record its payment");
		}
		Status before = moveTo(Status.PAID);
		this.paidOn = paidOn;
		this.paymentReference = reference.trim();
		raise(new ClaimPaid(id, enterpriseId, approvedAmount, paidOn, reference, before.name(), status.name()));
		return before;
	}

	/** Whether {@code user} approved the claim: then they never record its payment (separation of duties). */
	public boolean isApprovedBy(String user) {
		return approvedBy != null && approvedBy.equals(user);
	}

	Status clawBack(String reason) {
		Status before = moveTo(Status.CLAWED_BACK);
		this.reason = reason;
		this.recoveredAmount = Money.ZERO;
		raise(new ClaimClawedBack(id, enterpriseId, approvedAmount, reason, before.name(), status.name()));
		return before;
	}

	/**
	 * The enterprise paid back part or all of a clawed-back amount. The claim stays clawed back; what
	 * is not recovered yet stays receivable.
	 */
	void recover(Money amount, LocalDate recoveredOn, String reference) {
		requireStatus(Status.CLAWED_BACK);
		if (!amount.isPositive()) {
			throw DomainException.invalid("amount", "must be positive");
		}
		if (amount.isGreaterThan(getOutstandingAmount())) {
			throw DomainException.invalid("amount", "at most the outstanding " + getOutstandingAmount());
		}
		this.recoveredAmount = getRecoveredAmount().plus(amount);
		raise(new ClawbackRecovered(id, amount, recoveredOn, reference, getOutstandingAmount(), status.name(),
				status.name()));
	}

	Status withdraw() {
		Status before = moveTo(Status.WITHDRAWN);
		raise(new ClaimWithdrawn(id, before.name(), status.name()));
		return before;
	}
}
