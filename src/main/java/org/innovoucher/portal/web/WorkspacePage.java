package org.innovoucher.portal.web;

import java.util.Comparator;
import java.util.List;

import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's workspace: who they are and their to-do list, most urgent first. */
@Controller
class WorkspacePage {

	private static final Comparator<Todo> MOST_URGENT_FIRST = Comparator.comparing(Todo::workingDaysLeft,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final List<TodoSource> sources;

	WorkspacePage(List<TodoSource> sources) {
		this.sources = sources;
	}

	@GetMapping("/workspace")
	String workspace(Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("user", user);
		model.addAttribute("roles", user.roles().stream().sorted().toList());
		model.addAttribute("todos",
				sources.stream().flatMap(s -> s.todosFor(user).stream()).sorted(MOST_URGENT_FIRST).toList());
		return "portal/workspace";
	}
}
