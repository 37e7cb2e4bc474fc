package org.innovoucher.identity;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Stateless bearer-token security for the API: HS256 tokens we issue ourselves, problem+json for 401
 * and 403. The pages have their own chain with sessions ({@link PageSecurityConfiguration}).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	private final SecretKey key;

	SecurityConfiguration(IdentityProperties properties) {
		byte[] secret;
		if (properties.tokenSecret() == null || properties.tokenSecret().isBlank()) {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		else {
			// at least 32 characters, checked when the properties are bound (IdentityProperties)
			secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	/** A token's roles claim as the authorities ROLE_*: the same for a bearer token and a page session. */
	static JwtAuthenticationConverter authentications() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName("roles");
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

	/** The addresses of machines; everything else is a page ({@link PageSecurityConfiguration}). */
	static final String[] API_PATHS = { "/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/actuator/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
		JwtAuthenticationConverter converter = authentications();

		http.securityMatcher(API_PATHS)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/registrations/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/public/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/calendar/**", "/api/v1/clock",
						"/api/v1/institutions/**", "/api/v1/services/**", "/api/v1/programs", "/api/v1/programs/*",
						// every rule of a published program, and of each of its versions, is shown to applicants
						"/api/v1/programs/*/versions", "/api/v1/programs/*/versions/*",
						"/api/v1/public/**")
				.permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/api/**").authenticated()
				.anyRequest().permitAll())
			.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint((request, response, e) -> {
					if (CurrentAccountValidator.isDisabled(e)) {
						write(json, response, ErrorCode.ACCOUNT_DISABLED, "this account is disabled");
					}
					else {
						write(json, response, ErrorCode.UNAUTHENTICATED, "a valid bearer token is required");
					}
				}))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> write(json, response, ErrorCode.UNAUTHENTICATED,
						"a valid bearer token is required"))
				.accessDeniedHandler((request, response, e) -> write(json, response, ErrorCode.FORBIDDEN,
						"you are not allowed to do this")));
		return http.build();
	}

	private static void write(ObjectMapper json, HttpServletResponse response, ErrorCode code, String detail)
			throws java.io.IOException {
		response.setStatus(code.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Problems.of(code, detail));
	}

	/**
	 * No observation per security filter, authentication and authorization: each request would
	 * otherwise start and stop some fifteen (a twentieth of a catalog search's time) for traces we do
	 * not collect. The requests themselves are still measured ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	JwtEncoder jwtEncoder() {
		return new NimbusJwtEncoder(new ImmutableSecret<>(key));
	}

	/** Signature and lifetime, then the account: enabled, and the token's version still its own. */
	@Bean
	JwtDecoder jwtDecoder(Accounts accounts) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(),
				new CurrentAccountValidator(accounts)));
		return decoder;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}
}
