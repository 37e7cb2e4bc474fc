package org.innovoucher.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.Predicate;

/**
 * The content module's API for readers: published articles, newest first, with their Markdown
 * rendered to sanitised HTML. Pages (home, program pages) and the public API read through here.
 */
@Service
public class Articles {

	/** An article as readers get it: the Markdown and the HTML a page may show as it is. */
	public record Published(Article article, String html) {
	}

	/** What to list; each null criterion lets every article through. */
	public record Filter(ArticleKind kind, Language lang, String programId) {
	}

	public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	private final ArticleRepository articles;

	Articles(ArticleRepository articles) {
		this.articles = articles;
	}

	@Transactional(readOnly = true)
	public PageResult<Published> published(Filter filter, Pageable paging) {
		return PageResult.of(articles.findAll(matching(filter, Article.Status.PUBLISHED, null), paging), Articles::rendered);
	}

	/** The newest published articles in a language, of one program or of all: what a home page shows. */
	@Transactional(readOnly = true)
	public List<Published> latest(Language lang, String programId, int count) {
		return published(new Filter(null, lang, programId), PageRequest.of(0, count, NEWEST_FIRST)).items();
	}

	/** A published article; a draft is not there for the public. */
	@Transactional(readOnly = true)
	public Published get(String id) {
		return articles.findById(id)
			.filter(Article::isPublished)
			.map(Articles::rendered)
			.orElseThrow(() -> DomainException.notFound("article", id));
	}

	/** The article's Markdown as HTML without script, event handlers or javascript: links. */
	public static String html(Article article) {
		return MarkdownHtml.render(article.getBody());
	}

	/**
	 * Markdown not yet saved as the public page would show it, through the same sanitiser: the
	 * editor's preview.
	 */
	public static String preview(String markdown) {
		return markdown == null ? "" : MarkdownHtml.render(markdown);
	}

	private static Published rendered(Article article) {
		return new Published(article, html(article));
	}

	/** Articles that meet the filter, in {@code status} where given and within {@code regionCodes} where given. */
	static Specification<Article> matching(Filter filter, Article.Status status, Collection<String> regionCodes) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			if (regionCodes != null) {
				where.add(root.get("regionCode").in(regionCodes));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.lang() != null) {
				where.add(cb.equal(root.get("lang"), filter.lang()));
			}
			if (filter.programId() != null) {
				where.add(cb.equal(root.get("programId"), filter.programId()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
