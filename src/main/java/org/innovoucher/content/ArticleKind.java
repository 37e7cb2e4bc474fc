package org.innovoucher.content;

/** What an article is, as the portal groups them. */
public enum ArticleKind {
	POLICY_INTERPRETATION, FAQ, GUIDE, SUCCESS_CASE
}
