package org.innovoucher.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs calls at the same moment: every thread waits at a start gate until all are ready, then all go.
 * A call that does not answer within the timeout fails the test (a deadlock or a hang), it is never
 * waited for.
 */
public final class StartGate {

	private static final long TIMEOUT_SECONDS = 60;

	private StartGate() {
	}

	/** Runs {@code count} calls at once and returns their answers in order. */
	public static <T> List<T> race(int count, IntFunction<T> call) {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int index = i;
			futures.add(pool.submit(() -> {
				ready.countDown();
				start.await();
				return call.apply(index);
			}));
		}
		try {
			assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("threads ready").isTrue();
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> future : futures) {
				answers.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
			}
			return answers;
		}
		catch (Exception e) {
			futures.forEach(f -> f.cancel(true));
			throw new AssertionError("a concurrent request failed or hung (deadlock?)", e);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
