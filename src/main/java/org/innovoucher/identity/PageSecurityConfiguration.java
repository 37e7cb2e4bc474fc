package org.innovoucher.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import jakarta.servlet.DispatcherType;

/**
 * The pages' security, beside the bearer-token API ({@link SecurityConfiguration}, which takes the
 * API's addresses first): form login at /login into a server session, logout by POST, a CSRF token
 * on every form, a new session id at login, and a Content-Security-Policy that allows no inline
 * script or style. A session holds the same signed token the API would issue ({@link SessionLogin}),
 * so roles, region scoping and every service's checks work unchanged, and it is checked again on
 * each request ({@link SessionAccountCheck}): a disabled or changed account is signed out at once.
 * The session cookie is HttpOnly and SameSite=Lax (application.yml), and Secure behind TLS.
 */
@Configuration
class PageSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, Tokens tokens, JwtDecoder decoder) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/workspace", "/workspace/**").authenticated()
				.anyRequest().permitAll())
			.authenticationProvider(new SessionLogin(tokens, decoder))
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.defaultSuccessUrl("/workspace")
				.failureHandler(new SessionLogin.Refusal())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(denied -> denied.accessDeniedHandler(new RegistrationRestart()))
			.addFilterAfter(new SessionAccountCheck(decoder), SecurityContextHolderFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}
}
