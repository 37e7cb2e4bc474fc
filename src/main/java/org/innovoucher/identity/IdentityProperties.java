package org.innovoucher.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovoucher.identity.*}: the bootstrap administrator and the token settings. A missing
 * token secret is generated at start-up (tokens then die with the process).
 */
@ConfigurationProperties("innovoucher.identity")
public record IdentityProperties(@DefaultValue("admin") String adminUsername, String adminPassword,
		@DefaultValue("admin@innovoucher.local") String adminEmail, String tokenSecret,
		@DefaultValue("PT8H") Duration tokenLifetime) {
}
