package org.innovoucher.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ThrottleProperties;
import org.innovoucher.shared.ThrottleTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

@DisplayName("Tokens: bearer tokens carrying roles, region and party; expiring; tamper-evident")
class TokensUnitTest {

	static final SecretKey KEY = key("0123456789abcdef0123456789abcdef");
	static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

	final Map<String, UserAccount> users = new HashMap<>();

	static SecretKey key(String secret) {
		return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/** The accounts table, kept in a map: only the lookups the token issuer makes. */
	UserAccountRepository repository() {
		return (UserAccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { UserAccountRepository.class }, (proxy, method, args) -> switch (method.getName()) {
					case "findByUsername" -> Optional.ofNullable(users.get((String) args[0]));
					case "existsByUsername" -> users.containsKey((String) args[0]);
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	Accounts accounts() {
		return new Accounts(repository(), PASSWORDS, null, null, throttle());
	}

	static LoginThrottle throttle() {
		return new LoginThrottle(new ThrottleProperties(null, null, null, null, null), new ThrottleTime());
	}

	Tokens tokens(Duration lifetime) {
		return new Tokens(accounts(), new NimbusJwtEncoder(new ImmutableSecret<>(KEY)),
				new IdentityProperties("admin", null, "admin@innovoucher.local", null, lifetime),
				throttle());
	}

	static JwtDecoder decoder(SecretKey key) {
		return NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
	}

	UserAccount register(String username, String password, Set<Role> roles, String region, String enterpriseId) {
		UserAccount user = new UserAccount("id-" + username, username, PASSWORDS.encode(password), username + "@example.cn",
				roles, region, enterpriseId, null, Instant.parse("2026-01-01T00:00:00Z"));
		users.put(username, user);
		return user;
	}

	@Test
	void a_token_carries_the_subject_roles_region_and_party() {
		register("ty-reviewer", "s3cret-pass", EnumSet.of(Role.BUREAU_REVIEWER, Role.EXPERT), "140100", null);
		Tokens.Token token = tokens(Duration.ofHours(8)).issue("ty-reviewer", "s3cret-pass");
		assertThat(token.tokenType()).isEqualTo("Bearer");
		assertThat(token.expiresIn()).isEqualTo(8 * 3600);
		Jwt jwt = decoder(KEY).decode(token.accessToken());
		assertThat(jwt.getSubject()).isEqualTo("id-ty-reviewer");
		assertThat(jwt.getClaimAsString("username")).isEqualTo("ty-reviewer");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("BUREAU_REVIEWER", "EXPERT");
		assertThat(jwt.getClaimAsString("region")).isEqualTo("140100");
		assertThat(jwt.hasClaim("enterpriseId")).isFalse();
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("innovoucher");
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void an_enterprise_token_names_its_enterprise() {
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		Jwt jwt = decoder(KEY).decode(tokens(Duration.ofHours(1)).issue("acme", "s3cret-pass").accessToken());
		assertThat(jwt.getClaimAsString("enterpriseId")).isEqualTo("enterprise-1");
		assertThat(jwt.hasClaim("region")).isFalse();
	}

	@Test
	void a_wrong_password_an_unknown_user_or_a_disabled_account_get_no_token() {
		UserAccount disabled = register("gone", "s3cret-pass", EnumSet.of(Role.OPERATOR), "140000", null);
		disabled.disable();
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		Tokens tokens = tokens(Duration.ofHours(1));
		for (String[] attempt : new String[][] { { "acme", "wrong-pass" }, { "nobody", "s3cret-pass" },
				{ "gone", "wrong-pass" } }) {
			assertThatThrownBy(() -> tokens.issue(attempt[0], attempt[1])).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		}
		// the right password of a disabled account is told why (and only then, so it tells a guesser nothing)
		assertThatThrownBy(() -> tokens.issue("gone", "s3cret-pass")).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCOUNT_DISABLED));
	}

	@Test
	void an_unknown_name_costs_the_same_password_check_as_a_known_one() {
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		java.util.List<String> checkedAgainst = new java.util.ArrayList<>();
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return PASSWORDS.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String hash) {
				checkedAgainst.add(hash);
				return PASSWORDS.matches(raw, hash);
			}
		};
		Tokens tokens = new Tokens(new Accounts(repository(), counting, null, null, throttle()),
				new NimbusJwtEncoder(new ImmutableSecret<>(KEY)),
				new IdentityProperties("admin", null, "admin@innovoucher.local", null, Duration.ofHours(1)),
				throttle());
		assertThatThrownBy(() -> tokens.issue("acme", "wrong-pass")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> tokens.issue("nobody", "wrong-pass")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> tokens.issue("nobody-else", "wrong-pass")).isInstanceOf(DomainException.class);
		// one BCrypt check per attempt, known name or not; the unknown ones against a hash of the same cost
		assertThat(checkedAgainst).hasSize(3);
		assertThat(checkedAgainst.get(1)).startsWith("$2a$04$").isNotEqualTo(checkedAgainst.get(0))
			.isEqualTo(checkedAgainst.get(2));
		assertThat(checkedAgainst.get(0)).startsWith("$2a$04$");
	}

	@Test
	void after_five_failed_logins_even_the_right_password_waits() {
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		Tokens tokens = tokens(Duration.ofHours(1));
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> tokens.issue("acme", "wrong-pass", "192.0.2.1"))
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
		}
		assertThatThrownBy(() -> tokens.issue("ACME", "s3cret-pass", "198.51.100.7"))
			.isInstanceOfSatisfying(org.innovoucher.shared.TooManyRequestsException.class, e -> {
				assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
				assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
			});
	}

	@Test
	void an_expired_token_is_refused() {
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		String token = tokens(Duration.ofMinutes(5)).issue("acme", "s3cret-pass").accessToken();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(KEY).macAlgorithm(MacAlgorithm.HS256).build();
		// the verifier's clock ten minutes ahead, well beyond the default one minute of skew
		JwtTimestampValidator timestamps = new JwtTimestampValidator();
		timestamps.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
		decoder.setJwtValidator(timestamps);
		assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
		// the same token is accepted while it is valid
		assertThat(decoder(KEY).decode(token).getSubject()).isEqualTo("id-acme");
	}

	@Test
	void a_tampered_token_is_refused() {
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		String token = tokens(Duration.ofHours(1)).issue("acme", "s3cret-pass").accessToken();
		String[] parts = token.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = payload.replace("\"ENTERPRISE\"", "\"SYSTEM_ADMIN\"");
		assertThat(forged).isNotEqualTo(payload);
		String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
		assertThatThrownBy(() -> decoder(KEY).decode(tampered)).isInstanceOf(JwtException.class);
	}

	@Test
	void a_token_signed_with_another_key_is_refused() {
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		String token = tokens(Duration.ofHours(1)).issue("acme", "s3cret-pass").accessToken();
		assertThatThrownBy(() -> decoder(key("another-secret-another-secret-xx")).decode(token))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void account_input_is_validated_before_anything_is_stored() {
		Accounts accounts = accounts();
		assertInvalid(accounts, new Accounts.NewAccount("ab", "long-enough", "a@b.cn", Set.of(Role.ENTERPRISE), null, null, null), "username");
		assertInvalid(accounts, new Accounts.NewAccount("has space", "long-enough", "a@b.cn", Set.of(Role.ENTERPRISE), null, null, null), "username");
		assertInvalid(accounts, new Accounts.NewAccount("acme", "short", "a@b.cn", Set.of(Role.ENTERPRISE), null, null, null), "password");
		assertInvalid(accounts, new Accounts.NewAccount("acme", "long-enough", "not-an-email", Set.of(Role.ENTERPRISE), null, null, null), "email");
		assertInvalid(accounts, new Accounts.NewAccount("acme", "long-enough", "a@b.cn", Set.of(), null, null, null), "roles");
	}

	@Test
	void a_taken_username_is_refused() {
		register("acme", "s3cret-pass", EnumSet.of(Role.ENTERPRISE), null, "enterprise-1");
		assertThatThrownBy(() -> accounts().create(new Accounts.NewAccount("acme", "long-enough", "a@b.cn",
				Set.of(Role.ENTERPRISE), null, null, null))).isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.code()).isEqualTo(ErrorCode.USERNAME_TAKEN));
	}

	static void assertInvalid(Accounts accounts, Accounts.NewAccount account, String field) {
		assertThatThrownBy(() -> accounts.create(account)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
			assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly(field);
		});
	}
}
