package org.innovoucher.audit;

import org.innovoucher.shared.Job;
import org.innovoucher.shared.JobRuns;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checkpoints the sealed chains now and then; an administrator may also run it on demand. */
@Component
class CheckpointJob implements Job {

	private final Checkpoints checkpoints;

	private final JobRuns runs;

	CheckpointJob(Checkpoints checkpoints, JobRuns runs) {
		this.runs = runs;
		this.checkpoints = checkpoints;
	}

	@Scheduled(fixedDelayString = "${innovoucher.audit.checkpoint-interval:PT1H}",
			initialDelayString = "${innovoucher.audit.checkpoint-interval:PT1H}")
	void scheduled() {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}

	@Override
	public String name() {
		return "audit-checkpoint";
	}

	@Override
	public int run() {
		return checkpoints.write();
	}
}
