package org.innovoucher.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A page session's authentication: the token the API would issue, as its principal, with the same
 * authorities. Not a {@code JwtAuthenticationToken}, which is marked transient and so would never
 * be kept in the session; {@code CurrentUser} reads the token's claims from either.
 */
final class SessionAuthentication extends AbstractAuthenticationToken {

	private final Jwt token;

	SessionAuthentication(Jwt token) {
		super(SecurityConfiguration.authentications().convert(token).getAuthorities());
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		// the token is the principal; nothing else to hide or keep
		return "";
	}

	@Override
	public Jwt getPrincipal() {
		return token;
	}

	@Override
	public String getName() {
		return token.getSubject();
	}
}
