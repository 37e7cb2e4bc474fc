package org.innovoucher.shared.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.WorkingDays;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Regions, the working-day calendar and the (test-only) adjustable clock. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data")
class ReferenceDataController {

	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	ReferenceDataController(Regions regions, WorkingDays workingDays, BusinessClock clock) {
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping("/regions")
	List<Region> regions() {
		return regions.tree();
	}

	record CalendarBody(@NotNull @Min(2000) @Max(2100) Integer year, List<@NotNull LocalDate> holidays,
			List<@NotNull LocalDate> workdays) {
	}

	@PostMapping("/admin/calendar")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	WorkingDays.YearCalendar calendar(@Valid @RequestBody CalendarBody body) {
		workingDays.replaceYear(new WorkingDays.YearCalendar(body.year(),
				body.holidays() == null ? List.of() : body.holidays(),
				body.workdays() == null ? List.of() : body.workdays()));
		return workingDays.year(body.year());
	}

	@GetMapping("/calendar/{year}")
	WorkingDays.YearCalendar calendarYear(@PathVariable int year) {
		return workingDays.year(year);
	}

	record ClockBody(@NotNull OffsetDateTime now) {
	}

	@PostMapping("/admin/clock")
	Map<String, Object> moveClock(@Valid @RequestBody ClockBody body) {
		if (!clock.isAdjustable()) {
			// the endpoint does not exist in production
			throw new DomainException(ErrorCode.NOT_FOUND, "no such resource");
		}
		org.innovoucher.shared.CurrentUser user = org.innovoucher.shared.CurrentUser.require();
		if (!user.has(org.innovoucher.shared.Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("only a system administrator moves the clock");
		}
		clock.set(body.now().toInstant());
		return Map.of("now", clock.nowAtZone(), "today", clock.today());
	}

	@GetMapping("/clock")
	Map<String, Object> clock() {
		return Map.of("now", clock.nowAtZone(), "today", clock.today(), "adjustable", clock.isAdjustable());
	}
}
