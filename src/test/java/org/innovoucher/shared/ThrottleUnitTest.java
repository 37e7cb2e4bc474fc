package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

@DisplayName("Throttle: token buckets per key, with backoff, bounded in memory")
class ThrottleUnitTest {

	/** A clock the test moves by hand. */
	static final class ManualTime implements TimeMeter {

		long nanos;

		@Override
		public long currentTimeNanos() {
			return nanos;
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

		void pass(Duration duration) {
			nanos += duration.toNanos();
		}
	}

	final ManualTime time = new ManualTime();

	final Throttle throttle = new Throttle("attempts", List.of(new ThrottleProperties.Limit(5, Duration.ofMinutes(5)),
			new ThrottleProperties.Limit(20, Duration.ofHours(1))), time, 1000);

	@Test
	void a_key_gets_its_burst_then_waits_for_the_refill_and_is_told_how_long() {
		for (int i = 0; i < 5; i++) {
			throttle.consume("198.51.100.7");
		}
		assertThatThrownBy(() -> throttle.consume("198.51.100.7")).isInstanceOfSatisfying(TooManyRequestsException.class,
				e -> assertThat(e.retryAfterSeconds()).isEqualTo(60));
		// another key is not affected
		assertThatCode(() -> throttle.consume("203.0.113.9")).doesNotThrowAnyException();
		time.pass(Duration.ofSeconds(60));
		assertThatCode(() -> throttle.consume("198.51.100.7")).doesNotThrowAnyException();
	}

	@Test
	void after_the_long_limit_the_wait_grows() {
		// a caller who tries again as soon as told: first a minute between attempts, then three
		List<Long> waits = new java.util.ArrayList<>();
		for (int attempt = 0; attempt < 100; attempt++) {
			try {
				throttle.consume("k");
			}
			catch (TooManyRequestsException e) {
				waits.add(e.retryAfterSeconds());
				time.pass(Duration.ofSeconds(e.retryAfterSeconds()));
			}
		}
		assertThat(waits.get(0)).isEqualTo(60);
		assertThat(waits.get(waits.size() - 1)).isGreaterThan(60).isLessThanOrEqualTo(180);
	}

	@Test
	void check_refuses_without_using_an_attempt_and_record_never_refuses() {
		for (int i = 0; i < 7; i++) {
			throttle.record("k");
		}
		assertThatThrownBy(() -> throttle.check("k")).isInstanceOf(TooManyRequestsException.class);
		assertThatCode(() -> throttle.check("other")).doesNotThrowAnyException();
		assertThatCode(() -> throttle.check(null)).doesNotThrowAnyException();
	}

	@Test
	void only_the_most_recently_used_keys_are_kept() {
		Throttle small = new Throttle("attempts", List.of(new ThrottleProperties.Limit(1, Duration.ofHours(1))), time, 3);
		for (int i = 0; i < 100; i++) {
			small.record("address-" + i);
		}
		assertThat(small.size()).isEqualTo(3);
	}

	@Test
	void throttle_time_follows_forward_moves_of_the_business_clock_and_never_goes_back() {
		ThrottleTime throttleTime = new ThrottleTime();
		long before = throttleTime.currentTimeNanos();
		throttleTime.clockMoved(new BusinessClock.ClockMoved(Instant.now().minus(Duration.ofDays(400))));
		assertThat(throttleTime.currentTimeNanos()).isGreaterThanOrEqualTo(before);
		long back = throttleTime.currentTimeNanos();
		throttleTime.clockMoved(new BusinessClock.ClockMoved(Instant.now().minus(Duration.ofDays(400)).plus(Duration.ofHours(1))));
		assertThat(throttleTime.currentTimeNanos() - back).isGreaterThanOrEqualTo(Duration.ofMinutes(59).toNanos());
	}
}
