package org.innovoucher.content.web;

import java.time.Instant;

import org.innovoucher.content.Article;
import org.innovoucher.content.ArticleKind;
import org.innovoucher.content.ArticleWriting;
import org.innovoucher.content.Articles;
import org.innovoucher.content.Language;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.TextLimits;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Articles")
class ArticleController {

	private final ArticleWriting writing;
	private final Articles articles;

	ArticleController(ArticleWriting writing, Articles articles) {
		this.writing = writing;
		this.articles = articles;
	}

	record ArticleBody(@NotNull ArticleKind kind, @NotNull Language lang,
			@NotBlank @Size(max = TextLimits.NAME) String title, @NotBlank @Size(max = TextLimits.MARKDOWN) String body,
			@Size(max = TextLimits.ID) String programId, Boolean published) {

		Article.Text text() {
			return new Article.Text(kind, lang, title, body, programId == null || programId.isBlank() ? null : programId);
		}

		boolean isPublished() {
			return Boolean.TRUE.equals(published);
		}
	}

	/** An article with its Markdown and, for a page, the same as sanitised HTML. */
	record ArticleView(String id, ArticleKind kind, Language lang, String title, String body, String html,
			String programId, String regionCode, boolean published, Instant publishedAt, Instant updatedAt) {

		static ArticleView of(Article article, String html) {
			return new ArticleView(article.getId(), article.getKind(), article.getLang(), article.getTitle(),
					article.getBody(), html, article.getProgramId(), article.getRegionCode(), article.isPublished(),
					article.getPublishedAt(), article.getUpdatedAt());
		}

		static ArticleView of(Articles.Published published) {
			return of(published.article(), published.html());
		}

		static ArticleView of(Article article) {
			return of(article, Articles.html(article));
		}
	}

	@PostMapping("/articles")
	@ResponseStatus(HttpStatus.CREATED)
	ArticleView write(@Valid @RequestBody ArticleBody body) {
		return ArticleView.of(writing.write(body.text(), body.isPublished(), CurrentUser.require()));
	}

	@PutMapping("/articles/{id}")
	ArticleView revise(@PathVariable String id, @Valid @RequestBody ArticleBody body) {
		return ArticleView.of(writing.revise(id, body.text(), body.isPublished(), CurrentUser.require()));
	}

	/** The operator's own view: drafts too. */
	@GetMapping("/articles/{id}")
	ArticleView get(@PathVariable String id) {
		return ArticleView.of(writing.get(id, CurrentUser.require()));
	}

	private static final Sort LAST_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

	/** The operator's list, last changed first: drafts too, or only one status; the public's filters. */
	@GetMapping("/articles")
	PageResult<ArticleView> list(@RequestParam(required = false) Article.Status status,
			@RequestParam(required = false) ArticleKind kind, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String programId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageResult<Article> found = writing.list(new Articles.Filter(kind, language(lang), programId), status,
				CurrentUser.require(), PageResult.request(page, size, LAST_CHANGED_FIRST));
		return new PageResult<>(found.items().stream().map(ArticleView::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/public/articles")
	PageResult<ArticleView> published(@RequestParam(required = false) ArticleKind kind,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<Articles.Published> found = articles.published(
				new Articles.Filter(kind, language(lang), programId),
				PageResult.request(page, size, Articles.NEWEST_FIRST));
		return new PageResult<>(found.items().stream().map(ArticleView::of).toList(), found.page(), found.size(),
				found.total());
	}

	private static Language language(String tag) {
		try {
			return tag == null ? null : Language.of(tag);
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("lang", e.getMessage());
		}
	}

	@GetMapping("/public/articles/{id}")
	ArticleView publishedOne(@PathVariable String id) {
		return ArticleView.of(articles.get(id));
	}
}
