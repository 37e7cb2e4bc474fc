package org.innovoucher.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Every failure leaves as problem+json with a stable code. Bad input is a 400 with per-field errors,
 * never a 500; only a real defect is a 500, and it is logged.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException e) {
		if (e instanceof org.innovoucher.shared.TooManyRequestsException throttled) {
			return ResponseEntity.status(e.code().status())
				.header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()))
				.body(Problems.of(e.code(), e.getMessage()));
		}
		ProblemDetail problem = Problems.of(e.code(), e.getMessage(), e.fieldErrors());
		e.properties().forEach(problem::setProperty);
		return respond(problem);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(RuntimeException e) {
		return respond(Problems.of(ErrorCode.FORBIDDEN, "you are not allowed to do this"));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
		return respond(Problems.of(ErrorCode.UNAUTHENTICATED, e.getMessage()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		return respond(Problems.of(ErrorCode.VALIDATION_FAILED, e.getName() + ": invalid value",
				List.of(new DomainException.FieldError(e.getName(), "invalid value '" + e.getValue() + "'"))));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
		return respond(Problems.of(ErrorCode.VALIDATION_FAILED, e.getMessage()));
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> concurrency(ConcurrencyFailureException e) {
		log.info("concurrent change refused: {}", e.getMessage());
		markRetryable();
		return respond(Problems.of(ErrorCode.INVALID_STATE, "changed concurrently by another request; reload and retry"));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		log.info("integrity violation: {}", e.getMostSpecificCause().getMessage());
		// SQL class 22, a data exception: a value the database cannot hold (a NUL character in a
		// text, a number out of range, a text too long); the input is at fault, nothing was stored
		if (sqlState(e).startsWith("22")) {
			return respond(Problems.of(ErrorCode.VALIDATION_FAILED,
					"a value cannot be stored: it is too long, out of range or holds a forbidden character (NUL)"));
		}
		return respond(Problems.of(ErrorCode.INVALID_STATE, "conflicts with existing data"));
	}

	private static String sqlState(Throwable e) {
		for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return "";
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// over the container's multipart limits: the same answer as any other body that is too large
		return ResponseEntity.status(ErrorCode.PAYLOAD_TOO_LARGE.status())
			.body(Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, "the upload is larger than allowed",
					List.of(new DomainException.FieldError("file", "larger than allowed"))));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> defect(Exception e) {
		if (isConcurrencyConflict(e)) {
			log.info("concurrent change refused: {}", e.toString());
			markRetryable();
			return respond(Problems.of(ErrorCode.INVALID_STATE, "changed concurrently by another request; reload and retry"));
		}
		log.error("unexpected failure", e);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
		problem.setProperty("code", "INTERNAL_ERROR");
		return ResponseEntity.status(500).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		e.getBindingResult().getFieldErrors()
			.forEach(f -> errors.add(new DomainException.FieldError(f.getField(), f.getDefaultMessage())));
		e.getBindingResult().getGlobalErrors()
			.forEach(g -> errors.add(new DomainException.FieldError(g.getObjectName(), g.getDefaultMessage())));
		String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
		return ResponseEntity.badRequest().body(Problems.of(ErrorCode.VALIDATION_FAILED, detail, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		e.getParameterValidationResults().forEach(r -> r.getResolvableErrors()
			.forEach(err -> errors.add(new DomainException.FieldError(r.getMethodParameter().getParameterName(),
					err.getDefaultMessage()))));
		return ResponseEntity.badRequest().body(Problems.of(ErrorCode.VALIDATION_FAILED, "invalid parameters", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
			if (root instanceof DomainException domain) {
				return ResponseEntity.status(domain.code().status())
					.body(Problems.of(domain.code(), domain.getMessage(), domain.fieldErrors()));
			}
		}
		String field = "body";
		if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			field = mapping.getPath().stream()
				.map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining(".")).replace(".[", "[");
		}
		String message;
		if (e.getCause() == null || e.getCause() instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException
				&& e.getCause().getMessage() != null && e.getCause().getMessage().startsWith("No content")) {
			message = "a JSON body is required";
		}
		else if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid
				&& invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
			// name the allowed values instead of the parser's words
			message = "one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
		}
		else if (root instanceof IllegalArgumentException && root.getMessage() != null) {
			// our value types (Money, Ratio, Uscc) explain themselves
			message = root.getMessage();
		}
		else if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException) {
			message = "malformed JSON";
		}
		else {
			message = "malformed or wrongly typed value";
		}
		return ResponseEntity.badRequest()
			.body(Problems.of(ErrorCode.VALIDATION_FAILED, field + ": " + message,
					List.of(new DomainException.FieldError(field, message))));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ErrorCode code = switch (status.value()) {
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 409 -> ErrorCode.INVALID_STATE;
			default -> ErrorCode.VALIDATION_FAILED;
		};
		// Spring's own problems (404 of unknown paths, 405, 406, 415, missing parameters) in the contract's
		// shape: our type, title and code; Spring's detail only where it says something useful to a client
		String detail = body instanceof ProblemDetail given && given.getDetail() != null ? given.getDetail() : null;
		if (status.value() == 404 || detail == null) {
			detail = status.value() == 404 ? "no such resource" : code.title();
		}
		ProblemDetail problem = Problems.of(code, detail);
		problem.setStatus(status.value());
		if (status.value() != code.status().value()) {
			problem.setTitle(HttpStatus.resolve(status.value()) != null ? HttpStatus.resolve(status.value()).getReasonPhrase()
					: code.title());
		}
		if (status.value() == 400 && !problem.getProperties().containsKey("errors")) {
			problem.setProperty("errors", List.of());
		}
		return super.handleExceptionInternal(e, problem, headers, status, request);
	}

	/**
	 * A lost race surfaces in many wrappings (at flush, at commit, from the driver): optimistic version
	 * checks, lock timeouts, serialisation failures (SQLSTATE 40001) and deadlocks (40P01).
	 */
	static boolean isConcurrencyConflict(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ConcurrencyFailureException || t instanceof jakarta.persistence.OptimisticLockException
					|| t instanceof jakarta.persistence.PessimisticLockException
					|| t instanceof jakarta.persistence.LockTimeoutException
					|| t instanceof org.hibernate.StaleStateException
					|| t instanceof org.hibernate.PessimisticLockException) {
				return true;
			}
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
				return true;
			}
		}
		return false;
	}

	/** Request attribute: this answer is a lost race, not a decision, so a retry with the same Idempotency-Key may succeed. */
	static final String RETRYABLE = ProblemHandler.class.getName() + ".retryable";

	private static void markRetryable() {
		org.springframework.web.context.request.RequestAttributes request = org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes();
		if (request != null) {
			request.setAttribute(RETRYABLE, Boolean.TRUE, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}
}
