package org.innovoucher.identity;

import java.time.Instant;
import java.util.Optional;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Role;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exchanges a username and password for a bearer token carrying the roles and the party. */
@Service
public class Tokens {

	public record Token(String accessToken, String tokenType, long expiresIn) {
	}

	private final Accounts accounts;
	private final JwtEncoder encoder;
	private final IdentityProperties properties;
	private final LoginThrottle throttle;

	Tokens(Accounts accounts, JwtEncoder encoder, IdentityProperties properties, LoginThrottle throttle) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
		this.throttle = throttle;
	}

	public Token issue(String username, String password) {
		return issue(username, password, null);
	}

	/**
	 * A token for the right password. Failed attempts are counted per account and per client address;
	 * past their limits every attempt, the right password included, is refused until the wait is
	 * over. A disabled account with the right password is told so ({@code ACCOUNT_DISABLED}).
	 */
	@Transactional(readOnly = true)
	public Token issue(String username, String password, String clientAddress) {
		throttle.check(username, clientAddress);
		Optional<UserAccount> found = accounts.findByUsername(username);
		// an unknown name costs the same password check as a known one: the time taken does not tell
		// which names exist
		boolean matches = found.isPresent() ? accounts.passwordMatches(found.get(), password)
				: accounts.matchesNoAccount(password);
		if (!matches) {
			throttle.failed(username, clientAddress);
			throw new DomainException(ErrorCode.UNAUTHENTICATED, "wrong username or password");
		}
		UserAccount user = found.get();
		if (!user.isEnabled()) {
			throw new DomainException(ErrorCode.ACCOUNT_DISABLED, "this account is disabled; ask an administrator");
		}
		// tokens use real time: moving the business clock must not expire a session
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("innovoucher")
			.subject(user.getId())
			.issuedAt(now)
			.expiresAt(now.plus(properties.tokenLifetime()))
			.claim("username", user.getUsername())
			.claim(CurrentAccountValidator.CLAIM, user.getTokenVersion())
			.claim("roles", user.getRoles().stream().map(Role::name).sorted().toList());
		if (user.getRegionCode() != null) {
			claims.claim("region", user.getRegionCode());
		}
		if (user.getEnterpriseId() != null) {
			claims.claim("enterpriseId", user.getEnterpriseId());
		}
		if (user.getInstitutionId() != null) {
			claims.claim("institutionId", user.getInstitutionId());
		}
		String token = encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
		return new Token(token, "Bearer", properties.tokenLifetime().toSeconds());
	}

}
