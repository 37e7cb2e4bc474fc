package org.innovoucher.shared;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code innovoucher.throttle.*}: how many attempts each kind of throttled request allows. Each kind
 * has one or more limits ({@code capacity} attempts, refilled evenly over {@code period}); all must
 * allow an attempt. A short limit and a long one make the backoff: after a burst the caller waits
 * a little, after many attempts much longer.
 */
@ConfigurationProperties("innovoucher.throttle")
public record ThrottleProperties(List<Limit> loginPerAccount, List<Limit> loginPerAddress,
		List<Limit> registrationsPerAddress, List<Limit> objectionsPerAddress, Integer maxKeys) {

	/** {@code capacity} attempts at once, refilled evenly over {@code period}. */
	public record Limit(long capacity, Duration period) {

		public Limit {
			if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("a throttle limit needs a capacity of 1 or more and a positive period");
			}
		}
	}

	public ThrottleProperties {
		// failed logins of one account: 5 at once, then one a minute; after 20, one every three minutes
		loginPerAccount = orDefault(loginPerAccount, new Limit(5, Duration.ofMinutes(5)), new Limit(20, Duration.ofHours(1)));
		// failed logins from one address, whatever the names tried
		loginPerAddress = orDefault(loginPerAddress, new Limit(20, Duration.ofMinutes(5)), new Limit(100, Duration.ofHours(1)));
		registrationsPerAddress = orDefault(registrationsPerAddress, new Limit(10, Duration.ofMinutes(10)),
				new Limit(50, Duration.ofDays(1)));
		objectionsPerAddress = orDefault(objectionsPerAddress, new Limit(5, Duration.ofMinutes(10)),
				new Limit(20, Duration.ofDays(1)));
		// the buckets kept per kind; the least recently used are forgotten beyond this
		maxKeys = maxKeys == null || maxKeys < 1 ? 100_000 : maxKeys;
	}

	private static List<Limit> orDefault(List<Limit> given, Limit... defaults) {
		return given == null || given.isEmpty() ? List.of(defaults) : List.copyOf(given);
	}
}
