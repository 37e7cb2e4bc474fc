package org.innovoucher.shared;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The scheduled work a system administrator sees and may start by name, for the API and the pages
 * alike: each job with its last run, and "run now".
 */
@Service
public class Jobs {

	/** A job by name, with its last run on this server (null when it has not run since the start). */
	public record Listed(String name, JobRuns.Run lastRun) {
	}

	private final List<Job> jobs;
	private final JobRuns runs;

	Jobs(List<Job> jobs, JobRuns runs) {
		this.jobs = jobs;
		this.runs = runs;
	}

	/** Every job, by name. */
	public List<Listed> list(CurrentUser user) {
		requireAdmin(user);
		return jobs.stream().sorted(Comparator.comparing(Job::name))
			.map(job -> new Listed(job.name(), runs.last(job.name()).orElse(null)))
			.toList();
	}

	/** Runs the job now as the system; how many items it handled. */
	public int runNow(String name, CurrentUser user) {
		requireAdmin(user);
		Job job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
			.orElseThrow(() -> DomainException.notFound("job", name));
		return runs.run(job, JobRuns.Trigger.ADMINISTRATOR);
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.has(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("jobs are run by a system administrator");
		}
	}
}
