package org.innovoucher.voucher;

import java.time.LocalDate;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.shared.Money;

/**
 * What happened to applications and vouchers: raised by {@link VoucherApplication} and {@link Voucher}
 * from their named operations, appended to the audit trail, and listened to by other modules.
 */
public final class VoucherEvents {

	static final String APPLICATION = "VOUCHER_APPLICATION";
	static final String VOUCHER = "VOUCHER";

	private VoucherEvents() {
	}

	/** An audited change of a voucher application. */
	interface ApplicationEvent extends AuditedEvent {

		String applicationId();

		@Override
		default String entityType() {
			return APPLICATION;
		}

		@Override
		default String entityId() {
			return applicationId();
		}
	}

	/** An audited change of a voucher. */
	interface VoucherEvent extends AuditedEvent {

		String voucherId();

		@Override
		default String entityType() {
			return VOUCHER;
		}

		@Override
		default String entityId() {
			return voucherId();
		}
	}

	/** An enterprise applied for a voucher of a program. */
	public record ApplicationSubmitted(String applicationId, String enterpriseId, String programId, String programName,
			Money denomination) implements ApplicationEvent {

		@Override
		public String action() {
			return "APPLICATION_SUBMITTED";
		}

		@Override
		public String from() {
			return null;
		}

		@Override
		public String to() {
			return VoucherApplication.Status.SUBMITTED.name();
		}

		@Override
		public String reason() {
			return denomination + " in " + programName;
		}
	}

	/** The applicant changed a returned application and submitted it again. */
	public record ApplicationResubmitted(String applicationId, String enterpriseId, String from)
			implements ApplicationEvent {

		@Override
		public String action() {
			return "APPLICATION_RESUBMITTED";
		}

		@Override
		public String to() {
			return VoucherApplication.Status.SUBMITTED.name();
		}

		@Override
		public String reason() {
			return null;
		}
	}

	/** The applicant withdrew the application. */
	public record ApplicationWithdrawn(String applicationId, String enterpriseId, String from)
			implements ApplicationEvent {

		@Override
		public String action() {
			return "APPLICATION_WITHDRAWN";
		}

		@Override
		public String to() {
			return VoucherApplication.Status.WITHDRAWN.name();
		}

		@Override
		public String reason() {
			return null;
		}
	}

	/** A bureau reviewer approved, rejected or returned an application ({@code from} the status before). */
	public record ApplicationDecided(String applicationId, String enterpriseId, String programId, String status,
			String voucherId, String reason, String from) implements ApplicationEvent {

		@Override
		public String action() {
			return "APPLICATION_" + status;
		}

		@Override
		public String to() {
			return status;
		}
	}

	/** A voucher was issued. */
	public record VoucherIssued(String voucherId, String enterpriseId, String serialNumber, Money faceValue,
			LocalDate validUntil) implements VoucherEvent {

		@Override
		public String action() {
			return "VOUCHER_ISSUED";
		}

		@Override
		public String from() {
			return null;
		}

		@Override
		public String to() {
			return Voucher.Status.ISSUED.name();
		}

		@Override
		public String reason() {
			return serialNumber + " " + faceValue;
		}
	}

	/** Part of a voucher's balance was bound to a confirmed claim. */
	public record VoucherBound(String voucherId, String from, String to, Money amount, String claimId)
			implements VoucherEvent {

		@Override
		public String action() {
			return "VOUCHER_BOUND";
		}

		@Override
		public String reason() {
			return amount + " by claim " + claimId;
		}
	}

	/** A binding went back to the voucher (its claim was rejected or returned). */
	public record VoucherUnbound(String voucherId, String from, String to, Money amount, String claimId)
			implements VoucherEvent {

		@Override
		public String action() {
			return "VOUCHER_UNBOUND";
		}

		@Override
		public String reason() {
			return amount + " from claim " + claimId;
		}
	}

	/** A voucher passed its validity; its unused balance went back to the budget. */
	public record VoucherExpired(String voucherId, String enterpriseId, String serialNumber, Money released, String from)
			implements VoucherEvent {

		@Override
		public String action() {
			return "VOUCHER_EXPIRED";
		}

		@Override
		public String to() {
			return Voucher.Status.EXPIRED.name();
		}

		@Override
		public String reason() {
			return "released " + released;
		}
	}

	/** An operator revoked a voucher; its unused balance went back to the budget. */
	public record VoucherRevoked(String voucherId, String enterpriseId, String serialNumber, Money released, String from,
			String reason) implements VoucherEvent {

		@Override
		public String action() {
			return "VOUCHER_REVOKED";
		}

		@Override
		public String to() {
			return Voucher.Status.REVOKED.name();
		}
	}
}
