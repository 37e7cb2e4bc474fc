package org.innovoucher.deadline;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.DeadlineSource.OpenStep;
import org.innovoucher.shared.Job;
import org.innovoucher.shared.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates every step that ran past its due date, once each, to the supervisors of the file's
 * region. Runs hourly like the reminders, and when an administrator starts it; a failure of one file
 * is retried on the next run and does not stop the others.
 */
@Component
class EscalationJob implements Job {

	private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);

	private final OverdueFiles files;
	private final SupervisorEscalation escalation;
	private final BusinessClock clock;
	private final JobRuns runs;

	EscalationJob(OverdueFiles files, SupervisorEscalation escalation, BusinessClock clock, JobRuns runs) {
		this.files = files;
		this.escalation = escalation;
		this.clock = clock;
		this.runs = runs;
	}

	@Override
	public String name() {
		return "escalations";
	}

	@Scheduled(fixedDelayString = "${innovoucher.jobs.reminder-interval:PT1H}", initialDelayString = "PT55S")
	void scheduled() {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}

	@Override
	public int run() {
		int escalated = 0;
		for (OpenStep step : files.all(clock.today())) {
			try {
				if (escalation.escalate(step)) {
					escalated++;
				}
			}
			catch (RuntimeException e) {
				// e.g. a run started by hand at the same moment recorded it first: its key refused this one
				log.warn("could not escalate {} {} ({}): {}", step.subjectType(), step.subjectId(), step.step(),
						e.getMessage());
			}
		}
		return escalated;
	}
}
