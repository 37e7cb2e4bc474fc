package org.innovoucher.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClockProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

/** What the Idempotency-Key keeps: answers, including refusals; never our failures nor lost races. */
class IdempotencyFilterUnitTest {

	private IdempotencyFilter filter;
	private JdbcClient jdbc;
	private BusinessClock clock;
	private final AtomicInteger carriedOut = new AtomicInteger();

	@BeforeEach
	void setUp() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:idem" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				create table idempotency_record (scope_key varchar(300) primary key, request_hash varchar(64) not null,
				status integer, content_type varchar(200), body text, created_at timestamp with time zone not null,
				lease_until timestamp with time zone, lease_owner varchar(36))""")
			.update();
		this.jdbc = jdbc;
		clock = new BusinessClock(new ClockProperties(true), event -> {
		});
		filter = new IdempotencyFilter(jdbc, new ObjectMapper(), clock);
	}

	@Test
	void aLostRaceReleasesTheKeySoThatARetryIsCarriedOut() throws Exception {
		MockHttpServletResponse lost = send(answer(409, true));
		assertThat(lost.getStatus()).isEqualTo(409);

		MockHttpServletResponse retried = send(answer(200, false));

		assertThat(retried.getStatus()).isEqualTo(200);
		assertThat(retried.getHeader("Idempotent-Replayed")).isNull();
		assertThat(carriedOut).hasValue(2);
	}

	@Test
	void aRefusalIsAnAnswerAndIsReplayed() throws Exception {
		send(answer(409, false));

		MockHttpServletResponse repeated = send(answer(200, false));

		assertThat(repeated.getStatus()).isEqualTo(409);
		assertThat(repeated.getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(carriedOut).hasValue(1);
	}

	private FilterChain answer(int status, boolean lostRace) {
		return (request, response) -> {
			carriedOut.incrementAndGet();
			if (lostRace) {
				request.setAttribute(ProblemHandler.RETRYABLE, Boolean.TRUE);
			}
			((HttpServletResponse) response).setStatus(status);
			response.setContentType("application/json");
			response.getOutputStream().write("{\"status\":\"x\"}".getBytes(StandardCharsets.UTF_8));
		};
	}

	@Test
	void aKeyLeftInProgressByACrashIsTakenOverOnceItsLeaseIsOver() throws Exception {
		MockHttpServletResponse first = send(answer(200, false));
		// what a request killed in the middle leaves behind: its key in progress, without an answer
		jdbc.sql("update idempotency_record set status = null, body = null, lease_until = :until, lease_owner = 'dead'")
			.param("until", Timestamp.from(clock.now().plus(IdempotencyFilter.LEASE)))
			.update();
		clock.set(clock.now().plus(IdempotencyFilter.LEASE).plusSeconds(1));

		MockHttpServletResponse retried = send(answer(200, false));

		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(retried.getStatus()).isEqualTo(200);
		assertThat(retried.getHeader("Idempotent-Replayed")).isNull();
		assertThat(carriedOut).hasValue(2);
		// and its answer is kept again
		assertThat(send(answer(500, false)).getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(carriedOut).hasValue(2);
	}

	@Test
	void aKeyWithinItsLeaseIsNotTakenOverButWaitedFor() throws Exception {
		jdbc.sql("""
				insert into idempotency_record (scope_key, request_hash, created_at, lease_until, lease_owner)
				values ('anonymous:pay-r1', :h, :at, :until, 'alive')""")
			.param("h", hashOfPayment())
			.param("at", Timestamp.from(clock.now()))
			.param("until", Timestamp.from(clock.now().plus(IdempotencyFilter.LEASE)))
			.update();
		Thread answering = new Thread(() -> jdbc.sql("""
				update idempotency_record set status = 201, content_type = 'application/json', body = '{"by":"first"}'
				where lease_owner = 'alive'""").update());

		answering.start();
		MockHttpServletResponse repeated = send(answer(200, false));
		answering.join();

		assertThat(carriedOut).as("the live request is not carried out twice").hasValue(0);
		assertThat(repeated.getStatus()).isEqualTo(201);
		assertThat(repeated.getContentAsString()).isEqualTo("{\"by\":\"first\"}");
	}

	@Test
	void aRequestThatOutlivedItsLeaseDoesNotOverwriteItsSuccessorsKey() throws Exception {
		FilterChain slow = (request, response) -> {
			carriedOut.incrementAndGet();
			// meanwhile the lease ran out and a repeat took the key over
			jdbc.sql("update idempotency_record set lease_owner = 'successor'").update();
			((HttpServletResponse) response).setStatus(200);
		};

		send(slow);

		assertThat(jdbc.sql("select count(*) from idempotency_record where status is null and lease_owner = 'successor'")
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void onlyMoneyMovingPathsHonourTheKey() throws Exception {
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/contracts");
			request.addHeader("Idempotency-Key", "c-1");
			request.setContentType("application/json");
			request.setContent("{}".getBytes(StandardCharsets.UTF_8));
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(request, response, answer(201, false));
			assertThat(response.getHeader("Idempotent-Replayed")).isNull();
		}
		assertThat(carriedOut).hasValue(2);
		assertThat(jdbc.sql("select count(*) from idempotency_record").query(Integer.class).single()).isZero();
		assertThat(MoneyMovingPaths.matches("/api/v1/redemptions/r1/payment")).isTrue();
		assertThat(MoneyMovingPaths.matches("/api/v1/redemptions/r1/recovery")).isTrue();
		assertThat(MoneyMovingPaths.matches("/api/v1/payment-runs")).isTrue();
		assertThat(MoneyMovingPaths.matches("/api/v1/payment-runs/run-1/release")).isTrue();
		assertThat(MoneyMovingPaths.matches("/api/v1/voucher-applications/a1/decision")).isTrue();
		assertThat(MoneyMovingPaths.matches("/api/v1/redemptions/r1/attachments")).isFalse();
		assertThat(MoneyMovingPaths.matches("/api/v1/auth/token")).isFalse();
	}

	@Test
	void aBodyOverOneMebibyteIsRefusedAfterReadingAtMostOneByteMore() throws Exception {
		AtomicLong read = new AtomicLong();
		byte[] eightMebibytes = new byte[8 * 1024 * 1024];
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/redemptions/r1/payment") {
			@Override
			public jakarta.servlet.ServletInputStream getInputStream() {
				java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(eightMebibytes);
				return new jakarta.servlet.ServletInputStream() {
					@Override
					public int read(byte[] b, int off, int len) {
						int n = in.read(b, off, len);
						read.addAndGet(Math.max(n, 0));
						return n;
					}

					@Override
					public int read() {
						read.incrementAndGet();
						return in.read();
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
					public void setReadListener(jakarta.servlet.ReadListener listener) {
						throw new UnsupportedOperationException();
					}
				};
			}

			@Override
			public long getContentLengthLong() {
				return -1; // chunked: no declared length
			}
		};
		request.addHeader("Idempotency-Key", "pay-big");
		request.setContentType("application/json");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, answer(200, false));

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
		assertThat(read.get()).isLessThanOrEqualTo(IdempotencyFilter.MAX_BODY_BYTES + 1);
		assertThat(carriedOut).hasValue(0);
	}

	@Test
	void aDeclaredLengthOverOneMebibyteIsRefusedBeforeReading() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/redemptions/r1/payment") {
			@Override
			public long getContentLengthLong() {
				return 40L * 1024 * 1024;
			}

			@Override
			public jakarta.servlet.ServletInputStream getInputStream() {
				throw new AssertionError("the body must not be read");
			}
		};
		request.addHeader("Idempotency-Key", "pay-big");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, answer(200, false));

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(carriedOut).hasValue(0);
	}

	private static final byte[] PAYMENT = "{\"paidOn\":\"2026-03-09\",\"reference\":\"F-1\"}".getBytes(StandardCharsets.UTF_8);

	/** The request hash the filter computes for {@link #send}'s request. */
	private static String hashOfPayment() throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(
				("POST /api/v1/redemptions/r1/payment?null\n" + new String(PAYMENT, StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8)));
	}

	private MockHttpServletResponse send(FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/redemptions/r1/payment");
		request.addHeader("Idempotency-Key", "pay-r1");
		request.setContentType("application/json");
		request.setContent(PAYMENT);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}
}
