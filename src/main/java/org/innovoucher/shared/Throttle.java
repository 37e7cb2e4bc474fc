package org.innovoucher.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Token buckets (Bucket4j) per key, e.g. per client address or per account name: one kind of
 * throttled request. At most {@code maxKeys} buckets are kept, the least recently used forgotten
 * first, so a flood of new keys cannot exhaust memory (a forgotten key starts afresh).
 */
public final class Throttle {

	private final String name;
	private final List<ThrottleProperties.Limit> limits;
	private final TimeMeter time;
	private final Map<String, Bucket> buckets;

	public Throttle(String name, List<ThrottleProperties.Limit> limits, TimeMeter time, int maxKeys) {
		this.name = name;
		this.limits = List.copyOf(limits);
		this.time = time;
		this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxKeys;
			}
		};
	}

	/** Refuses when {@code key} has no attempt left, without using one. */
	public void check(String key) {
		if (key == null) {
			return;
		}
		EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw refused(probe.getNanosToWaitForRefill());
		}
	}

	/** Uses one attempt of {@code key}, refusing when none is left. */
	public void consume(String key) {
		if (key == null) {
			return;
		}
		io.github.bucket4j.ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw refused(probe.getNanosToWaitForRefill());
		}
	}

	/** Counts one (failed) attempt of {@code key}; never refuses (the next {@link #check} does). */
	public void record(String key) {
		if (key != null) {
			bucket(key).tryConsume(1);
		}
	}

	private TooManyRequestsException refused(long nanos) {
		long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
		return new TooManyRequestsException("too many " + name, seconds);
	}

	private Bucket bucket(String key) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(key, k -> {
				LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
				for (ThrottleProperties.Limit limit : limits) {
					builder.addLimit(b -> b.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()));
				}
				return builder.build();
			});
		}
	}

	/** How many keys are kept (for tests of the bound). */
	int size() {
		synchronized (buckets) {
			return buckets.size();
		}
	}
}
