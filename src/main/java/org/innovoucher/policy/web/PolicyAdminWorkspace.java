package org.innovoucher.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.innovoucher.ledger.Balances;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.Formats;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A policy administrator's workspace: the programs in the menu, and what to act on among the programs of
 * their region. A draft not yet published, due by the day its applications open; an open program without
 * any budget (no voucher can be issued); a region whose budget is nearly spent (less than a tenth left).
 */
@Component
class PolicyAdminWorkspace implements WorkspaceLinks, TodoSource {

	/** A budget with less than this share left is nearly spent. */
	static final BigDecimal NEARLY_SPENT = new BigDecimal("0.10");
	/** Programs looked at: the newest; a province runs a few a year. */
	static final int PROGRAMS = 100;

	private final Programs programs;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final Formats fmt;

	PolicyAdminWorkspace(Programs programs, Regions regions, WorkingDays workingDays, BusinessClock clock, Formats fmt) {
		this.programs = programs;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
		this.fmt = fmt;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!user.has(Role.POLICY_ADMIN)) {
			return List.of();
		}
		return List.of(WorkspaceLink.of(650, "progadmin.title", "/workspace/programs"));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.POLICY_ADMIN)) {
			return List.of();
		}
		List<Todo> todos = new ArrayList<>();
		LocalDate today = clock.today();
		List<Program> mine = programs.list(user, PageResult.request(0, PROGRAMS, Sort.by("createdAt").descending()))
			.items().stream().filter(p -> regions.isWithin(p.getRegionCode(), user.regionCode())).toList();
		for (Program program : mine) {
			String page = "/workspace/programs/" + program.getId();
			if (program.getStatus() == Program.Status.DRAFT) {
				ProgramRules rules = programs.currentRules(program.id());
				LocalDate opens = rules.window().applicationOpensOn();
				Integer left = opens == null ? null
						: opens.isBefore(today) ? -workingDays.workingDaysBetween(opens, today)
								: workingDays.workingDaysBetween(today, opens);
				todos.add(new Todo("progadmin.todo.draft", new Object[] { program.getName() }, page, opens, left));
			}
			else if (program.isOpen()) {
				List<Balances> books = programs.ledger(program.id(), user);
				List<Balances> budgeted = books.subList(0, books.size() - 1).stream()
					.filter(b -> b.budget().isPositive()).toList();
				if (budgeted.isEmpty()) {
					todos.add(new Todo("progadmin.todo.noBudget", new Object[] { program.getName() },
							page + "/budgets", null, null));
				}
				budgeted.stream().filter(PolicyAdminWorkspace::nearlySpent)
					.forEach(b -> todos.add(new Todo("progadmin.todo.nearlySpent",
							new Object[] { program.getName(), fmt.region(b.regionCode()), fmt.money(b.available()) },
							page + "/budgets", null, null)));
			}
		}
		return todos;
	}

	static boolean nearlySpent(Balances b) {
		return b.available().amount().compareTo(b.budget().amount().multiply(NEARLY_SPENT)) < 0;
	}
}
