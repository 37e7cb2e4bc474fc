package org.innovoucher.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Idempotency-Key} on a POST to a money-moving path ({@link MoneyMovingPaths}): the first
 * request with a key is carried out and its answer kept; a repeat with the same key and body gets
 * that answer again and changes nothing; the same key with another body is refused with
 * {@code IDEMPOTENCY_KEY_REUSED}; a repeat that arrives while the first is still running waits for
 * the first answer. Keys are per caller. The request that carries a key out holds it on a lease: a
 * request cut off by a crash leaves its key in progress, and once the lease is over the key may be
 * taken over (atomically, by one repeat) and carried out again.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";
	/**
	 * How long a request holds its key. Longer than any money-moving request runs (a payment run of a
	 * few thousand claims takes seconds), so a live request is not taken over; short enough that a
	 * client retrying after a crash gets through within minutes. It is measured on the business
	 * clock, which is the system clock in production (and moves with the clock in tests and demos).
	 * A request that outlives its lease is not harmed: its key is taken over, and the operation's own
	 * state checks (a claim is paid once, a reference recorded once) refuse to move the money twice.
	 */
	static final java.time.Duration LEASE = java.time.Duration.ofMinutes(2);
	/** The API's JSON body limit, the one {@link BodyLimitFilter} sets: more is refused with 413 unread. */
	static final int MAX_BODY_BYTES = Math.toIntExact(BodyLimitFilter.JSON_LIMIT);
	private static final java.time.Duration WAIT_FOR_FIRST = java.time.Duration.ofSeconds(15);
	private static final java.time.Duration POLL = java.time.Duration.ofMillis(25);

	private final JdbcClient jdbc;
	private final ObjectMapper json;
	private final BusinessClock clock;

	IdempotencyFilter(JdbcClient jdbc, ObjectMapper json, BusinessClock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	private record Stored(String requestHash, Integer status, String contentType, String body,
			java.time.Instant leaseUntil, String leaseOwner) {

		boolean abandoned(java.time.Instant now) {
			return status == null && (leaseUntil == null || leaseUntil.isBefore(now));
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !MoneyMovingPaths.matches(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).trim();
		if (key.isEmpty() || key.length() > 200) {
			writeProblem(response, Problems.of(ErrorCode.VALIDATION_FAILED,
					HEADER + ": must have 1 to 200 characters",
					List.of(new DomainException.FieldError(HEADER, "must have 1 to 200 characters"))));
			return;
		}
		// never more than the limit in memory: by the declared length first, then while reading
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			writeTooLarge(response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			writeTooLarge(response);
			return;
		}
		String owner = java.util.UUID.randomUUID().toString();
		String scope = CurrentUser.current().map(CurrentUser::id).orElse("anonymous") + ":" + key;
		String hash = sha256(request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
				+ new String(body, StandardCharsets.UTF_8));

		// Claim the key, or answer as the request that holds it did. A repeat that arrives while the
		// first is still being carried out waits for its answer (for a while), so it gets the first
		// result as the contract says; if the first gives up its key (a failure, a lost race) the
		// repeat takes it over and is carried out itself.
		long waitUntil = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
		while (true) {
			Optional<Stored> existing = find(scope);
			if (existing.isEmpty()) {
				try {
					jdbc.sql("""
							insert into idempotency_record (scope_key, request_hash, created_at, lease_until, lease_owner)
							values (:k, :h, :at, :until, :owner)""")
						.param("k", scope).param("h", hash).param("at", java.sql.Timestamp.from(clock.now()))
						.param("until", java.sql.Timestamp.from(clock.now().plus(LEASE))).param("owner", owner)
						.update();
					break;
				}
				catch (DataIntegrityViolationException raced) {
					continue;
				}
			}
			Stored stored = existing.get();
			if (!stored.requestHash().equals(hash)) {
				writeProblem(response, ErrorCode.IDEMPOTENCY_KEY_REUSED,
						"this Idempotency-Key was used with a different request");
				return;
			}
			if (stored.status() != null) {
				response.setStatus(stored.status());
				if (stored.contentType() != null) {
					response.setContentType(stored.contentType());
				}
				response.setHeader("Idempotent-Replayed", "true");
				response.getOutputStream().write(stored.body() == null ? new byte[0] : stored.body().getBytes(StandardCharsets.UTF_8));
				return;
			}
			// left behind by a request that died (a crash, a kill): whoever takes it over first carries it out
			if (stored.abandoned(clock.now()) && takeOver(scope, hash, stored.leaseOwner(), owner)) {
				break;
			}
			if (System.nanoTime() > waitUntil || !pause()) {
				writeProblem(response, ErrorCode.INVALID_STATE, "a request with this Idempotency-Key is still in progress");
				return;
			}
		}

		ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(new CachedBodyRequest(request, body), wrapped);
			// a lost race (409 from a lock or version conflict) is not an answer either
			completed = wrapped.getStatus() < 500 && request.getAttribute(ProblemHandler.RETRYABLE) == null;
		}
		finally {
			// only while this request still holds the key: one that outlived its lease leaves it to its successor
			if (completed) {
				jdbc.sql("""
						update idempotency_record set status = :s, content_type = :ct, body = :b, lease_until = null
						where scope_key = :k and lease_owner = :owner and status is null""")
					.param("s", wrapped.getStatus())
					.param("ct", wrapped.getContentType())
					.param("b", new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8))
					.param("k", scope)
					.param("owner", owner)
					.update();
			}
			else {
				// a failure of ours or a lost race is not an answer: the client may retry with the same key
				jdbc.sql("delete from idempotency_record where scope_key = :k and lease_owner = :owner and status is null")
					.param("k", scope).param("owner", owner).update();
			}
			wrapped.copyBodyToResponse();
		}
	}

	private static boolean pause() {
		try {
			Thread.sleep(POLL.toMillis());
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private Optional<Stored> find(String scope) {
		return jdbc.sql("""
				select request_hash, status, content_type, body, lease_until, lease_owner
				from idempotency_record where scope_key = :k""")
			.param("k", scope)
			.query((rs, n) -> {
				java.sql.Timestamp leaseUntil = rs.getTimestamp(5);
				return new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
						leaseUntil == null ? null : leaseUntil.toInstant(), rs.getString(6));
			})
			.optional();
	}

	/**
	 * Takes an abandoned key over: the update matches only while the row is still held by the owner
	 * that was read, without an answer, so of several repeats exactly one wins.
	 */
	private boolean takeOver(String scope, String hash, String abandonedBy, String owner) {
		java.util.Map<String, Object> params = new java.util.HashMap<>(java.util.Map.of("k", scope, "h", hash, "owner",
				owner, "until", java.sql.Timestamp.from(clock.now().plus(LEASE))));
		if (abandonedBy != null) {
			params.put("abandonedBy", abandonedBy);
		}
		return jdbc.sql("""
				update idempotency_record set lease_until = :until, lease_owner = :owner
				where scope_key = :k and request_hash = :h and status is null""" + " and "
				+ (abandonedBy == null ? "lease_owner is null" : "lease_owner = :abandonedBy"))
			.params(params)
			.update() == 1;
	}

	private void writeTooLarge(HttpServletResponse response) throws IOException {
		writeProblem(response, ErrorCode.PAYLOAD_TOO_LARGE, "the request body is larger than 1 MiB");
	}

	private void writeProblem(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
		writeProblem(response, Problems.of(code, detail));
	}

	private void writeProblem(HttpServletResponse response, org.springframework.http.ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Lets the rest of the chain read a body this filter has already read. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}
	}
}
