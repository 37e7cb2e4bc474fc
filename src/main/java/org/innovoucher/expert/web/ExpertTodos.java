package org.innovoucher.expert.web;

import java.util.List;

import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The expert's part of the workspace (the 500s of the menu): their assignments with how many wait, and
 * each file to score on the to-do list with its working days left; staff who draw panels get the pool.
 */
@Component
class ExpertTodos implements TodoSource, WorkspaceLinks {

	private final AssignmentPages assignments;

	ExpertTodos(AssignmentPages assignments) {
		this.assignments = assignments;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (user.has(Role.EXPERT)) {
			long toScore = assignments.rows(user).stream().filter(r -> r.reading().toScore()).count();
			return List.of(new WorkspaceLink(510, "menu.expert.assignments", AssignmentPages.BASE, toScore),
					WorkspaceLink.of(520, "menu.expert.profile", ExpertSelfPages.BASE));
		}
		if (user.hasAny(Role.OPERATOR, Role.BUREAU_REVIEWER)) {
			return List.of(WorkspaceLink.of(550, "menu.expert.pool", ExpertPoolPages.BASE));
		}
		return List.of();
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.EXPERT)) {
			return List.of();
		}
		return assignments.rows(user)
			.stream()
			.filter(r -> r.reading().toScore())
			.map(r -> new Todo("expert.todo.score", new Object[] { r.reading().panel().getTitle() },
					AssignmentPages.BASE + "/" + r.reading().panel().getId(), r.due().on(), r.due().workingDaysLeft()))
			.toList();
	}
}
