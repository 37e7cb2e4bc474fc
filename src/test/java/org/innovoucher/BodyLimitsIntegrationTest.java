package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** Bodies over the limits are answered with 413 PAYLOAD_TOO_LARGE, and the client gets that answer. */
class BodyLimitsIntegrationTest extends IntegrationTestBase {

	private static final int MIB = 1024 * 1024;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aFortyMegabyteJsonBodyIsAnswered413ByItsLength() throws Exception {
		byte[] body = json(40 * MIB);
		assertProblem(send("/api/v1/auth/token", null, HttpRequest.BodyPublishers.ofByteArray(body)), 413,
				"PAYLOAD_TOO_LARGE");
		World w = world();
		assertProblem(send("/api/v1/programs", w.policyAdmin, HttpRequest.BodyPublishers.ofByteArray(body)), 413,
				"PAYLOAD_TOO_LARGE");
		// the same connection pool goes on working
		assertThat(api.get("/api/v1/me", w.policyAdmin).status()).isEqualTo(200);
	}

	@Test
	void aChunkedBodyWithoutLengthIsRefusedOnceItPassesOneMebibyte() throws Exception {
		World w = world();
		// ofInputStream has no length: the client sends it chunked
		Response refused = send("/api/v1/programs", w.policyAdmin,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(2 * MIB))));
		assertProblem(refused, 413, "PAYLOAD_TOO_LARGE");
		Response justOver = send("/api/v1/auth/token", null,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(MIB + 1))));
		assertProblem(justOver, 413, "PAYLOAD_TOO_LARGE");
	}

	@Test
	void aChunkedBodyUnderTheLimitIsReadAsUsual() throws Exception {
		World w = world();
		byte[] body = Api.json().writeValueAsBytes(w.programBody("name", "名".repeat(201)));
		Response small = send("/api/v1/programs", w.policyAdmin,
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
		assertInvalid(small, "name");
	}

	@Test
	void aJsonBodyJustUnderTheLimitIsReadAndJudgedByItsFields() throws Exception {
		World w = world();
		Response big = send("/api/v1/programs", w.policyAdmin,
				HttpRequest.BodyPublishers.ofByteArray(Api.json().writeValueAsBytes(w.programBody("name", "n".repeat(MIB - 4096)))));
		assertInvalid(big, "name");
	}

	@Test
	void anUploadOverTheEvidenceLimitIsAnswered413() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = w.claim(d.enterprise(), d.contractId(), "40000.00").text("id");
		String path = "/api/v1/redemptions/" + claim + "/attachments";
		// over the whole request's limit: refused by its length
		assertProblem(api.upload(path, d.enterprise().token(), "big.pdf", pdf(25 * MIB), Map.of("kind", "INVOICE")),
				413, "PAYLOAD_TOO_LARGE");
		// within the request's limit but over the file's: refused by the container's multipart parser
		assertProblem(api.upload(path, d.enterprise().token(), "big.pdf", pdf(20 * MIB + MIB / 2),
				Map.of("kind", "INVOICE")), 413, "PAYLOAD_TOO_LARGE");
		assertThat(api.upload(path, d.enterprise().token(), "small.pdf", World.PDF, Map.of("kind", "INVOICE")).status())
			.isEqualTo(201);
	}

	private static byte[] pdf(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) ' ');
		System.arraycopy(World.PDF, 0, content, 0, World.PDF.length);
		return content;
	}

	/** A JSON object of about {@code size} bytes. */
	private static byte[] json(int size) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'a');
		byte[] head = "{\"username\":\"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, body, 0, head.length);
		body[size - 2] = '"';
		body[size - 1] = '}';
		return body;
	}

	private Response send(String path, String token, HttpRequest.BodyPublisher body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		JsonNode parsed = response.body().length == 0 ? NullNode.getInstance() : Api.json().readTree(response.body());
		return new Response(response.statusCode(), parsed, response);
	}
}
