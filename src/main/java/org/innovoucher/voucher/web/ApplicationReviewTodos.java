package org.innovoucher.voucher.web;

import java.util.List;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.portal.ReviewDesk;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.innovoucher.voucher.ApplicationQueue;
import org.springframework.stereotype.Component;

/**
 * The bureau reviewer's part of the workspace: the queue of applications in the menu (with how many
 * wait), and the most urgent of them on the to-do list with their working days left.
 */
@Component
class ApplicationReviewTodos implements TodoSource, WorkspaceLinks {

	/** The to-do list names the most urgent files; the queue has them all. */
	static final int MOST_URGENT = 20;

	private final ApplicationQueue queue;
	private final Enterprises enterprises;
	private final ReviewDesk desk;

	ApplicationReviewTodos(ApplicationQueue queue, Enterprises enterprises, ReviewDesk desk) {
		this.queue = queue;
		this.enterprises = enterprises;
		this.desk = desk;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!user.has(Role.BUREAU_REVIEWER)) {
			return List.of();
		}
		return List.of(new WorkspaceLink(150, "menu.review.applications", ApplicationReviewPages.BASE,
				queue.waiting(user)));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.BUREAU_REVIEWER)) {
			return List.of();
		}
		return queue.queue(user, new ApplicationQueue.Filter(null, null, null, false), 0, MOST_URGENT)
			.items()
			.stream()
			.map(a -> {
				ReviewDesk.Due due = desk.due(a.getReviewDueOn());
				return new Todo("review.todo.application", new Object[] { enterprises.get(a.enterprise()).getName() },
						ApplicationReviewPages.BASE + "/" + a.getId(), a.getReviewDueOn(),
						due == null ? null : due.workingDaysLeft());
			})
			.toList();
	}
}
