package org.innovoucher.shared.web;

import java.io.IOException;

import org.innovoucher.shared.Throttle;
import org.innovoucher.shared.ThrottleProperties;
import org.innovoucher.shared.ThrottleTime;
import org.innovoucher.shared.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What anyone may do without an account is throttled per client address: registrations and public
 * objections. Every attempt counts, whatever its outcome; past the limit the answer is 429
 * {@code TOO_MANY_REQUESTS} with {@code Retry-After}. The address is the connection's: a header a
 * client sets is not trusted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ThrottleFilter extends OncePerRequestFilter {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final ObjectMapper json;
	private final Throttle registrations;
	private final Throttle objections;

	ThrottleFilter(ObjectMapper json, ThrottleProperties properties, ThrottleTime time) {
		this.json = json;
		this.registrations = new Throttle("registrations from this address", properties.registrationsPerAddress(), time,
				properties.maxKeys());
		this.objections = new Throttle("objections from this address", properties.objectionsPerAddress(), time,
				properties.maxKeys());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return throttleOf(request) == null;
	}

	/** The attempt to count: registrations or objections. */
	private java.util.function.Consumer<String> throttleOf(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI();
		// the registration forms share the API's allowance, so a form is no way around its limit
		if (PATHS.match("/api/v1/registrations/**", path) || PATHS.match("/register/enterprise", path)
				|| PATHS.match("/register/institution", path) || PATHS.match("/register/team/check", path)) {
			return registrations::consume;
		}
		// the objection form of the notice page shares the API's allowance: one address, one budget
		if (PATHS.match("/api/v1/public/notices/*/objections", path) || PATHS.match("/notices/*/objections", path)) {
			return objections::consume;
		}
		return null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			throttleOf(request).accept(request.getRemoteAddr());
		}
		catch (TooManyRequestsException e) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
			if (!request.getRequestURI().startsWith("/api/")) {
				// a page: its form shows the refusal in the page's language (PageErrors.throttled), with the 429
				request.setAttribute(TooManyRequestsException.PAGE_REFUSAL, e);
				chain.doFilter(request, response);
				return;
			}
			response.setStatus(e.code().status().value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), Problems.of(e.code(), e.getMessage()));
			return;
		}
		chain.doFilter(request, response);
	}
}
