package org.innovoucher.content.web;

import java.util.List;

import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/** The article editor in an operator's workspace menu (the content module's links are in the 600s). */
@Component
class ArticleEditorLinks implements WorkspaceLinks {

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return user.has(Role.OPERATOR) ? List.of(WorkspaceLink.of(600, "artws.menu", "/workspace/articles")) : List.of();
	}
}
