package org.innovoucher.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClockProperties;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Without {@code innovoucher.clock.adjustable} the clock endpoint does not exist: 404 for everyone,
 * before even asking who calls. (The integration tests run with an adjustable clock, so this is
 * checked here rather than with a second application context.)
 */
class ClockEndpointUnitTest {

	@Test
	void aFixedClockAnswers404AndDoesNotMove() {
		BusinessClock clock = new BusinessClock(new ClockProperties(false), event -> {
		});
		ReferenceDataController controller = new ReferenceDataController(null, null, clock);
		assertThatThrownBy(() -> controller
			.moveClock(new ReferenceDataController.ClockBody(OffsetDateTime.parse("2030-01-01T00:00:00+08:00"))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
		assertThat(clock.today().getYear()).isLessThan(2030);
	}
}
