package org.innovoucher.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.support.Api.Response;

/** Asserts an answer is an RFC 9457 problem of the contract: status, media type, stable code. */
public final class ProblemAssert {

	private ProblemAssert() {
	}

	/** The answer is a problem with this status and code; returns it for further checks. */
	public static Response assertProblem(Response response, int status, String code) {
		assertThat(response.status()).as("status of %s", response).isEqualTo(status);
		assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
		assertThat(response.code()).as("code of %s", response).isEqualTo(code);
		assertThat(response.body().path("status").asInt()).as("status field of %s", response).isEqualTo(status);
		assertThat(response.text("title")).as("title of %s", response).isNotBlank();
		assertThat(response.text("type")).as("type of %s", response).startsWith("https://innovoucher.org/problems/");
		assertThat(response.text("detail")).as("detail of %s", response).isNotBlank()
			.doesNotContain("Exception")
			.doesNotContain("static resource")
			.doesNotContain("org.innovoucher")
			.doesNotContain("com.fasterxml");
		if (status == 400 && "VALIDATION_FAILED".equals(code)) {
			assertThat(response.body().path("errors").isArray()).as("errors list of %s", response).isTrue();
		}
		return response;
	}

	/** A 400 VALIDATION_FAILED naming {@code field} among its per-field errors. */
	public static Response assertInvalid(Response response, String field) {
		assertProblem(response, 400, "VALIDATION_FAILED");
		assertThat(fields(response)).as("fields of %s", response).contains(field);
		return response;
	}

	/** Any 4xx problem: bad input never ends in a 500. */
	public static Response assertClientError(Response response) {
		assertThat(response.status()).as("status of %s", response).isBetween(400, 499);
		assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
		assertThat(response.code()).as("code of %s", response).isNotBlank();
		return response;
	}

	public static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.body().path("errors").forEach(e -> fields.add(e.path("field").asText()));
		return fields;
	}
}
