package org.innovoucher.shared;

import java.util.List;

/**
 * A business rule said no. Carries the stable code the API reports; subclasses name what happened.
 */
public class DomainException extends RuntimeException {

	private final ErrorCode code;
	private final List<FieldError> fieldErrors;

	public DomainException(ErrorCode code, String detail) {
		this(code, detail, List.of());
	}

	public DomainException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
		super(detail);
		this.code = code;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	public ErrorCode code() {
		return code;
	}

	public List<FieldError> fieldErrors() {
		return fieldErrors;
	}

	/** What the problem document says beside its code and field errors (e.g. which claims a run refused). */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of();
	}

	/** One invalid input field. */
	public record FieldError(String field, String message) {
	}

	public static DomainException notFound(String what, String id) {
		return new DomainException(ErrorCode.NOT_FOUND, what + " " + id + " not found");
	}

	public static DomainException invalidState(String detail) {
		return new DomainException(ErrorCode.INVALID_STATE, detail);
	}

	public static DomainException forbidden(String detail) {
		return new DomainException(ErrorCode.FORBIDDEN, detail);
	}

	public static DomainException invalid(String field, String message) {
		return new DomainException(ErrorCode.VALIDATION_FAILED, field + ": " + message,
				List.of(new FieldError(field, message)));
	}
}
