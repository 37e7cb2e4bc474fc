package org.innovoucher.institution.web;

import java.util.List;

import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** An institution's workspace pages in the workspace menu: its status and its own catalog. */
@Component
class InstitutionWorkspaceLinks implements WorkspaceLinks {

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (user.institution() == null) {
			return List.of();
		}
		return List.of(WorkspaceLink.of(400, "instws.status.title", "/workspace/institution"),
				WorkspaceLink.of(410, "instws.catalog.title", "/workspace/catalog"));
	}
}
