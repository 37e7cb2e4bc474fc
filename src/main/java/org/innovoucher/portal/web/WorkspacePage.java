package org.innovoucher.portal.web;

import java.util.Comparator;
import java.util.List;

import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceMenu;
import org.innovoucher.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's start page: who they are, their figures at a glance (each workspace page
 * that counts what waits there, and how many deadlines are passed or near), and their to-do list,
 * most urgent first.
 */
@Controller
class WorkspacePage {

	private static final Comparator<Todo> MOST_URGENT_FIRST = Comparator.comparing(Todo::workingDaysLeft,
			Comparator.nullsLast(Comparator.naturalOrder()));

	/** A deadline this close, in working days, counts as near. */
	static final int NEAR_WORKING_DAYS = 5;

	/** The deadlines of a to-do list: how many are passed, and how many fall within {@link #NEAR_WORKING_DAYS}. */
	record Deadlines(long overdue, long near) {

		static Deadlines of(List<Todo> todos) {
			return new Deadlines(todos.stream().filter(t -> left(t) != null && left(t) < 0).count(),
					todos.stream().filter(t -> left(t) != null && left(t) >= 0 && left(t) <= NEAR_WORKING_DAYS).count());
		}

		/** How close a near deadline is, for the page to say. */
		public int nearDays() {
			return NEAR_WORKING_DAYS;
		}

		private static Integer left(Todo todo) {
			return todo.workingDaysLeft();
		}
	}

	private final List<TodoSource> sources;
	private final WorkspaceMenu menu;

	WorkspacePage(List<TodoSource> sources, WorkspaceMenu menu) {
		this.sources = sources;
		this.menu = menu;
	}

	@GetMapping("/workspace")
	String workspace(Model model) {
		CurrentUser user = CurrentUser.require();
		List<Todo> todos = sources.stream().flatMap(s -> s.todosFor(user).stream()).sorted(MOST_URGENT_FIRST).toList();
		List<WorkspaceLink> counted = menu.links().stream().filter(link -> link.count() != null).toList();
		model.addAttribute("user", user);
		model.addAttribute("roles", user.roles().stream().sorted().toList());
		model.addAttribute("todos", todos);
		model.addAttribute("counted", counted);
		model.addAttribute("deadlines", Deadlines.of(todos));
		return "portal/workspace";
	}
}
