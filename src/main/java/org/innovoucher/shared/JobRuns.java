package org.innovoucher.shared;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Runs a {@link Job} as the system and remembers its last run, so that an administrator sees when each
 * job last ran, how it ended and what it handled. Kept in memory: it tells what this server has done
 * since it started, which is what an administrator checking "did the expiry job run" needs, without a
 * write to the database every few minutes.
 */
@Component
public class JobRuns {

	/** Who started a run: the schedule (or a clock move), or an administrator's "run now". */
	public enum Trigger {
		SCHEDULE, ADMINISTRATOR
	}

	/** One finished run: {@code failure} is the error's message when it failed, else null. */
	public record Run(String job, Trigger trigger, Instant startedAt, Instant endedAt, int handled, String failure) {

		public boolean failed() {
			return failure != null;
		}
	}

	private final BusinessClock clock;
	private final Map<String, Run> last = new ConcurrentHashMap<>();

	JobRuns(BusinessClock clock) {
		this.clock = clock;
	}

	/** Runs the job as the system (see {@link SystemWork}) and records how it ended; a failure is rethrown. */
	public int run(Job job, Trigger trigger) {
		Instant started = clock.now();
		int[] handled = new int[1];
		try {
			SystemWork.run(() -> handled[0] = job.run());
		}
		catch (RuntimeException e) {
			last.put(job.name(), new Run(job.name(), trigger, started, clock.now(), 0,
					e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			throw e;
		}
		last.put(job.name(), new Run(job.name(), trigger, started, clock.now(), handled[0], null));
		return handled[0];
	}

	/** The job's last run on this server since it started; empty when it has not run yet. */
	public Optional<Run> last(String job) {
		return Optional.ofNullable(last.get(job));
	}
}
