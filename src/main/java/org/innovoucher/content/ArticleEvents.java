package org.innovoucher.content;

import org.innovoucher.audit.AuditedEvent;

/** What happens to portal articles; each is a line of the audit trail. */
public final class ArticleEvents {

	static final String ARTICLE = "ARTICLE";

	private ArticleEvents() {
	}

	/** A change of an article; the entity is always the article. */
	interface ArticleEvent extends AuditedEvent {

		String articleId();

		default String entityType() {
			return ARTICLE;
		}

		default String entityId() {
			return articleId();
		}
	}

	public record ArticleWritten(String articleId, Article.Status status, ArticleKind kind, Language lang,
			String title) implements ArticleEvent {

		public String action() {
			return "ARTICLE_WRITTEN";
		}

		public String from() {
			return null;
		}

		public String to() {
			return status.name();
		}

		public String reason() {
			return kind + " " + lang + ": " + title;
		}
	}

	/** New text, the article staying as public or as hidden as it was. */
	public record ArticleRevised(String articleId, Article.Status status, String title) implements ArticleEvent {

		public String action() {
			return "ARTICLE_REVISED";
		}

		public String from() {
			return status.name();
		}

		public String to() {
			return status.name();
		}

		public String reason() {
			return title;
		}
	}

	/** Put before the public ({@code PUBLISHED}) or taken back ({@code DRAFT}), the text perhaps revised with it. */
	public record ArticlePublicationChanged(String articleId, Article.Status before, Article.Status after,
			boolean revised) implements ArticleEvent {

		public String action() {
			return after == Article.Status.PUBLISHED ? "ARTICLE_PUBLISHED" : "ARTICLE_UNPUBLISHED";
		}

		public String from() {
			return before.name();
		}

		public String to() {
			return after.name();
		}

		public String reason() {
			return revised ? "text revised" : null;
		}
	}
}
