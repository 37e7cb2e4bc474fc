package org.innovoucher.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one clock the application reads. Business dates are in Asia/Shanghai. When
 * {@code innovoucher.clock.adjustable} is set (tests and demos, never production) an administrator
 * may move it; it then runs on from the moment it was set to.
 */
@Component
public class BusinessClock {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Clock system;
	private final boolean adjustable;
	private final ApplicationEventPublisher events;
	private final AtomicReference<java.time.Duration> offset = new AtomicReference<>(java.time.Duration.ZERO);

	public BusinessClock(ClockProperties properties, ApplicationEventPublisher events) {
		this.system = Clock.systemUTC();
		this.adjustable = properties.adjustable();
		this.events = events;
	}

	public Instant now() {
		return system.instant().plus(offset.get());
	}

	public OffsetDateTime nowAtZone() {
		return now().atZone(ZONE).toOffsetDateTime();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), ZONE);
	}

	public int currentYear() {
		return today().getYear();
	}

	public boolean isAdjustable() {
		return adjustable;
	}

	/** Moves the clock; only where it was started adjustable. */
	public void set(Instant instant) {
		if (!adjustable) {
			throw new DomainException(ErrorCode.NOT_FOUND, "the clock is not adjustable");
		}
		offset.set(java.time.Duration.between(system.instant(), instant));
		events.publishEvent(new ClockMoved(instant));
	}

	/** Published when the clock was moved, so that jobs due by the new time run at once. */
	public record ClockMoved(Instant now) {
	}
}
