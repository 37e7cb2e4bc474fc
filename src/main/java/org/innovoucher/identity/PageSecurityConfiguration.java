package org.innovoucher.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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

	/**
	 * The one kind of answer a page of this site may frame: a claim's evidence file, which the
	 * reviewer's file page shows inline (a PDF in a frame). Every other answer may be framed by no one.
	 */
	static final String FRAMEABLE = "/workspace/review/claims/*/files/*";

	static final String FRAMEABLE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

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
				.frameOptions(frames -> frames.disable())
				.addHeaderWriter(onlyFor(true, new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
				.addHeaderWriter(onlyFor(false, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
				.addHeaderWriter(onlyFor(true, new ContentSecurityPolicyHeaderWriter(FRAMEABLE_POLICY)))
				.addHeaderWriter(onlyFor(false, new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/** {@code writer} for the answers that may be framed ({@link #FRAMEABLE}), or for all the others. */
	private static HeaderWriter onlyFor(boolean frameable, HeaderWriter writer) {
		RequestMatcher evidence = PathPatternRequestMatcher.withDefaults().matcher(FRAMEABLE);
		return new DelegatingRequestMatcherHeaderWriter(frameable ? evidence : new NegatedRequestMatcher(evidence), writer);
	}
}
