package org.innovoucher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

@DisplayName("The token secret: at least 32 characters, or the application does not start")
class TokenSecretUnitTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IdentityProperties.class)
	static class Identity {
	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Identity.class);

	@Test
	void a_five_character_secret_stops_the_start_with_a_clear_message() {
		context.withPropertyValues("innovoucher.identity.token-secret=abcde").run(started -> {
			assertThat(started).hasFailed();
			assertThat(started.getStartupFailure()).rootCause()
				.hasMessageContaining("innovoucher.identity.token-secret")
				.hasMessageContaining("at least 32");
		});
	}

	@Test
	void thirty_one_characters_are_not_enough_and_thirty_two_are() {
		context.withPropertyValues("innovoucher.identity.token-secret=" + "x".repeat(31))
			.run(started -> assertThat(started).hasFailed());
		context.withPropertyValues("innovoucher.identity.token-secret=" + "x".repeat(32)).run(started -> {
			assertThat(started).hasNotFailed();
			assertThat(started.getBean(IdentityProperties.class).tokenSecret()).hasSize(32);
		});
	}

	@Test
	void no_secret_at_all_starts_with_a_generated_one() {
		context.withPropertyValues("innovoucher.identity.token-secret=").run(started -> assertThat(started).hasNotFailed());
	}
}
