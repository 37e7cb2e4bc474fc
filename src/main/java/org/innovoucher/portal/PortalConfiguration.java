package org.innovoucher.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/** The pages' language, their static files and their error pages; the API under /api keeps its own answers. */
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

	/**
	 * Our own files under their folders and the front-end libraries under {@code /webjars}, without
	 * their versions in the address. Boot's default would also serve {@code /**} from the class path:
	 * every link a page writes would then be looked up there (four folders, each a jar lookup) before
	 * it is written, a tenth of a catalog page's time.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : new String[] { "css", "js" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
	}

	@Bean
	PageExceptionResolver pageExceptionResolver(ActingFor actingFor) {
		return new PageExceptionResolver(actingFor);
	}
}
