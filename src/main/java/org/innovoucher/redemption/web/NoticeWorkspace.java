package org.innovoucher.redemption.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.innovoucher.portal.Formats;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The operator's public notices in the workspace: a menu link with the number of objections waiting,
 * and the to-dos: objections to resolve before the notice's end (its date is the deadline, since a
 * notice with one open does not close), notices whose period is over, to close, and approved claims
 * that wait for a notice.
 */
@Component
class NoticeWorkspace implements WorkspaceLinks, TodoSource {

	static final String NOTICES = "/workspace/notices";

	private final PublicNotices notices;
	private final ClaimPageSupport support;
	private final Formats formats;

	NoticeWorkspace(PublicNotices notices, ClaimPageSupport support, Formats formats) {
		this.formats = formats;
		this.notices = notices;
		this.support = support;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!user.has(Role.OPERATOR)) {
			return List.of();
		}
		long objections = notices.openFor(user).stream().mapToLong(PublicNotices.Open::pendingObjections).sum();
		return List.of(new WorkspaceLink(350, "opws.menu", NOTICES, objections));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.OPERATOR)) {
			return List.of();
		}
		LocalDate today = support.today();
		List<Todo> todos = new ArrayList<>();
		for (PublicNotices.Open open : notices.openFor(user)) {
			LocalDate endsOn = open.notice().getEndsOn();
			String href = NOTICES + "/" + open.notice().getId();
			Object[] region = { formats.region(open.notice().getRegionCode()), open.pendingObjections() };
			if (open.pendingObjections() > 0) {
				todos.add(new Todo("opws.todo.objections", region, href, endsOn, support.workingDaysLeft(endsOn)));
			}
			else if (!today.isBefore(endsOn)) {
				todos.add(new Todo("opws.todo.close", region, href, endsOn, support.workingDaysLeft(endsOn)));
			}
		}
		long approved = notices.countAwaitingNotice(user);
		if (approved > 0) {
			// no rule sets a deadline for opening a notice: shown without one, as the queue's size
			todos.add(new Todo("opws.todo.approved", new Object[] { approved }, NOTICES + "/new", null, null));
		}
		return todos;
	}
}
