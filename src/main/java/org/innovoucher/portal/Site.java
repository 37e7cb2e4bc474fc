package org.innovoucher.portal;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** What the layout shows around every page ({@code ${@site...}}): the demo banner and the language switch. */
@Component("site")
public class Site {

	private final boolean demo;
	private final ActingFor actingFor;

	Site(Environment environment, ActingFor actingFor) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
		this.actingFor = actingFor;
	}

	/** The enterprise an agency acts for in this session, shown on every page; null otherwise. */
	public ActingFor.Chosen actingFor() {
		return actingFor.chosen().orElse(null);
	}

	/** The demo profile is on: the data are made up and the accounts are listed on the login page. */
	public boolean demo() {
		return demo;
	}

	/** The signed-in person's username, or null. */
	public String username() {
		return org.innovoucher.shared.CurrentUser.current().map(org.innovoucher.shared.CurrentUser::username).orElse(null);
	}

	/** The address of this page when it is one of the signed-in workspace's (the layout shows its menu), else null. */
	public String workspacePath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| attributes.getRequest().getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/workspace") || path.startsWith("/workspace/") ? path : null;
	}

	/** The page's language tag for {@code <html lang>}: zh-CN or en. */
	public String language() {
		return PageLanguage.tag(LocaleContextHolder.getLocale());
	}

	/** This page in another language: the same address and query with {@code lang} set. */
	public String languageUrl(String tag) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + tag;
		}
		HttpServletRequest request = attributes.getRequest();
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed != null) {
			// an error page: the address that failed, which the browser shows
			return failed + "?lang=" + tag;
		}
		// the path as sent (with the context path), never scheme and host: every page writes two of these
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam(PageLanguage.PARAMETER, tag)
			.build()
			.toUriString();
	}

	/** Whether the page is in this language (the switch marks the current one). */
	public boolean isLanguage(String tag) {
		return language().equals(tag);
	}

	public static boolean isChinese(Locale locale) {
		return "zh".equals(locale.getLanguage());
	}
}
