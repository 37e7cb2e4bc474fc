package org.innovoucher.identity;

import java.io.IOException;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.TooManyRequestsException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page login is the API's login: {@link Tokens#issue} checks the password, the throttle and
 * whether the account is enabled, and the session keeps the token it issues, decoded as the API
 * decodes a bearer token. So {@code CurrentUser.current()} reads the same claims for both.
 */
class SessionLogin implements AuthenticationProvider {

	/** Flash attributes the login page shows after a refusal. */
	static final String ERROR = "loginError";
	static final String USERNAME = "username";
	static final String RETRY_MINUTES = "retryMinutes";

	private final Tokens tokens;
	private final JwtDecoder decoder;

	SessionLogin(Tokens tokens, JwtDecoder decoder) {
		this.tokens = tokens;
		this.decoder = decoder;
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		String username = login.getName();
		String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
		try {
			Tokens.Token token = tokens.issue(username, password, address);
			return new SessionAuthentication(decoder.decode(token.accessToken()));
		}
		catch (DomainException e) {
			throw new Refused(e);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The API's refusal, carried through Spring Security to the login page. */
	static final class Refused extends AuthenticationException {

		private final transient DomainException reason;

		Refused(DomainException reason) {
			super(reason.getMessage(), reason);
			this.reason = reason;
		}
	}

	/** Back to the login page with why (wrong password, disabled, too many attempts) and the name typed. */
	static final class Refusal implements AuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			DomainException reason = exception instanceof Refused refused ? refused.reason
					: new DomainException(ErrorCode.UNAUTHENTICATED, "wrong username or password");
			FlashMap flash = new FlashMap();
			flash.put(ERROR, reason.code().name());
			String username = request.getParameter("username");
			if (username != null && username.length() <= org.innovoucher.shared.TextLimits.USERNAME) {
				flash.put(USERNAME, username);
			}
			if (reason instanceof TooManyRequestsException throttled) {
				flash.put(RETRY_MINUTES, Math.max(1, (throttled.retryAfterSeconds() + 59) / 60));
			}
			flash.setTargetRequestPath(request.getContextPath() + "/login");
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
			response.sendRedirect(request.getContextPath() + "/login?error");
		}
	}
}
