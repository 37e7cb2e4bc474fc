package org.innovoucher.portal;

/**
 * One page of a signed-in person's workspace, for the workspace menu: its name (a message key of
 * the bundles), where it is, and, where it helps, a count beside the name (e.g. unread messages).
 *
 * @param order where the link stands in the menu, smallest first; modules keep to their own hundred
 *        (voucher 100s, marketplace 200s, redemption 300s, institution 400s, enterprise 800s,
 *        notification 900s)
 * @param count shown beside the name when not null and above zero
 */
public record WorkspaceLink(int order, String messageKey, String href, Long count) {

	public static WorkspaceLink of(int order, String messageKey, String href) {
		return new WorkspaceLink(order, messageKey, href, null);
	}
}
