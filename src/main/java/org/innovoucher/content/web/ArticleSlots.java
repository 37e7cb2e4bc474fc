package org.innovoucher.content.web;

import org.innovoucher.content.ArticleKind;
import org.innovoucher.content.Articles;
import org.innovoucher.policy.Program;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fills the articles slots of pages other modules own: the home page's latest articles and success
 * cases, a program page's articles. Their controllers cannot ask us (this module reads programs, so
 * policy calling content would be a cycle); they leave {@code articles} to whoever fills it, and this
 * adds it to their model by view name, after their controller ran and before the view renders.
 */
@Configuration
class ArticleSlots implements WebMvcConfigurer, HandlerInterceptor {

	static final String HOME = "reporting/home";
	static final String PROGRAM = "policy/program";
	static final int ON_HOME = 5;
	static final int CASES_ON_HOME = 3;
	static final int ON_PROGRAM = 10;

	private final Articles articles;

	ArticleSlots(Articles articles) {
		this.articles = articles;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/", "/programs/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null) {
			return;
		}
		if (HOME.equals(page.getViewName())) {
			page.addObject("articles", ArticlePages.of(articles, null, null, ON_HOME));
			page.addObject("successCases", ArticlePages.of(articles, ArticleKind.SUCCESS_CASE, null, CASES_ON_HOME));
		}
		else if (PROGRAM.equals(page.getViewName()) && page.getModel().get("program") instanceof Program program) {
			page.addObject("articles", ArticlePages.of(articles, null, program.getId(), ON_PROGRAM));
		}
	}
}
