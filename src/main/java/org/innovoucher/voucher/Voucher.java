package org.innovoucher.voucher;

import java.time.Instant;
import java.time.LocalDate;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.VoucherId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An issued voucher. Its face value is reserved from a region's budget; confirmed claims bind parts
 * of its balance, which never goes below zero. Issuing, binding, unbinding, expiry and revocation each
 * raise one past-tense event of {@link VoucherEvents}.
 */
@Entity
public class Voucher extends AggregateRoot<Voucher> {

	public enum Status {
		ISSUED, PARTLY_USED, USED_UP, EXPIRED, REVOKED;

		public boolean isLive() {
			return this == ISSUED || this == PARTLY_USED;
		}
	}

	@Id
	private String id;
	private String serialNumber;
	private String programId;
	private int programVersion;
	private String applicationId;
	private String enterpriseId;
	private String regionCode;
	private String budgetRegionCode;
	private Money faceValue;
	private Money balance;
	@Enumerated(EnumType.STRING)
	private Status status;
	private LocalDate issuedOn;
	private LocalDate validUntil;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Voucher() {
	}

	Voucher(String id, String serialNumber, VoucherApplication application, String budgetRegionCode, LocalDate issuedOn,
			LocalDate validUntil, Instant createdAt) {
		this.id = id;
		this.serialNumber = serialNumber;
		this.programId = application.getProgramId();
		this.programVersion = application.getProgramVersion();
		this.applicationId = application.getId();
		this.enterpriseId = application.getEnterpriseId();
		this.regionCode = application.getRegionCode();
		this.budgetRegionCode = budgetRegionCode;
		this.faceValue = application.getDenomination();
		this.balance = application.getDenomination();
		this.status = Status.ISSUED;
		this.issuedOn = issuedOn;
		this.validUntil = validUntil;
		this.createdAt = createdAt;
		raise(new VoucherEvents.VoucherIssued(id, enterpriseId, serialNumber, faceValue, validUntil));
	}

	/** Refuses unless the voucher can be spent today. */
	/** Whether it may be spent today: live and not past its validity (what {@link #requireUsable} refuses otherwise). */
	public boolean isUsableOn(LocalDate today) {
		return status.isLive() && !today.isAfter(validUntil);
	}

	void requireUsable(LocalDate today) {
		if (status == Status.EXPIRED || (status.isLive() && today.isAfter(validUntil))) {
			throw new DomainException(ErrorCode.VOUCHER_EXPIRED, "the voucher expired after " + validUntil);
		}
		if (!status.isLive()) {
			throw new DomainException(ErrorCode.VOUCHER_NOT_ACTIVE, "the voucher is " + status);
		}
	}

	/**
	 * Refuses unless {@code needed} can still be bound today: a voucher used up, or with less balance
	 * left than needed (another claim bound it first), is VOUCHER_BALANCE_EXCEEDED.
	 */
	void requireBindable(LocalDate today, Money needed) {
		if (status == Status.USED_UP) {
			throw new DomainException(ErrorCode.VOUCHER_BALANCE_EXCEEDED, "the voucher is used up");
		}
		requireUsable(today);
		if (needed != null && needed.isGreaterThan(balance)) {
			throw new DomainException(ErrorCode.VOUCHER_BALANCE_EXCEEDED,
					"the voucher's balance is " + balance + ", the claim was priced with " + needed);
		}
	}

	/** Binds part of the balance to a confirmed claim. */
	Status bind(Money amount, LocalDate today) {
		return bind(amount, today, null);
	}

	/** Binds part of the balance to claim {@code claimId}, confirmed. */
	Status bind(Money amount, LocalDate today, String claimId) {
		requireUsable(today);
		if (amount.isNegative()) {
			throw new IllegalArgumentException("negative binding");
		}
		if (amount.isGreaterThan(balance)) {
			throw new DomainException(ErrorCode.VOUCHER_BALANCE_EXCEEDED,
					"the voucher's balance is " + balance + ", the claim needs " + amount);
		}
		Status before = status;
		balance = balance.minus(amount);
		status = statusFor(balance);
		raise(new VoucherEvents.VoucherBound(id, before.name(), status.name(), amount, claimId));
		return before;
	}

	/** The live status a balance stands for: untouched, partly used or used up. */
	private Status statusFor(Money newBalance) {
		if (newBalance.isZero()) {
			return Status.USED_UP;
		}
		return newBalance.equals(faceValue) ? Status.ISSUED : Status.PARTLY_USED;
	}

	/** Gives a binding back (claim rejected or returned); false where the voucher is no longer live. */
	boolean unbind(Money amount, LocalDate today) {
		return unbind(amount, today, null);
	}

	/** Gives back the binding of claim {@code claimId}; false where the voucher is no longer live. */
	boolean unbind(Money amount, LocalDate today, String claimId) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("negative unbinding");
		}
		boolean live = status == Status.USED_UP || status.isLive();
		if (!live || today.isAfter(validUntil)) {
			return false;
		}
		// check before changing anything: a failed unbinding must leave balance and status as they were
		Money restored = balance.plus(amount);
		if (restored.isGreaterThan(faceValue)) {
			throw new IllegalStateException("voucher " + id + " balance above face value");
		}
		Status before = status;
		balance = restored;
		status = statusFor(balance);
		raise(new VoucherEvents.VoucherUnbound(id, before.name(), status.name(), amount, claimId));
		return true;
	}

	/** Expires a voucher past its validity; returns the unused balance to release. */
	Money expire() {
		if (!status.isLive()) {
			throw DomainException.invalidState("a voucher in status " + status + " cannot expire");
		}
		Status before = status;
		Money released = balance;
		status = Status.EXPIRED;
		raise(new VoucherEvents.VoucherExpired(id, enterpriseId, serialNumber, released, before.name()));
		return released;
	}

	Money revoke() {
		return revoke(null);
	}

	/** Revokes a live voucher (e.g. issued in error); returns the unused balance to release. */
	Money revoke(String reason) {
		if (!status.isLive()) {
			throw DomainException.invalidState("a voucher in status " + status + " cannot be revoked");
		}
		Status before = status;
		Money released = balance;
		status = Status.REVOKED;
		raise(new VoucherEvents.VoucherRevoked(id, enterpriseId, serialNumber, released, before.name(), reason));
		return released;
	}

	public String getId() {
		return id;
	}

	/** The id as the other modules' APIs take it. */
	public VoucherId id() {
		return VoucherId.of(id);
	}

	public String getSerialNumber() {
		return serialNumber;
	}

	public String getProgramId() {
		return programId;
	}

	/** The same, typed for the other modules' APIs. */
	public ProgramId program() {
		return ProgramId.of(programId);
	}

	public int getProgramVersion() {
		return programVersion;
	}

	public String getApplicationId() {
		return applicationId;
	}

	public String getEnterpriseId() {
		return enterpriseId;
	}

	/** The same, typed for the other modules' APIs. */
	public EnterpriseId enterprise() {
		return EnterpriseId.of(enterpriseId);
	}

	public String getRegionCode() {
		return regionCode;
	}

	public String getBudgetRegionCode() {
		return budgetRegionCode;
	}

	public Money getFaceValue() {
		return faceValue;
	}

	public Money getBalance() {
		return balance;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}
}
