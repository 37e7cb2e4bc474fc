package org.innovoucher.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** A small HTTP client for the API: JSON in, {@link Response} out, a bearer token per call. */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	/** An answer: status, parsed JSON body (NullNode when empty or not JSON), headers. */
	public record Response(int status, JsonNode body, HttpResponse<byte[]> raw) {

		public String text(String field) {
			JsonNode node = body.get(field);
			return node == null || node.isNull() ? null : node.asText();
		}

		public String code() {
			return text("code");
		}

		public String contentType() {
			return raw.headers().firstValue("Content-Type").orElse("");
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}

	public static ObjectMapper json() {
		return JSON;
	}

	/** Builds a JSON object from alternating keys and values. */
	public static Map<String, Object> obj(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	public Response get(String path, String token) {
		return send(builder(path, token).GET().build());
	}

	public Response post(String path, String token, Object body) {
		return post(path, token, body, Map.of());
	}

	public Response post(String path, String token, Object body, Map<String, String> headers) {
		HttpRequest.Builder builder = builder(path, token).header("Content-Type", "application/json");
		headers.forEach(builder::header);
		return send(builder.POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
	}

	public Response put(String path, String token, Object body) {
		return send(builder(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(write(body)))
			.build());
	}

	public Response delete(String path, String token) {
		return send(builder(path, token).DELETE().build());
	}

	/** Sends raw text as the JSON body (for malformed-input tests). */
	public Response postRaw(String path, String token, String rawBody) {
		return send(builder(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(rawBody))
			.build());
	}

	/** A multipart upload of one file plus text fields. */
	public Response upload(String path, String token, String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----iv" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			for (Map.Entry<String, String> field : fields.entrySet()) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
						+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			if (content != null) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
						+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
				out.write(content);
				out.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return send(builder(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build());
	}

	private HttpRequest.Builder builder(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			JsonNode body = NullNode.getInstance();
			if (response.body().length > 0) {
				try {
					body = JSON.readTree(response.body());
				}
				catch (IOException notJson) {
					body = NullNode.getInstance();
				}
			}
			return new Response(response.statusCode(), body, response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String write(Object body) {
		try {
			return body instanceof String s ? s : JSON.writeValueAsString(body);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
