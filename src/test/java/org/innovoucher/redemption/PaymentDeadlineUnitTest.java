package org.innovoucher.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.WorkingDays;
import org.junit.jupiter.api.Test;

/** A payable claim is due for payment the program's payment working days after it became payable. */
class PaymentDeadlineUnitTest {

	/** Friday 6 March 2026. */
	static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

	/** Weekends off, and the holidays given. */
	static WorkingDays calendar(LocalDate... holidays) {
		Set<LocalDate> off = Set.of(holidays);
		return new WorkingDays(null) {
			@Override
			public boolean isWorkingDay(LocalDate day) {
				return !off.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
						&& day.getDayOfWeek() != DayOfWeek.SUNDAY;
			}
		};
	}

	@Test
	void theDueDateCountsThePaymentWorkingDaysOfTheProgramSkippingWeekends() {
		ProgramRules.Deadlines threeDays = new ProgramRules.Deadlines(10, 5, 10, 5, 3);
		assertThat(PaymentDeadline.dueOn(threeDays, FRIDAY, calendar())).isEqualTo(LocalDate.of(2026, 3, 11));
	}

	@Test
	void aProgramThatLeavesThePaymentDaysOutGetsTheDefaultTenWorkingDays() {
		assertThat(PaymentDeadline.dueOn(new ProgramRules.Deadlines(10, 5, 10, 5, null), FRIDAY, calendar()))
			.isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(PaymentDeadline.dueOn(null, FRIDAY, calendar())).isEqualTo(LocalDate.of(2026, 3, 20));
	}

	@Test
	void aPublicHolidayPushesTheDueDateToTheNextWorkingDay() {
		ProgramRules.Deadlines threeDays = new ProgramRules.Deadlines(10, 5, 10, 5, 3);
		assertThat(PaymentDeadline.dueOn(threeDays, FRIDAY, calendar(LocalDate.of(2026, 3, 10))))
			.isEqualTo(LocalDate.of(2026, 3, 12));
	}
}
