package org.innovoucher.identity;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Each page request checks the session's token as the API checks a bearer token, through the same
 * decoder (signature, lifetime, {@link CurrentAccountValidator}): a disabled account, new roles, a
 * new region or password, or an expired token end the session, and the request goes on signed out.
 */
class SessionAccountCheck extends OncePerRequestFilter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SessionAccountCheck.class);

	private final JwtDecoder decoder;

	SessionAccountCheck(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof SessionAuthentication session) {
			try {
				decoder.decode(session.getPrincipal().getTokenValue());
			}
			catch (JwtException ended) {
				log.info("page session of account {} ended: {}", session.getName(), ended.getMessage());
				SecurityContextHolder.clearContext();
				HttpSession old = request.getSession(false);
				if (old != null) {
					old.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}
}
