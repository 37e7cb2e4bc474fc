package org.innovoucher.portal;

import java.util.Map;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.NotDelegated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a page shows when something goes wrong: our own 403, 404 and 500 pages in the page's
 * language, never a stack trace, a whitelabel page or a problem+json body. Runs before the API's
 * handlers and leaves requests under {@link #API_PATHS} to them (they answer problem+json).
 * Forms catch their own input errors ({@link PageErrors}); what reaches here is a page that cannot
 * be shown at all. An agency that has not chosen an enterprise, or whose chosen enterprise stopped
 * the delegation, is sent to choose one, with the reason, not shown an error page.
 */
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionResolver.class);

	/** Addresses of machines, not people: the API, its description, the health probe. */
	static final String[] API_PATHS = { "/api/**", "/v3/api-docs/**", "/actuator/**" };

	private final ActingFor actingFor;

	PageExceptionResolver(ActingFor actingFor) {
		this.actingFor = actingFor;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs")
				|| path.startsWith("/actuator/");
	}

	@Override
	public int getOrder() {
		// before the handlers of the API (the composite at order 0), after Boot's error attributes
		return -1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception e) {
		if (isApi(request)) {
			return null;
		}
		if (e instanceof ActingFor.NotChosen) {
			FlashMap told = RequestContextUtils.getOutputFlashMap(request);
			told.put(ActingFor.FIRST, true);
			if ("GET".equals(request.getMethod())) {
				told.put(ActingFor.NEXT, request.getRequestURI()
						+ (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
			}
			return new ModelAndView("redirect:" + ActingFor.CHOOSE_PAGE);
		}
		if (e instanceof NotDelegated refused) {
			// the enterprise the agency chose has stopped the delegation: it chooses again, told why
			var ended = actingFor.chosen().filter(chosen -> chosen.id().equals(refused.enterprise()));
			if (ended.isPresent()) {
				actingFor.forget();
				RequestContextUtils.getOutputFlashMap(request).put(ActingFor.ENDED, ended.get().name());
				return new ModelAndView("redirect:" + ActingFor.CHOOSE_PAGE);
			}
		}
		if (e instanceof DomainException domain) {
			if (domain.code() == ErrorCode.UNAUTHENTICATED) {
				return new ModelAndView("redirect:/login");
			}
			return page(response, domain.code().status(), domain.code());
		}
		if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
			// no page answered, so no interceptor ran: the language asked for is taken here
			PageLanguage.take(request, response, RequestContextUtils.getLocaleResolver(request));
			return page(response, HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND);
		}
		if (e instanceof AccessDeniedException) {
			return page(response, HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN);
		}
		if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.valueOf(spring.getStatusCode().value());
			return page(response, status, status == HttpStatus.NOT_FOUND ? ErrorCode.NOT_FOUND : ErrorCode.VALIDATION_FAILED);
		}
		log.error("page {} failed", request.getRequestURI(), e);
		return page(response, HttpStatus.INTERNAL_SERVER_ERROR, null);
	}

	private static ModelAndView page(HttpServletResponse response, HttpStatus status, ErrorCode code) {
		response.setStatus(status.value());
		String view = switch (status.value()) {
			case 403, 404, 500 -> "error/" + status.value();
			default -> "error";
		};
		return new ModelAndView(view, Map.of("status", status.value(), "code", code == null ? "" : code.name()),
				status);
	}
}
