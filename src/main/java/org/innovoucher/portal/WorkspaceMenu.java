package org.innovoucher.portal;

import java.util.Comparator;
import java.util.List;

import org.innovoucher.shared.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The workspace menu for templates ({@code ${@workspaceMenu.links()}}): the links of every
 * {@link WorkspaceLinks} bean for the signed-in person, in order; none for a visitor.
 */
@Component("workspaceMenu")
public class WorkspaceMenu {

	private static final Comparator<WorkspaceLink> IN_ORDER = Comparator.comparingInt(WorkspaceLink::order);

	private static final String LINKS = WorkspaceMenu.class.getName() + ".links";

	private final List<WorkspaceLinks> sources;

	WorkspaceMenu(List<WorkspaceLinks> sources) {
		this.sources = sources;
	}

	/**
	 * The signed-in person's links, counted once per request: the start page shows the counts the
	 * layout's menu shows too, and each count is a query.
	 */
	@SuppressWarnings("unchecked")
	public List<WorkspaceLink> links() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return CurrentUser.current().map(this::linksFor).orElse(List.of());
		}
		Object known = request.getAttribute(LINKS, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (List<WorkspaceLink>) known;
		}
		List<WorkspaceLink> links = CurrentUser.current().map(this::linksFor).orElse(List.of());
		request.setAttribute(LINKS, links, RequestAttributes.SCOPE_REQUEST);
		return links;
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
