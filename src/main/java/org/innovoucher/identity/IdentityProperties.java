package org.innovoucher.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovoucher.identity.*}: the bootstrap administrator and the token settings. A missing
 * token secret is generated at start-up (tokens then die with the process); a given one must have
 * at least {@link #MIN_SECRET_LENGTH} characters, or the application does not start.
 */
@ConfigurationProperties("innovoucher.identity")
public record IdentityProperties(@DefaultValue("admin") String adminUsername, String adminPassword,
		@DefaultValue("admin@innovoucher.local") String adminEmail, String tokenSecret,
		@DefaultValue("PT8H") Duration tokenLifetime) {

	/** HS256 needs a key of 256 bits; a short secret is guessable offline from any token. */
	public static final int MIN_SECRET_LENGTH = 32;

	public IdentityProperties {
		if (tokenSecret != null && !tokenSecret.isBlank() && tokenSecret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalArgumentException("innovoucher.identity.token-secret (INNOVOUCHER_TOKEN_SECRET) has "
					+ tokenSecret.length() + " characters; it needs at least " + MIN_SECRET_LENGTH
					+ " (or leave it unset to generate one at start-up)");
		}
	}
}
