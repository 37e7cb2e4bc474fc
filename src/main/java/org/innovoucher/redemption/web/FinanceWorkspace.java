package org.innovoucher.redemption.web;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.portal.Formats;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.redemption.PaymentDesk;
import org.innovoucher.redemption.PaymentRun;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The finance officer's and the supervisor's pages of this module in the workspace menu, and the
 * finance officer's to-dos: each claim ready for payment (by the program's payment deadline) and
 * each run another officer recorded that waits for a release.
 */
@Component
class FinanceWorkspace implements WorkspaceLinks, TodoSource {

	private final PaymentDesk desk;
	private final ClaimPageSupport support;
	private final Formats formats;

	FinanceWorkspace(PaymentDesk desk, ClaimPageSupport support, Formats formats) {
		this.desk = desk;
		this.support = support;
		this.formats = formats;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		List<WorkspaceLink> links = new ArrayList<>();
		if (user.has(Role.FINANCE_OFFICER)) {
			links.add(new WorkspaceLink(350, "menu.payments", PaymentRunPages.BASE, desk.countReadyForPayment(user)));
			links.add(WorkspaceLink.of(355, "menu.recoveries", RecoveryPages.BASE));
		}
		if (user.has(Role.SUPERVISOR)) {
			links.add(WorkspaceLink.of(360, "menu.clawbacks", ClawbackPages.BASE));
		}
		return links;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (!user.has(Role.FINANCE_OFFICER)) {
			return List.of();
		}
		List<Todo> todos = new ArrayList<>();
		for (PaymentDesk.ReadyClaim r : desk.readyForPayment(user)) {
			todos.add(new Todo("payments.todo.pay", new Object[] { r.payeeName(), formats.money(r.claim().getApprovedAmount()) },
					PaymentRunPages.BASE, r.dueOn(), r.dueOn() == null ? null : support.workingDaysLeft(r.dueOn())));
		}
		for (PaymentRun run : desk.awaitingRelease(user)) {
			if (!run.getRecordedBy().equals(user.id())) {
				todos.add(new Todo("payments.todo.release", new Object[] { run.getReference(), formats.money(run.getTotal()) },
						PaymentRunPages.BASE + "/runs/" + run.getId(), null, null));
			}
		}
		return todos;
	}
}
