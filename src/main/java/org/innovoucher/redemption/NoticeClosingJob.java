package org.innovoucher.redemption;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.Job;
import org.innovoucher.shared.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes notices whose period is over. The end date itself stays open for objections all day, so the
 * scheduler closes from the next day on; an operator may close on the end date. A notice with
 * unresolved objections stays open and its region's operators are told.
 */
@Component
class NoticeClosingJob implements Job {

	private static final Logger log = LoggerFactory.getLogger(NoticeClosingJob.class);

	private final PublicNotices notices;

	private final JobRuns runs;

	NoticeClosingJob(PublicNotices notices, JobRuns runs) {
		this.runs = runs;
		this.notices = notices;
	}

	@Scheduled(fixedDelayString = "${innovoucher.jobs.interval:PT5M}", initialDelayString = "PT40S")
	void scheduled() {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}

	@Override
	public String name() {
		return "notice-closing";
	}

	@Override
	public int run() {
		int handled = 0;
		for (String id : notices.overdue()) {
			try {
				// a notice held by unresolved objections is skipped; its operators were told
				if (notices.closeOverdue(id)) {
					handled++;
				}
			}
			catch (RuntimeException e) {
				log.warn("could not close notice {}: {}", id, e.getMessage());
			}
		}
		return handled;
	}

	@EventListener
	void clockMoved(BusinessClock.ClockMoved event) {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}
}
