package org.innovoucher.identity;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.MissingCsrfTokenException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page of a registration sent after its session ended (an hour without a click): the answers went
 * with the session, and so did the CSRF token the form carries, so the post is refused. Instead of
 * the 403 page, which would blame the person's account, the registration starts again at its first
 * page, which says why. Every other refusal is answered as before.
 */
class RegistrationRestart implements AccessDeniedHandler {

	private static final String[] REGISTRATIONS = { "/register/enterprise", "/register/institution", "/register/team" };

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof MissingCsrfTokenException) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			for (String registration : REGISTRATIONS) {
				if (path.equals(registration) || path.startsWith(registration + "/")) {
					response.sendRedirect(request.getContextPath() + registration + "?restart");
					return;
				}
			}
		}
		otherwise.handle(request, response, denied);
	}
}
