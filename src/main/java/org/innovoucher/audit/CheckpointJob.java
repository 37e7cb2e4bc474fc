package org.innovoucher.audit;

import org.innovoucher.shared.Job;
import org.innovoucher.shared.SystemWork;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checkpoints the sealed chains now and then; an administrator may also run it on demand. */
@Component
class CheckpointJob implements Job {

	private final Checkpoints checkpoints;

	CheckpointJob(Checkpoints checkpoints) {
		this.checkpoints = checkpoints;
	}

	@Scheduled(fixedDelayString = "${innovoucher.audit.checkpoint-interval:PT1H}",
			initialDelayString = "${innovoucher.audit.checkpoint-interval:PT1H}")
	void scheduled() {
		SystemWork.run(this::run);
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
