package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WorkingDays: deadlines in working days of the official calendar")
class WorkingDaysUnitTest {

	/** The calendar data an administrator would store, kept in memory instead of the database. */
	static final class CalendarFixture extends WorkingDays {

		final Map<Integer, Map<LocalDate, Boolean>> years = new HashMap<>();
		final AtomicInteger loads = new AtomicInteger();

		CalendarFixture() {
			super(null);
		}

		CalendarFixture year(int year, List<LocalDate> holidays, List<LocalDate> workdays) {
			Map<LocalDate, Boolean> map = new HashMap<>();
			holidays.forEach(d -> map.put(d, false));
			workdays.forEach(d -> map.put(d, true));
			years.put(year, map);
			return this;
		}

		@Override
		Map<LocalDate, Boolean> loadExceptions(int year) {
			loads.incrementAndGet();
			return years.getOrDefault(year, Map.of());
		}
	}

	/** The 2026 National Day holiday as published: 1 to 8 October off, Sunday 27 September and Saturday 10 October worked. */
	static CalendarFixture nationalDay2026() {
		return new CalendarFixture().year(2026,
				List.of(d("2026-10-01"), d("2026-10-02"), d("2026-10-03"), d("2026-10-04"), d("2026-10-05"),
						d("2026-10-06"), d("2026-10-07"), d("2026-10-08")),
				List.of(d("2026-09-27"), d("2026-10-10")));
	}

	static LocalDate d(String text) {
		return LocalDate.parse(text);
	}

	@Test
	void without_calendar_data_weekends_are_off_and_weekdays_on() {
		WorkingDays days = new CalendarFixture();
		assertThat(days.isWorkingDay(d("2026-11-23"))).isTrue(); // Monday
		assertThat(days.isWorkingDay(d("2026-11-27"))).isTrue(); // Friday
		assertThat(days.isWorkingDay(d("2026-11-28"))).isFalse(); // Saturday
		assertThat(days.isWorkingDay(d("2026-11-29"))).isFalse(); // Sunday
	}

	@Test
	void the_day_of_the_event_does_not_count() {
		WorkingDays days = new CalendarFixture();
		assertThat(days.addWorkingDays(d("2026-11-23"), 1)).isEqualTo(d("2026-11-24"));
		assertThat(days.addWorkingDays(d("2026-11-23"), 0)).isEqualTo(d("2026-11-23"));
	}

	@Test
	void a_deadline_skips_the_weekend() {
		WorkingDays days = new CalendarFixture();
		// Thursday + 5 working days: Fri, Mon, Tue, Wed, Thu
		assertThat(days.addWorkingDays(d("2026-11-19"), 5)).isEqualTo(d("2026-11-26"));
		// an event on a Saturday: the first working day after it is Monday
		assertThat(days.addWorkingDays(d("2026-11-21"), 1)).isEqualTo(d("2026-11-23"));
		// ten working days are two calendar weeks
		assertThat(days.addWorkingDays(d("2026-11-23"), 10)).isEqualTo(d("2026-12-07"));
	}

	@Test
	void a_deadline_never_falls_on_a_day_off() {
		WorkingDays days = nationalDay2026();
		for (LocalDate event = d("2026-09-20"); event.isBefore(d("2026-10-20")); event = event.plusDays(1)) {
			for (int n = 1; n <= 12; n++) {
				assertThat(days.isWorkingDay(days.addWorkingDays(event, n))).isTrue();
			}
		}
	}

	@Test
	void public_holidays_are_off_and_adjusted_working_days_are_on() {
		WorkingDays days = nationalDay2026();
		assertThat(days.isWorkingDay(d("2026-10-01"))).isFalse(); // Thursday, holiday
		assertThat(days.isWorkingDay(d("2026-10-05"))).isFalse(); // Monday, holiday
		assertThat(days.isWorkingDay(d("2026-09-27"))).isTrue(); // Sunday, worked
		assertThat(days.isWorkingDay(d("2026-10-10"))).isTrue(); // Saturday, worked
		assertThat(days.isWorkingDay(d("2026-10-09"))).isTrue(); // Friday after the holiday
	}

	@Test
	void a_deadline_across_the_national_day_holiday_counts_the_make_up_days() {
		WorkingDays days = nationalDay2026();
		// Friday 25 Sept + 5: Sun 27 (make-up), Mon 28, Tue 29, Wed 30, then Fri 9 Oct
		assertThat(days.addWorkingDays(d("2026-09-25"), 5)).isEqualTo(d("2026-10-09"));
		// + 6 lands on the make-up Saturday 10 Oct
		assertThat(days.addWorkingDays(d("2026-09-25"), 6)).isEqualTo(d("2026-10-10"));
		// review due in 10 working days from Wed 30 Sept: 9, 10, 12, 13, 14, 15, 16, 19, 20, 21 Oct
		assertThat(days.addWorkingDays(d("2026-09-30"), 10)).isEqualTo(d("2026-10-21"));
		// an event during the holiday: the first working day is 9 Oct
		assertThat(days.addWorkingDays(d("2026-10-03"), 1)).isEqualTo(d("2026-10-09"));
	}

	@Test
	void a_deadline_across_the_new_year_uses_each_years_calendar() {
		CalendarFixture days = new CalendarFixture().year(2026, List.of(), List.of())
			.year(2027, List.of(d("2027-01-01")), List.of());
		// Wed 30 Dec 2026 + 2: Thu 31 Dec, (Fri 1 Jan holiday), (weekend), Mon 4 Jan
		assertThat(days.addWorkingDays(d("2026-12-30"), 2)).isEqualTo(d("2027-01-04"));
	}

	@Test
	void working_days_between_counts_after_the_first_day_up_to_the_last() {
		WorkingDays days = nationalDay2026();
		assertThat(days.workingDaysBetween(d("2026-11-23"), d("2026-11-23"))).isZero();
		assertThat(days.workingDaysBetween(d("2026-11-20"), d("2026-11-23"))).isEqualTo(1);
		assertThat(days.workingDaysBetween(d("2026-09-25"), d("2026-10-09"))).isEqualTo(5);
		assertThat(days.workingDaysBetween(d("2026-09-25"), days.addWorkingDays(d("2026-09-25"), 7))).isEqualTo(7);
	}

	@Test
	void negative_working_days_are_refused() {
		assertThatThrownBy(() -> new CalendarFixture().addWorkingDays(d("2026-11-23"), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_year_is_loaded_once_and_then_kept() {
		CalendarFixture days = nationalDay2026();
		days.addWorkingDays(d("2026-09-25"), 30);
		days.isWorkingDay(d("2026-01-01"));
		assertThat(days.loads.get()).isEqualTo(1);
	}

	@Test
	void the_year_view_lists_holidays_and_working_days_sorted() {
		WorkingDays.YearCalendar year = nationalDay2026().year(2026);
		assertThat(year.holidays()).hasSize(8).startsWith(d("2026-10-01")).endsWith(d("2026-10-08"));
		assertThat(year.workdays()).containsExactly(d("2026-09-27"), d("2026-10-10"));
	}

	@Test
	void replacing_a_year_refuses_days_of_another_year_and_days_both_off_and_on() {
		CalendarFixture days = new CalendarFixture();
		assertThatThrownBy(() -> days.replaceYear(new WorkingDays.YearCalendar(2026, List.of(d("2027-01-01")), List.of())))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
		assertThatThrownBy(() -> days.replaceYear(new WorkingDays.YearCalendar(2026, List.of(), List.of(d("2025-12-28")))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
		assertThatThrownBy(() -> days.replaceYear(
				new WorkingDays.YearCalendar(2026, List.of(d("2026-10-01")), List.of(d("2026-10-01")))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
	}
}
