package org.innovoucher.identity;

import java.util.Locale;

import org.innovoucher.shared.Throttle;
import org.innovoucher.shared.ThrottleProperties;
import org.innovoucher.shared.ThrottleTime;
import org.springframework.stereotype.Component;

/**
 * Failed logins, counted per account name (known or not: the answer must not tell which names
 * exist) and per client address. Past either limit every login is refused with 429 and a
 * {@code Retry-After} until the bucket has refilled; an account is never locked for good.
 */
@Component
class LoginThrottle {

	private final Throttle perAccount;
	private final Throttle perAddress;

	LoginThrottle(ThrottleProperties properties, ThrottleTime time) {
		this.perAccount = new Throttle("failed logins for this account", properties.loginPerAccount(), time,
				properties.maxKeys());
		this.perAddress = new Throttle("failed logins from this address", properties.loginPerAddress(), time,
				properties.maxKeys());
	}

	void check(String username, String address) {
		perAccount.check(key(username));
		perAddress.check(address);
	}

	void failed(String username, String address) {
		perAccount.record(key(username));
		perAddress.record(address);
	}

	private static String key(String username) {
		return username == null ? null : username.toLowerCase(Locale.ROOT);
	}
}
