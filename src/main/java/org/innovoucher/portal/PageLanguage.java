package org.innovoucher.portal;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page's language: Chinese unless the browser asks for English first; {@code ?lang=en} or
 * {@code ?lang=zh-CN} switches and is remembered in a cookie. Only the two languages of the bundles.
 */
final class PageLanguage implements HandlerInterceptor {

	static final String PARAMETER = "lang";
	static final String COOKIE = "lang";

	private final CookieLocaleResolver resolver;

	PageLanguage(CookieLocaleResolver resolver) {
		this.resolver = resolver;
	}

	static CookieLocaleResolver resolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite(ResponseCookie.from("x").sameSite("Lax").build().getSameSite());
		resolver.setRejectInvalidCookies(true);
		resolver.setDefaultLocaleFunction(PageLanguage::fromBrowser);
		return resolver;
	}

	/** The first of the browser's languages we have, or Chinese. */
	static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") != null) {
			for (Locale asked : Collections.list(request.getLocales())) {
				Locale supported = supported(asked.toLanguageTag());
				if (supported != null) {
					return supported;
				}
			}
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	/** zh, zh-CN, zh-Hans… are Chinese; en, en-GB… English; anything else none. */
	static Locale supported(String tag) {
		if (tag == null) {
			return null;
		}
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return switch (language) {
			case "zh" -> Locale.SIMPLIFIED_CHINESE;
			case "en" -> Locale.ENGLISH;
			default -> null;
		};
	}

	static String tag(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		take(request, response, resolver);
		return true;
	}

	/** Switches to the language the request asks for with {@code ?lang=}, if it asks for one we have. */
	static void take(HttpServletRequest request, HttpServletResponse response, LocaleResolver locales) {
		Locale asked = supported(request.getParameter(PARAMETER));
		if (asked != null && locales != null) {
			locales.setLocale(request, response, asked);
		}
	}
}
