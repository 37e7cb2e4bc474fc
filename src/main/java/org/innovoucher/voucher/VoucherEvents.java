package org.innovoucher.voucher;

import java.time.LocalDate;

import org.innovoucher.shared.Money;

/** What happened to applications and vouchers, for other modules to react to. */
public final class VoucherEvents {

	private VoucherEvents() {
	}

	/** A bureau reviewer approved, rejected or returned an application. */
	public record ApplicationDecided(String applicationId, String enterpriseId, String programId, String status,
			String voucherId, String reason) {
	}

	/** A voucher was issued. */
	public record VoucherIssued(String voucherId, String enterpriseId, String serialNumber, Money faceValue,
			LocalDate validUntil) {
	}

	/** A voucher passed its validity; its unused balance went back to the budget. */
	public record VoucherExpired(String voucherId, String enterpriseId, String serialNumber, Money released) {
	}
}
