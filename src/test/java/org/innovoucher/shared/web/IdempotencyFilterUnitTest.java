package org.innovoucher.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
	private final AtomicInteger carriedOut = new AtomicInteger();

	@BeforeEach
	void setUp() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:idem" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1", "sa", "");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				create table idempotency_record (scope_key varchar(300) primary key, request_hash varchar(64) not null,
				status integer, content_type varchar(200), body text, created_at timestamp with time zone not null)""")
			.update();
		filter = new IdempotencyFilter(jdbc, new ObjectMapper(), new BusinessClock(new ClockProperties(false), event -> {
		}));
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

	private MockHttpServletResponse send(FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/redemptions/r1/payment");
		request.addHeader("Idempotency-Key", "pay-r1");
		request.setContentType("application/json");
		request.setContent("{\"paidOn\":\"2026-03-09\",\"reference\":\"F-1\"}".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}
}
