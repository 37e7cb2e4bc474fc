package org.innovoucher.portal;

import java.util.List;

import org.innovoucher.shared.CurrentUser;

/**
 * Where a module puts the workspace pages it offers a signed-in person: the workspace menu (on
 * /workspace and on every page that includes {@code portal/menu :: menu}) lists the links of every
 * source, in their order. A module implements it as a bean in its {@code web} package, like a
 * {@link TodoSource}; the portal knows none of them. A source returns no links to people its pages
 * are not for.
 */
public interface WorkspaceLinks {

	List<WorkspaceLink> linksFor(CurrentUser user);
}
