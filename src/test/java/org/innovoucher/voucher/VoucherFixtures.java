package org.innovoucher.voucher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.shared.Money;

/** Applications and vouchers for the voucher module's unit tests. */
final class VoucherFixtures {

	static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 3, 2);
	static final LocalDate VALID_UNTIL = LocalDate.of(2026, 12, 31);

	private VoucherFixtures() {
	}

	static VoucherApplication submitted(Money denomination) {
		return new VoucherApplication("application-1", "program-1", 1, "enterprise-1", "140105", denomination,
				"EMC testing of our new controller", List.of("TESTING_CERTIFICATION"), "user-1",
				Instant.parse("2026-03-02T02:00:00Z"), SUBMITTED_ON, LocalDate.of(2026, 3, 16));
	}

	static VoucherApplication submitted() {
		return submitted(Money.of(50000));
	}

	static VoucherApplication inStatus(VoucherApplication.Status status) {
		VoucherApplication application = submitted();
		switch (status) {
			case SUBMITTED -> {
			}
			case RETURNED -> application.returnForChanges(SUBMITTED_ON.plusDays(3), "more detail");
			case APPROVED -> application.approve("voucher-1", SUBMITTED_ON.plusDays(3), "fine");
			case REJECTED -> application.reject(SUBMITTED_ON.plusDays(3), "not eligible");
			case WITHDRAWN -> application.withdraw();
		}
		return application;
	}

	static Voucher issued(Money faceValue) {
		VoucherApplication application = submitted(faceValue);
		application.approve("voucher-1", SUBMITTED_ON.plusDays(3), "fine");
		return new Voucher("voucher-1", SerialNumbers.format(2026, "140105", 1), application, "140100",
				SUBMITTED_ON.plusDays(3), VALID_UNTIL, Instant.parse("2026-03-05T02:00:00Z"));
	}

	static Voucher issued() {
		return issued(Money.of(50000));
	}
}
