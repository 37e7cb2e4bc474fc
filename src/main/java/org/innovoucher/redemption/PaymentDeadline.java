package org.innovoucher.redemption;

import java.time.LocalDate;

import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Component;

/**
 * When a claim that became payable must be paid: the payment working days of the program version its
 * voucher was issued under, counted from the day it became payable (the notice closed, or the last
 * objection was dismissed), not from the notice's end, since a notice held by objections is not the
 * finance officer's delay.
 */
@Component
class PaymentDeadline {

	private final Vouchers vouchers;
	private final WorkingDays workingDays;

	PaymentDeadline(Vouchers vouchers, WorkingDays workingDays) {
		this.vouchers = vouchers;
		this.workingDays = workingDays;
	}

	LocalDate dueOn(Redemption claim, LocalDate payableOn) {
		return dueOn(vouchers.rulesOf(vouchers.get(claim.voucher())).deadlines(), payableOn, workingDays);
	}

	/** {@code deadlines} may be null, or leave the payment days out: then the default applies. */
	static LocalDate dueOn(ProgramRules.Deadlines deadlines, LocalDate payableOn, WorkingDays workingDays) {
		Integer days = deadlines == null ? null : deadlines.paymentWorkingDays();
		return workingDays.addWorkingDays(payableOn, days == null ? ProgramRules.Deadlines.PAYMENT_WORKING_DAYS : days);
	}
}
