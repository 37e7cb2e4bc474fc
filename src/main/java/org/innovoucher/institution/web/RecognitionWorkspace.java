package org.innovoucher.institution.web;

import java.util.List;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.Institutions;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The operator's recognition queue in the workspace: a menu link with the number waiting, and one
 * to-do while any institution waits. The rules give the operator no deadline, so the to-do has none;
 * it names how many wait instead.
 */
@Component
class RecognitionWorkspace implements WorkspaceLinks, TodoSource {

	static final String QUEUE = "/workspace/recognitions";

	private final Institutions institutions;

	RecognitionWorkspace(Institutions institutions) {
		this.institutions = institutions;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!user.has(Role.OPERATOR)) {
			return List.of();
		}
		return List.of(new WorkspaceLink(450, "recog.menu", QUEUE, pending(user)));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.OPERATOR)) {
			return List.of();
		}
		long waiting = pending(user);
		return waiting == 0 ? List.of()
				: List.of(new Todo("recog.todo.pending", new Object[] { waiting }, QUEUE, null, null));
	}

	private long pending(CurrentUser user) {
		return institutions.list(user, Institution.Status.PENDING_RECOGNITION, null, null, null,
				PageResult.request(0, 1, Sort.by("id"))).total();
	}
}
