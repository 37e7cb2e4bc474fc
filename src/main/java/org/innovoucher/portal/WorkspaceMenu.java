package org.innovoucher.portal;

import java.util.Comparator;
import java.util.List;

import org.innovoucher.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The workspace menu for templates ({@code ${@workspaceMenu.links()}}): the links of every
 * {@link WorkspaceLinks} bean for the signed-in person, in order; none for a visitor.
 */
@Component("workspaceMenu")
public class WorkspaceMenu {

	private static final Comparator<WorkspaceLink> IN_ORDER = Comparator.comparingInt(WorkspaceLink::order);

	private final List<WorkspaceLinks> sources;

	WorkspaceMenu(List<WorkspaceLinks> sources) {
		this.sources = sources;
	}

	public List<WorkspaceLink> links() {
		return CurrentUser.current().map(this::linksFor).orElse(List.of());
	}

	/**
	 * The link the menu marks as the current page for {@code path}: the one whose address is the
	 * longest start of it (a step of applying is under "apply"), or the to-do list on /workspace.
	 */
	public String current(String path, List<WorkspaceLink> links) {
		String best = "/workspace";
		for (WorkspaceLink link : links) {
			String href = link.href();
			if ((path.equals(href) || path.startsWith(href + "/")) && href.length() > best.length()) {
				best = href;
			}
		}
		return best;
	}

	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return sources.stream().flatMap(s -> s.linksFor(user).stream()).sorted(IN_ORDER).toList();
	}
}
