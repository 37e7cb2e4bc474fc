package org.innovoucher.identity;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A token is good only while its account is enabled and has not been changed since it was issued
 * (the token's {@value #CLAIM} claim equals the account's token version): a disabled account, new
 * roles or region, or a new password end every earlier session at once. Checked on each request.
 */
class CurrentAccountValidator implements OAuth2TokenValidator<Jwt> {

	static final String CLAIM = "tv";
	private static final String DISABLED = "account_disabled";

	private final Accounts accounts;

	CurrentAccountValidator(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		String id = token.getSubject();
		long version = token.getClaim(CLAIM) instanceof Number n ? n.longValue() : -1;
		if (id != null && accounts.acceptsToken(id, version)) {
			return OAuth2TokenValidatorResult.success();
		}
		if (id != null && accounts.isDisabled(id)) {
			return OAuth2TokenValidatorResult.failure(new OAuth2Error(DISABLED, "the account is disabled", null));
		}
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the token was revoked", null));
	}

	/** Whether authentication failed because the token's account is disabled. */
	static boolean isDisabled(AuthenticationException e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof JwtValidationException invalid
					&& invalid.getErrors().stream().anyMatch(err -> DISABLED.equals(err.getErrorCode()))) {
				return true;
			}
		}
		return false;
	}
}
