package org.innovoucher.deadline.web;

import java.util.List;

import org.innovoucher.deadline.OverdueFiles;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The overdue list in the workspace menu of staff, with how many files of their regions are late. */
@Component
class OverdueMenu implements WorkspaceLinks {

	private final OverdueFiles files;

	OverdueMenu(OverdueFiles files) {
		this.files = files;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!user.isStaff()) {
			return List.of();
		}
		return List.of(new WorkspaceLink(500, "menu.overdue", OverduePage.BASE, files.count(user)));
	}
}
