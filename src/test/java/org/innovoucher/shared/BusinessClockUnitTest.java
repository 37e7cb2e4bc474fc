package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BusinessClock: one clock, business dates in Asia/Shanghai")
class BusinessClockUnitTest {

	final List<Object> published = new ArrayList<>();

	BusinessClock clock(boolean adjustable) {
		return new BusinessClock(new ClockProperties(adjustable), published::add);
	}

	@Test
	void a_production_clock_reads_real_time_and_cannot_be_moved() {
		BusinessClock clock = clock(false);
		assertThat(clock.isAdjustable()).isFalse();
		assertThat(Duration.between(Instant.now(), clock.now()).abs()).isLessThan(Duration.ofSeconds(5));
		assertThatThrownBy(() -> clock.set(Instant.parse("2026-06-01T01:00:00Z")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
		assertThat(published).isEmpty();
	}

	@Test
	void an_adjustable_clock_moves_and_runs_on_from_there() {
		BusinessClock clock = clock(true);
		Instant target = Instant.parse("2026-06-01T01:00:00Z");
		clock.set(target);
		assertThat(Duration.between(target, clock.now())).isBetween(Duration.ZERO, Duration.ofSeconds(5));
		assertThat(published).containsExactly(new BusinessClock.ClockMoved(target));
	}

	@Test
	void the_business_date_is_the_date_in_shanghai_not_in_utc() {
		BusinessClock clock = clock(true);
		// 16:30 UTC on 1 June is 00:30 on 2 June in Shanghai
		clock.set(Instant.parse("2026-06-01T16:30:00Z"));
		assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 6, 2));
		assertThat(clock.nowAtZone().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
		clock.set(Instant.parse("2026-12-31T16:30:00Z"));
		assertThat(clock.currentYear()).isEqualTo(2027);
	}
}
