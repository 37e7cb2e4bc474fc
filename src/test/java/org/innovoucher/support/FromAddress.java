package org.innovoucher.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A client on another loopback address (127.0.0.x; Linux answers on all of 127/8), so throttles per
 * client address can be tried without touching the address every other test uses. Plain HTTP/1.1,
 * one request per connection.
 */
public final class FromAddress {

	/** An answer: status, headers (lower-case names) and the body as JSON. */
	public record Answer(int status, Map<String, String> headers, JsonNode body) {

		public String code() {
			return body.path("code").asText(null);
		}

		@Override
		public String toString() {
			return status + " " + headers + " " + body;
		}
	}

	private final String address;
	private final int port;

	public FromAddress(String address, int port) {
		this.address = address;
		this.port = port;
	}

	public Answer post(String path, Object body) {
		try {
			byte[] content = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
					: Api.json().writeValueAsBytes(body);
			Raw raw = exchange("POST", path, "Content-Type: application/json\r\n", content);
			JsonNode json = raw.body().isBlank() ? NullNode.getInstance() : Api.json().readTree(raw.body());
			return new Answer(raw.status(), raw.headers(), json);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A page's answer: status, headers (lower-case names; of repeated ones the last) and the HTML. */
	public record Raw(int status, Map<String, String> headers, String body) {
	}

	/** A page from this address, with the session cookie ({@code JSESSIONID=...}) where given. */
	public Raw page(String path, String cookie) {
		return exchange("GET", path, cookieHeader(cookie), new byte[0]);
	}

	/** A form post from this address, e.g. a registration form with its CSRF token, in the session of {@code cookie}. */
	public Raw form(String path, String cookie, String urlEncodedBody) {
		return exchange("POST", path, cookieHeader(cookie) + "Content-Type: application/x-www-form-urlencoded\r\n",
				urlEncodedBody.getBytes(StandardCharsets.UTF_8));
	}

	private static String cookieHeader(String cookie) {
		return cookie == null ? "" : "Cookie: " + cookie + "\r\n";
	}

	private Raw exchange(String method, String path, String headers, byte[] content) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
					+ "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			return parse(socket.getInputStream());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Raw parse(InputStream in) throws IOException {
		byte[] raw = in.readAllBytes();
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String[] head = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(head[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
		}
		String body = text.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Raw(status, headers, body);
	}

	private static String unchunk(String chunked) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", at);
			int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
			if (size == 0) {
				break;
			}
			byte[] piece = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
			out.write(piece, 0, size);
			at = lineEnd + 2 + new String(piece, 0, size, StandardCharsets.UTF_8).length() + 2;
		}
		return out.toString(StandardCharsets.UTF_8);
	}
}
