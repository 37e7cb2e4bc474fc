package org.innovoucher.redemption.web;

import java.util.List;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ReviewDesk;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.redemption.ClaimQueue;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The bureau reviewer's claims in the workspace: the queue in the menu (with how many wait), and
 * the most urgent claims under review on the to-do list with their working days left.
 */
@Component
class ClaimReviewTodos implements TodoSource, WorkspaceLinks {

	/** The to-do list names the most urgent claims; the queue has them all. */
	static final int MOST_URGENT = 20;

	private final ClaimQueue queue;
	private final Contracts contracts;
	private final Enterprises enterprises;
	private final ReviewDesk desk;

	ClaimReviewTodos(ClaimQueue queue, Contracts contracts, Enterprises enterprises, ReviewDesk desk) {
		this.queue = queue;
		this.contracts = contracts;
		this.enterprises = enterprises;
		this.desk = desk;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!user.has(Role.BUREAU_REVIEWER)) {
			return List.of();
		}
		return List.of(new WorkspaceLink(350, "menu.review.claims", ClaimReviewPages.BASE, queue.waiting(user)));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.BUREAU_REVIEWER)) {
			return List.of();
		}
		return queue.queue(user, new ClaimQueue.Filter(null, null, null, false), 0, MOST_URGENT)
			.items()
			.stream()
			.map(c -> {
				ReviewDesk.Due due = desk.due(c.getReviewDueOn());
				return new Todo("review.todo.claim", new Object[] { enterprises.get(c.enterprise()).getName(),
						contracts.get(c.contract()).getTitle() }, ClaimReviewPages.BASE + "/" + c.getId(),
						c.getReviewDueOn(), due == null ? null : due.workingDaysLeft());
			})
			.toList();
	}
}
