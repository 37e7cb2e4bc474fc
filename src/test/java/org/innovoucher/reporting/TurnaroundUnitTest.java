package org.innovoucher.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.innovoucher.reporting.Turnaround.Figures;
import org.innovoucher.reporting.Turnaround.Step;
import org.junit.jupiter.api.Test;

class TurnaroundUnitTest {

	/** Weekends off and Qingming 2026 (4 to 6 April) off, counted as WorkingDays#workingDaysBetween counts. */
	private static final Set<LocalDate> HOLIDAYS = Set.of(d("2026-04-04"), d("2026-04-05"), d("2026-04-06"));

	private static int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			count += weekend || HOLIDAYS.contains(day) ? 0 : 1;
		}
		return count;
	}

	private static LocalDate d(String text) {
		return LocalDate.parse(text);
	}

	private static Figures step(Turnaround turnaround, Step step) {
		return turnaround.figures().stream().filter(f -> f.step() == step).findFirst().orElseThrow();
	}

	@Test
	void a_step_lasts_the_working_days_after_its_first_day_up_to_its_last_weekends_and_holidays_left_out() {
		Turnaround turnaround = new Turnaround(TurnaroundUnitTest::workingDaysBetween, null, null)
			// Friday 3 April to Tuesday 7 April over a weekend and Qingming: one working day
			.add(Step.APPLICATION_DECISION, d("2026-04-03"), d("2026-04-07"), 1)
			// decided on the day of submission: none
			.add(Step.APPLICATION_DECISION, d("2026-04-08"), d("2026-04-08"), 1)
			// Monday 9 March to Monday 16 March: five working days, for two applications
			.add(Step.APPLICATION_DECISION, d("2026-03-09"), d("2026-03-16"), 2);

		assertThat(step(turnaround, Step.APPLICATION_DECISION)).isEqualTo(new Figures(Step.APPLICATION_DECISION, 4,
				"2.8", 5));
	}

	@Test
	void a_claims_dates_make_its_four_steps_and_a_step_not_reached_does_not_count() {
		Turnaround turnaround = new Turnaround(TurnaroundUnitTest::workingDaysBetween, null, null)
			.addClaim(d("2026-03-02"), d("2026-03-04"), d("2026-03-09"), d("2026-03-10"), 1)
			.addClaim(d("2026-03-02"), d("2026-03-03"), null, null, 1);

		assertThat(turnaround.figures()).containsExactly(new Figures(Step.APPLICATION_DECISION, 0, null, null),
				new Figures(Step.CLAIM_CONFIRMATION, 2, "1.5", 2), new Figures(Step.CLAIM_DECISION, 1, "3.0", 3),
				new Figures(Step.CLAIM_PAYMENT, 1, "1.0", 1), new Figures(Step.CLAIM_TOTAL, 1, "6.0", 6));
	}

	@Test
	void a_step_counts_in_the_year_it_ended_and_never_when_it_ended_before_it_began() {
		Turnaround turnaround = new Turnaround(TurnaroundUnitTest::workingDaysBetween, 2027, 2027)
			.add(Step.CLAIM_PAYMENT, d("2026-12-30"), d("2027-01-04"), 1)
			.add(Step.CLAIM_PAYMENT, d("2026-12-01"), d("2026-12-30"), 1)
			.add(Step.CLAIM_PAYMENT, d("2027-03-05"), d("2027-03-01"), 1);

		assertThat(step(turnaround, Step.CLAIM_PAYMENT)).isEqualTo(new Figures(Step.CLAIM_PAYMENT, 1, "3.0", 3));
		assertThat(step(turnaround, Step.CLAIM_TOTAL).count()).isZero();
	}
}
