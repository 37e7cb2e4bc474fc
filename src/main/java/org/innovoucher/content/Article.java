package org.innovoucher.content;

import java.time.Instant;

import org.innovoucher.shared.AggregateRoot;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A portal article in one language. The public sees it while it is published; the region is the
 * program's where it belongs to one, else its author's, and decides which operators may revise it.
 */
@Entity
public class Article extends AggregateRoot<Article> {

	public enum Status {
		DRAFT, PUBLISHED
	}

	/** What an operator writes; the same on writing and on revising. */
	public record Text(ArticleKind kind, Language lang, String title, String body, String programId) {
	}

	@Id
	private String id;
	@Enumerated(EnumType.STRING)
	private ArticleKind kind;
	@Enumerated(EnumType.STRING)
	private Language lang;
	private String title;
	private String body;
	private String programId;
	private String regionCode;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant createdAt;
	private Instant updatedAt;
	private Instant publishedAt;
	@Version
	private long version;

	protected Article() {
	}

	private Article(String id, String regionCode, Instant now) {
		this.id = id;
		this.regionCode = regionCode;
		this.status = Status.DRAFT;
		this.createdAt = now;
	}

	/** A new article, published at once or kept as a draft. */
	static Article write(String id, Text text, String regionCode, boolean published, Instant now) {
		Article article = new Article(id, regionCode, now);
		article.take(text, regionCode, now);
		if (published) {
			article.status = Status.PUBLISHED;
			article.publishedAt = now;
		}
		article.raise(new ArticleEvents.ArticleWritten(id, article.status, text.kind(), text.lang(), text.title()));
		return article;
	}

	/**
	 * New text and, where {@code published} differs, a publication or its withdrawal: one operation,
	 * so one event, the move where there is one (its reason says whether the text changed too).
	 */
	void revise(Text text, String newRegionCode, boolean published, Instant now) {
		boolean changed = !new Text(kind, lang, title, body, programId).equals(text);
		take(text, newRegionCode, now);
		if (published != isPublished()) {
			Status before = status;
			status = published ? Status.PUBLISHED : Status.DRAFT;
			if (published) {
				publishedAt = now;
			}
			raise(new ArticleEvents.ArticlePublicationChanged(id, before, status, changed));
		}
		else {
			raise(new ArticleEvents.ArticleRevised(id, status, title));
		}
	}

	private void take(Text text, String newRegionCode, Instant now) {
		this.kind = text.kind();
		this.lang = text.lang();
		this.title = text.title();
		this.body = text.body();
		this.programId = text.programId();
		this.regionCode = newRegionCode;
		this.updatedAt = now;
	}

	public boolean isPublished() {
		return status == Status.PUBLISHED;
	}

	public String getId() {
		return id;
	}

	public ArticleKind getKind() {
		return kind;
	}

	public Language getLang() {
		return lang;
	}

	public String getTitle() {
		return title;
	}

	/** The Markdown as written; {@link Articles#html} gives it sanitised for a page. */
	public String getBody() {
		return body;
	}

	public String getProgramId() {
		return programId;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** When it was last put before the public; null while it never was. */
	public Instant getPublishedAt() {
		return publishedAt;
	}
}
