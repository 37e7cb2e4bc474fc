package org.innovoucher.shared.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles as Boot reads them ({@code spring.messages}), but each message with arguments
 * formatted by a copy of its parsed pattern. Spring keeps one {@link MessageFormat} per message and
 * language and formats under its lock: a catalog page formats some forty (counts, prices) while other
 * pages format the same ones, and on two cores a holder the scheduler paused kept the others waiting
 * for a hundredth of a second.
 */
@Configuration
class MessageBundles {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	/** Named so: the application context looks its message source up by this name. */
	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource messages = new UnsharedFormats();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messages.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return messages;
	}

	/** Parses each pattern once, as Spring does, and formats with a copy of it: no lock shared. */
	private static final class UnsharedFormats extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return shared == null ? null : (MessageFormat) shared.clone();
		}
	}
}
