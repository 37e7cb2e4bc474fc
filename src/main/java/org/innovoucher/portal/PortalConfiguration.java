package org.innovoucher.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** The pages' language and their error pages; the API under /api keeps its own answers. */
@Configuration
class PortalConfiguration implements WebMvcConfigurer {

	private final CookieLocaleResolver locales = PageLanguage.resolver();

	/** Named so: the DispatcherServlet looks the resolver up by this name. */
	@Bean
	LocaleResolver localeResolver() {
		return locales;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageLanguage(locales)).excludePathPatterns(PageExceptionResolver.API_PATHS);
	}

	@Bean
	PageExceptionResolver pageExceptionResolver(ActingFor actingFor) {
		return new PageExceptionResolver(actingFor);
	}
}
