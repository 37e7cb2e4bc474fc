package org.innovoucher.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official working-day calendar: weekends and public holidays are off, adjusted working days
 * (调休) are on. An administrator maintains it per year; a year without data has weekends off only.
 */
@Component
public class WorkingDays {

	/** A year's exceptions to the weekend rule. */
	public record YearCalendar(int year, List<LocalDate> holidays, List<LocalDate> workdays) {
	}

	private final JdbcClient jdbc;
	private final Map<Integer, Map<LocalDate, Boolean>> cache = new ConcurrentHashMap<>();

	public WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The Nth working day after {@code event} (the event's own day does not count). */
	public LocalDate addWorkingDays(LocalDate event, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative working days: " + n);
		}
		LocalDate day = event;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	public boolean isWorkingDay(LocalDate day) {
		Boolean exception = exceptions(day.getYear()).get(day);
		if (exception != null) {
			return exception;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** Working days strictly after {@code from} up to and including {@code to}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private Map<LocalDate, Boolean> exceptions(int year) {
		return cache.computeIfAbsent(year, this::loadExceptions);
	}

	/** A year's holidays (false) and adjusted working days (true) as the administrator stored them. */
	Map<LocalDate, Boolean> loadExceptions(int year) {
		Map<LocalDate, Boolean> map = new HashMap<>();
		jdbc.sql("select calendar_date, working from calendar_day where calendar_year = :year")
			.param("year", year)
			.query((rs, n) -> map.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
			.list();
		return map;
	}

	/** Replaces a year's holidays and adjusted working days. */
	@Transactional
	public void replaceYear(YearCalendar calendar) {
		for (LocalDate day : calendar.holidays()) {
			requireYear(calendar.year(), day, "holidays");
		}
		for (LocalDate day : calendar.workdays()) {
			requireYear(calendar.year(), day, "workdays");
			if (calendar.holidays().contains(day)) {
				throw DomainException.invalid("workdays", day + " is listed as a holiday too");
			}
		}
		jdbc.sql("delete from calendar_day where calendar_year = :year").param("year", calendar.year()).update();
		for (LocalDate day : calendar.holidays().stream().distinct().toList()) {
			insert(calendar.year(), day, false);
		}
		for (LocalDate day : calendar.workdays().stream().distinct().toList()) {
			insert(calendar.year(), day, true);
		}
		cache.remove(calendar.year());
	}

	/** What one day is: as the weekend rule says, a public holiday, or an adjusted working day (调休). */
	public enum DayKind {
		ORDINARY, HOLIDAY, WORKDAY
	}

	/** Makes one day of a year a holiday, an adjusted working day, or ordinary again; the rest of the year stays. */
	@Transactional
	public YearCalendar changeDay(LocalDate day, DayKind kind) {
		YearCalendar year = year(day.getYear());
		List<LocalDate> holidays = new ArrayList<>(year.holidays());
		List<LocalDate> workdays = new ArrayList<>(year.workdays());
		holidays.remove(day);
		workdays.remove(day);
		if (kind == DayKind.HOLIDAY) {
			holidays.add(day);
		}
		else if (kind == DayKind.WORKDAY) {
			workdays.add(day);
		}
		replaceYear(new YearCalendar(day.getYear(), holidays, workdays));
		return year(day.getYear());
	}

	public YearCalendar year(int year) {
		Map<LocalDate, Boolean> map = exceptions(year);
		return new YearCalendar(year,
				map.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).sorted().toList(),
				map.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList());
	}

	private void insert(int year, LocalDate day, boolean working) {
		jdbc.sql("insert into calendar_day (calendar_date, calendar_year, working) values (:day, :year, :working)")
			.param("day", day)
			.param("year", year)
			.param("working", working)
			.update();
	}

	private static void requireYear(int year, LocalDate day, String field) {
		if (day.getYear() != year) {
			throw DomainException.invalid(field, day + " is not in " + year);
		}
	}
}
