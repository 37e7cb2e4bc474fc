package org.innovoucher.identity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Jobs;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A system administrator's workspace: the menu (accounts, the calendar, the jobs) and what to act on.
 * A year without holidays would count every weekday as a working day and put every deadline wrong:
 * this year's calendar when it is missing, next year's from October (the State Council publishes the
 * holidays late in the year) with the year's last working day as the deadline, and a job whose last
 * run failed.
 */
@Component
class SystemAdminWorkspace implements WorkspaceLinks, TodoSource {

	static final int NEXT_YEAR_FROM_MONTH = 10;

	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final Jobs jobs;
	private final MessageSource messages;

	SystemAdminWorkspace(WorkingDays workingDays, BusinessClock clock, Jobs jobs, MessageSource messages) {
		this.workingDays = workingDays;
		this.clock = clock;
		this.jobs = jobs;
		this.messages = messages;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!user.has(Role.SYSTEM_ADMIN)) {
			return List.of();
		}
		return List.of(WorkspaceLink.of(750, "useradmin.title", "/workspace/users"),
				WorkspaceLink.of(760, "calendar.title", "/workspace/calendar"),
				WorkspaceLink.of(770, "jobs.title", "/workspace/jobs"));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.SYSTEM_ADMIN)) {
			return List.of();
		}
		List<Todo> todos = new ArrayList<>();
		LocalDate today = clock.today();
		int year = today.getYear();
		if (workingDays.year(year).holidays().isEmpty()) {
			todos.add(new Todo("calendar.todo.thisYear", new Object[] { String.valueOf(year) },
					"/workspace/calendar?year=" + year, null, null));
		}
		if (today.getMonthValue() >= NEXT_YEAR_FROM_MONTH && workingDays.year(year + 1).holidays().isEmpty()) {
			LocalDate due = LocalDate.of(year, 12, 31);
			while (!workingDays.isWorkingDay(due) && due.isAfter(today)) {
				due = due.minusDays(1);
			}
			todos.add(new Todo("calendar.todo.nextYear", new Object[] { String.valueOf(year + 1) },
					"/workspace/calendar?year=" + (year + 1), due, workingDays.workingDaysBetween(today, due)));
		}
		jobs.list(user).stream().filter(j -> j.lastRun() != null && j.lastRun().failed())
			.forEach(j -> todos.add(new Todo("jobs.todo.failed",
					new Object[] { messages.getMessage("jobs.name." + j.name(), null, j.name(), LocaleContextHolder.getLocale()) }, "/workspace/jobs", null, null)));
		return todos;
	}
}
