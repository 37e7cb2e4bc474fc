package org.innovoucher.content.web;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.content.ArticleKind;
import org.innovoucher.content.Articles;
import org.innovoucher.content.Language;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.Site;
import org.innovoucher.shared.ProgramId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public's articles: one article, the guides (with the policy interpretations) and the FAQ. Lists
 * follow the page's language, as a reader switching to English expects English articles.
 */
@Controller
class ArticlePages {

	/** More than a portal ever has of one kind in one language: the lists are not paged. */
	static final int LISTED = 100;

	private final Articles articles;
	private final Programs programs;

	ArticlePages(Articles articles, Programs programs) {
		this.articles = articles;
		this.programs = programs;
	}

	/** The page's language as an article's: Chinese unless the page is in English. */
	static Language pageLanguage() {
		return Site.isChinese(LocaleContextHolder.getLocale()) ? Language.ZH_CN : Language.EN;
	}

	static List<Articles.Published> of(Articles articles, ArticleKind kind, String programId, int count) {
		return articles
			.published(new Articles.Filter(kind, pageLanguage(), programId), PageRequest.of(0, count, Articles.NEWEST_FIRST))
			.items();
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable String id, Model model) {
		Articles.Published published = articles.get(id);
		model.addAttribute("article", published.article());
		model.addAttribute("html", published.html());
		String programId = published.article().getProgramId();
		model.addAttribute("program", programId == null ? null : programs.getVisible(ProgramId.of(programId), null));
		return "content/article";
	}

	@GetMapping("/guides")
	String guides(Model model) {
		model.addAttribute("guides", of(articles, ArticleKind.GUIDE, null, LISTED));
		model.addAttribute("interpretations", of(articles, ArticleKind.POLICY_INTERPRETATION, null, LISTED));
		model.addAttribute("cases", of(articles, ArticleKind.SUCCESS_CASE, null, LISTED));
		return "content/guides";
	}

	@GetMapping("/faq")
	String faq(Model model) {
		model.addAttribute("questions", new ArrayList<>(of(articles, ArticleKind.FAQ, null, LISTED)));
		return "content/faq";
	}
}
