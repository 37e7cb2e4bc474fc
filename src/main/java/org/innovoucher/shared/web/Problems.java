package org.innovoucher.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem documents of the contract: type, title, status, detail and a stable code. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(ErrorCode code, String detail) {
		return of(code, detail, List.of());
	}

	public static ProblemDetail of(ErrorCode code, String detail, List<DomainException.FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail == null ? code.title() : detail);
		problem.setType(URI.create("https://innovoucher.org/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle(code.title());
		problem.setProperty("code", code.name());
		if (!errors.isEmpty() || code == ErrorCode.VALIDATION_FAILED) {
			problem.setProperty("errors", errors.stream()
				.map(e -> Map.of("field", e.field(), "message", e.message()))
				.toList());
		}
		return problem;
	}
}
