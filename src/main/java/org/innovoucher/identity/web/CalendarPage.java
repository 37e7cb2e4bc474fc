package org.innovoucher.identity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The working-day calendar of a year as twelve month grids: weekends, public holidays and adjusted
 * working days (调休) told apart in words as well as colour; a form makes one day a holiday, a working
 * day or ordinary again. A system administrator's page, as the API's calendar is theirs.
 */
@Controller
@RequestMapping("/workspace/calendar")
class CalendarPage {

	/** The years the API accepts. */
	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	/** What a day is, for the grid: the words and the class of its cell. */
	public enum Kind {
		WORKING, WEEKEND, HOLIDAY, ADJUSTED_WORKDAY
	}

	public record Day(LocalDate date, Kind kind) {
	}

	/** One month: its name and its weeks, Monday first; null where a week has no day of the month. */
	public record Month(String name, List<List<Day>> weeks) {
	}

	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final PageErrors pageErrors;
	private final Spreadsheets spreadsheets;

	CalendarPage(WorkingDays workingDays, BusinessClock clock, PageErrors pageErrors, Spreadsheets spreadsheets) {
		this.workingDays = workingDays;
		this.clock = clock;
		this.pageErrors = pageErrors;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String calendar(@RequestParam(required = false) Integer year, Model model) {
		requireAdmin();
		return page(model, shownYear(year), "", "HOLIDAY", PageErrors.Shown.NONE);
	}

	/** The year's holidays and adjusted working days as a workbook, a row a day, in the order of the year. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> daysWorkbook(@RequestParam(required = false) Integer year) {
		requireAdmin();
		WorkingDays.YearCalendar calendar = workingDays.year(shownYear(year));
		Spreadsheet sheet = spreadsheets.sheet("calendar.list.title")
			.column("calendar.form.day", Spreadsheet.Kind.DATE)
			.column("calendar.form.kind", Spreadsheet.Kind.TEXT);
		Stream.concat(calendar.holidays().stream(), calendar.workdays().stream())
			.sorted()
			.forEach(day -> sheet.row(day, sheet.words("calendar.kind." + kindOf(day, calendar))));
		return sheet.download("calendar-" + calendar.year());
	}

	private int shownYear(Integer year) {
		int shown = year == null ? clock.today().getYear() : year;
		if (shown < FIRST_YEAR || shown > LAST_YEAR) {
			throw DomainException.notFound("calendar", String.valueOf(shown));
		}
		return shown;
	}

	@PostMapping
	String change(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) Integer year, Model model, RedirectAttributes redirect) {
		requireAdmin();
		int back = year == null ? clock.today().getYear() : year;
		LocalDate date;
		try {
			date = LocalDate.parse(day.trim());
		}
		catch (DateTimeParseException e) {
			return page(model, back, day, kind, pageErrors.on("day", "calendar.refused.day"));
		}
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			return page(model, back, day, kind, pageErrors.on("day", "calendar.refused.year", FIRST_YEAR, LAST_YEAR));
		}
		WorkingDays.DayKind chosen = Arrays.stream(WorkingDays.DayKind.values()).filter(k -> k.name().equals(kind))
			.findFirst().orElse(null);
		if (chosen == null) {
			return page(model, back, day, kind, pageErrors.on("kind", "calendar.refused.kind"));
		}
		try {
			workingDays.changeDay(date, chosen);
		}
		catch (DomainException e) {
			return page(model, back, day, kind, pageErrors.of(e, "day", "calendar.refused"));
		}
		redirect.addFlashAttribute("changedDay", date);
		redirect.addFlashAttribute("changedKind", chosen.name());
		return "redirect:/workspace/calendar?year=" + date.getYear();
	}

	private String page(Model model, int year, String day, String kind, PageErrors.Shown shown) {
		WorkingDays.YearCalendar calendar = workingDays.year(year);
		Locale locale = LocaleContextHolder.getLocale();
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(month(YearMonth.of(year, m), calendar, locale));
		}
		model.addAttribute("year", year);
		model.addAttribute("calendar", calendar);
		model.addAttribute("months", months);
		model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values())
			.map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
		model.addAttribute("day", day);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", List.of(WorkingDays.DayKind.values()));
		model.addAttribute(PageErrors.MODEL, shown);
		return "identity/calendar";
	}

	private static Month month(YearMonth month, WorkingDays.YearCalendar calendar, Locale locale) {
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (int blank = 1; blank < month.atDay(1).getDayOfWeek().getValue(); blank++) {
			week.add(null);
		}
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			week.add(new Day(date, kindOf(date, calendar)));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return new Month(month.getMonth().getDisplayName(TextStyle.FULL, locale), weeks);
	}

	private static Kind kindOf(LocalDate date, WorkingDays.YearCalendar calendar) {
		if (calendar.holidays().contains(date)) {
			return Kind.HOLIDAY;
		}
		if (calendar.workdays().contains(date)) {
			return Kind.ADJUSTED_WORKDAY;
		}
		return date.getDayOfWeek().getValue() >= 6 ? Kind.WEEKEND : Kind.WORKING;
	}

	static void requireAdmin() {
		if (!CurrentUser.require().has(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("the calendar is kept by a system administrator");
		}
	}
}
