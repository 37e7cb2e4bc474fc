package org.innovoucher.identity;

import java.time.Instant;

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

	Tokens(Accounts accounts, JwtEncoder encoder, IdentityProperties properties) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public Token issue(String username, String password) {
		UserAccount user = accounts.findByUsername(username)
			.filter(UserAccount::isEnabled)
			.filter(u -> accounts.passwordMatches(u, password))
			.orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, "wrong username or password"));
		// tokens use real time: moving the business clock must not expire a session
		Instant now = Instant.now();
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer("innovoucher")
			.subject(user.getId())
			.issuedAt(now)
			.expiresAt(now.plus(properties.tokenLifetime()))
			.claim("username", user.getUsername())
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
