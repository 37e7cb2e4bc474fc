package org.innovoucher.redemption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A redemption claim (兑付申请). Each operation checks the state it starts from; the amounts it binds,
 * approves and pays are posted to the ledger by {@link Redemptions}.
 */
@Entity
public class Redemption {

	public enum Status {
		DRAFT, AWAITING_CONFIRMATION, DISPUTED, UNDER_REVIEW, RETURNED, REJECTED, APPROVED, IN_PUBLIC_NOTICE,
		READY_FOR_PAYMENT, PAID, CLAWED_BACK, WITHDRAWN;

		private static final Map<Status, Set<Status>> MOVES = new EnumMap<>(Status.class);

		static {
			MOVES.put(DRAFT, EnumSet.of(AWAITING_CONFIRMATION, WITHDRAWN));
			MOVES.put(AWAITING_CONFIRMATION, EnumSet.of(UNDER_REVIEW, DISPUTED, WITHDRAWN));
			MOVES.put(DISPUTED, EnumSet.of(AWAITING_CONFIRMATION, WITHDRAWN));
			MOVES.put(UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED, RETURNED));
			MOVES.put(RETURNED, EnumSet.of(AWAITING_CONFIRMATION, WITHDRAWN));
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
			return EnumSet.of(UNDER_REVIEW, APPROVED, IN_PUBLIC_NOTICE, READY_FOR_PAYMENT, PAID).contains(this);
		}

		public boolean isClosed() {
			return this == REJECTED || this == WITHDRAWN;
		}
	}

	@Id
	private String id;
	private String contractId;
	private String voucherId;
	private String enterpriseId;
	private String institutionId;
	private String programId;
	private String regionCode;
	private String budgetRegionCode;
	private Money paidAmount;
	private Money voucherPart;
	private Money payableAmount;
	private Money boundAmount;
	private Money boundVoucherPart;
	private Money approvedAmount;
	private String approvedBy;
	private String resultSummary;
	@Embedded
	private Outputs outputs;
	@Enumerated(EnumType.STRING)
	private Status status;
	/** The calendar year the amount was bound in (the confirmation): the year it counts against the cap. */
	private Integer boundYear;
	private LocalDate submittedOn;
	private LocalDate confirmDueOn;
	private LocalDate confirmedOn;
	private LocalDate reviewDueOn;
	private LocalDate decidedOn;
	private String noticeId;
	private LocalDate noticeEndsOn;
	private LocalDate paidOn;
	private String paymentReference;
	private Money recoveredAmount;
	private String reason;
	private String createdBy;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Redemption() {
	}

	Redemption(String id, String contractId, String voucherId, String enterpriseId, String institutionId,
			String programId, String regionCode, String budgetRegionCode, Money paidAmount, String resultSummary,
			Outputs outputs, SubsidySchedule.Outcome outcome, String createdBy, Instant createdAt) {
		this.id = id;
		this.contractId = contractId;
		this.voucherId = voucherId;
		this.enterpriseId = enterpriseId;
		this.institutionId = institutionId;
		this.programId = programId;
		this.regionCode = regionCode;
		this.budgetRegionCode = budgetRegionCode;
		this.paidAmount = paidAmount;
		this.resultSummary = resultSummary;
		this.outputs = outputs;
		this.voucherPart = outcome.voucherPart();
		this.payableAmount = outcome.payable();
		this.status = Status.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
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
		// the voucher's balance was checked against the priced part under its lock; what is below it
		// here is the annual cap trimming the payable, which this confirmation accepts
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
		Status before = moveTo(Status.APPROVED);
		this.approvedAmount = amount;
		this.approvedBy = approver;
		this.decidedOn = today;
		this.reason = reason;
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
		return before;
	}

	Status enterNotice(String noticeId, LocalDate endsOn) {
		Status before = moveTo(Status.IN_PUBLIC_NOTICE);
		this.noticeId = noticeId;
		this.noticeEndsOn = endsOn;
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
		return before;
	}

	Status readyForPayment() {
		return moveTo(Status.READY_FOR_PAYMENT);
	}

	/** Records the payment; the person who approved the claim may not (separation of duties). */
	Status pay(LocalDate paidOn, String reference, String payer) {
		requireStatus(Status.READY_FOR_PAYMENT);
		if (approvedBy != null && approvedBy.equals(payer)) {
			throw new DomainException(ErrorCode.SEPARATION_OF_DUTIES,
					"the person who approved this claim cannot record its payment");
		}
		Status before = moveTo(Status.PAID);
		this.paidOn = paidOn;
		this.paymentReference = reference;
		return before;
	}

	Status clawBack(String reason) {
		Status before = moveTo(Status.CLAWED_BACK);
		this.reason = reason;
		this.recoveredAmount = Money.ZERO;
		return before;
	}

	/**
	 * The enterprise paid back part or all of a clawed-back amount. The claim stays clawed back; what
	 * is not recovered yet stays receivable.
	 */
	void recover(Money amount) {
		requireStatus(Status.CLAWED_BACK);
		if (!amount.isPositive()) {
			throw DomainException.invalid("amount", "must be positive");
		}
		if (amount.isGreaterThan(getOutstandingAmount())) {
			throw DomainException.invalid("amount", "at most the outstanding " + getOutstandingAmount());
		}
		this.recoveredAmount = getRecoveredAmount().plus(amount);
	}

	/** Of a clawed-back claim: what was paid back so far. */
	public Money getRecoveredAmount() {
		return recoveredAmount == null ? Money.ZERO : recoveredAmount;
	}

	/** Of a clawed-back claim: what is still receivable from the enterprise. */
	public Money getOutstandingAmount() {
		return status == Status.CLAWED_BACK ? approvedAmount.minus(getRecoveredAmount()) : Money.ZERO;
	}

	Status withdraw() {
		return moveTo(Status.WITHDRAWN);
	}

	public String getId() {
		return id;
	}

	public String getContractId() {
		return contractId;
	}

	public String getVoucherId() {
		return voucherId;
	}

	public String getEnterpriseId() {
		return enterpriseId;
	}

	public String getInstitutionId() {
		return institutionId;
	}

	public String getProgramId() {
		return programId;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public String getBudgetRegionCode() {
		return budgetRegionCode;
	}

	public Money getPaidAmount() {
		return paidAmount;
	}

	public Money getVoucherPart() {
		return voucherPart;
	}

	public Money getPayableAmount() {
		return payableAmount;
	}

	public Money getBoundAmount() {
		return boundAmount;
	}

	public Money getBoundVoucherPart() {
		return boundVoucherPart;
	}

	public Money getApprovedAmount() {
		return approvedAmount;
	}

	public String getResultSummary() {
		return resultSummary;
	}

	public Outputs getOutputs() {
		return outputs;
	}

	public Status getStatus() {
		return status;
	}

	/** The year the claim counts in against the annual cap; null while nothing is bound. */
	public Integer getBoundYear() {
		return boundYear;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public LocalDate getConfirmDueOn() {
		return confirmDueOn;
	}

	public LocalDate getConfirmedOn() {
		return confirmedOn;
	}

	public LocalDate getReviewDueOn() {
		return reviewDueOn;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getNoticeId() {
		return noticeId;
	}

	public LocalDate getNoticeEndsOn() {
		return noticeEndsOn;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public String getPaymentReference() {
		return paymentReference;
	}

	public String getReason() {
		return reason;
	}
}
