package org.innovoucher.redemption;

import java.time.Instant;
import java.time.LocalDate;

import org.innovoucher.policy.Payee;
import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.RegionCode;
import org.innovoucher.shared.VoucherId;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What a claim records, and its reading. Kept apart from {@link Redemption}, whose named operations
 * are the only code that changes these fields, so that the state machine reads on a page of its own.
 */
@MappedSuperclass
public abstract class ClaimRecord extends AggregateRoot<Redemption> {

	@Id
	String id;
	String contractId;
	String voucherId;
	String enterpriseId;
	String institutionId;
	String programId;
	String regionCode;
	String budgetRegionCode;
	Money paidAmount;
	Money voucherPart;
	Money payableAmount;
	Money boundAmount;
	Money boundVoucherPart;
	Money approvedAmount;
	String approvedBy;
	String resultSummary;
	@Embedded
	Outputs outputs;
	@Enumerated(EnumType.STRING)
	Redemption.Status status;
	/** Who files and is paid; null on claims older than the rule: the enterprise. */
	@Enumerated(EnumType.STRING)
	Payee payee;
	/** The calendar year the amount was bound in (the confirmation): the year it counts against the cap. */
	Integer boundYear;
	LocalDate submittedOn;
	LocalDate confirmDueOn;
	LocalDate confirmedOn;
	LocalDate reviewDueOn;
	LocalDate decidedOn;
	String noticeId;
	LocalDate noticeEndsOn;
	/** When the finance officer must have paid: the program's payment working days after the claim became payable. */
	LocalDate paymentDueOn;
	LocalDate paidOn;
	String paymentReference;
	Money recoveredAmount;
	String reason;
	String createdBy;
	Instant createdAt;
	@Version
	@Column(name = "version")
	long revision;

	protected ClaimRecord() {
	}

	ClaimRecord(String id, String contractId, String voucherId, String enterpriseId, String institutionId,
			String programId, String regionCode, String budgetRegionCode, Money paidAmount, String resultSummary,
			Outputs outputs, String createdBy, Instant createdAt) {
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
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public String getId() {
		return id;
	}

	/** The id as the other modules' APIs take it. */
	public ClaimId id() {
		return ClaimId.of(id);
	}

	public String getContractId() {
		return contractId;
	}

	/** The same, typed for the other modules' APIs. */
	public ContractId contract() {
		return ContractId.of(contractId);
	}

	public String getVoucherId() {
		return voucherId;
	}

	/** The same, typed for the other modules' APIs. */
	public VoucherId voucher() {
		return VoucherId.of(voucherId);
	}

	public String getEnterpriseId() {
		return enterpriseId;
	}

	/** The same, typed for the other modules' APIs. */
	public EnterpriseId enterprise() {
		return EnterpriseId.of(enterpriseId);
	}

	public String getInstitutionId() {
		return institutionId;
	}

	/** The same, typed for the other modules' APIs. */
	public InstitutionId institution() {
		return InstitutionId.of(institutionId);
	}

	public String getProgramId() {
		return programId;
	}

	/** The same, typed for the other modules' APIs. */
	public ProgramId program() {
		return ProgramId.of(programId);
	}

	public String getRegionCode() {
		return regionCode;
	}

	/** The same, typed for the other modules' APIs. */
	public RegionCode region() {
		return RegionCode.of(regionCode);
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

	public Redemption.Status getStatus() {
		return status;
	}

	/** Who files the claim and is paid (domain.md, "Two ways to redeem"). */
	public Payee getPayee() {
		return payee == null ? Payee.ENTERPRISE : payee;
	}

	/** The institution filed the claim for the voucher part and is paid; the enterprise confirms receipt. */
	public boolean paysInstitution() {
		return getPayee() == Payee.INSTITUTION;
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

	public LocalDate getPaymentDueOn() {
		return paymentDueOn;
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

	/** Of a clawed-back claim: what was paid back so far. */
	public Money getRecoveredAmount() {
		return recoveredAmount == null ? Money.ZERO : recoveredAmount;
	}

	/** Of a clawed-back claim: what is still receivable from the payee. */
	public Money getOutstandingAmount() {
		return status == Redemption.Status.CLAWED_BACK ? approvedAmount.minus(getRecoveredAmount()) : Money.ZERO;
	}
}
