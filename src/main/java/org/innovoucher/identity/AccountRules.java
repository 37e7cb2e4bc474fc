package org.innovoucher.identity;

import java.util.Set;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.TextLimits;

/** What an account's username, password, email and region must be, wherever they are set. */
final class AccountRules {

	private static final String USERNAME = "[A-Za-z0-9._@-]{" + TextLimits.USERNAME_MIN + "," + TextLimits.USERNAME + "}";
	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private AccountRules() {
	}

	static void requireUsername(String username) {
		if (username == null || !username.matches(USERNAME)) {
			throw DomainException.invalid("username",
					TextLimits.USERNAME_MIN + " to " + TextLimits.USERNAME + " letters, digits or . _ @ -");
		}
	}

	static void requirePassword(String field, String password) {
		if (password == null || password.length() < TextLimits.PASSWORD_MIN || password.length() > TextLimits.PASSWORD) {
			throw DomainException.invalid(field, TextLimits.PASSWORD_MIN + " to " + TextLimits.PASSWORD + " characters");
		}
	}

	static void requireEmail(String email) {
		if (email == null || !email.matches(EMAIL) || email.length() > TextLimits.EMAIL) {
			throw DomainException.invalid("email", "a valid email address");
		}
	}

	/** Staff always name their region: none becomes national by omission. */
	static void requireRegion(Set<Role> roles, String regionCode, Regions regions) {
		if (regionCode == null && roles.stream().anyMatch(Role::isStaff)) {
			throw DomainException.invalid("regionCode",
					"staff accounts name their region: a province, a city, or " + Regions.COUNTRY + " for the whole country");
		}
		if (regionCode != null && !regions.isAccountRegion(regionCode)) {
			throw DomainException.invalid("regionCode", "unknown region code " + regionCode);
		}
	}
}
