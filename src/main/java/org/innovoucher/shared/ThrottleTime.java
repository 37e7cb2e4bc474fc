package org.innovoucher.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.github.bucket4j.TimeMeter;

/**
 * The time throttles count in: real elapsed time, plus every forward move of an adjustable
 * {@link BusinessClock} (tests and demos), so that moving the clock past a {@code Retry-After} ends
 * the wait. It never runs backwards: moving the clock back (as every test world does) would
 * otherwise freeze the buckets until the clock caught up again.
 */
@Component
public class ThrottleTime implements TimeMeter {

	private final AtomicLong jumpedNanos = new AtomicLong();
	private final AtomicLong lastOffsetNanos = new AtomicLong();

	@Override
	public long currentTimeNanos() {
		return System.nanoTime() + jumpedNanos.get();
	}

	@Override
	public boolean isWallClockBased() {
		return false;
	}

	@EventListener
	void clockMoved(BusinessClock.ClockMoved moved) {
		long offset = nanos(Duration.between(Instant.now(), moved.now()));
		long forward = offset - lastOffsetNanos.getAndSet(offset);
		if (forward > 0) {
			jumpedNanos.addAndGet(forward);
		}
	}

	/** In nanoseconds, held within about ±146 years (a long holds ±292). */
	private static long nanos(Duration offset) {
		Duration bound = Duration.ofDays(365L * 146);
		if (offset.compareTo(bound) > 0) {
			return bound.toNanos();
		}
		return offset.compareTo(bound.negated()) < 0 ? bound.negated().toNanos() : offset.toNanos();
	}
}
