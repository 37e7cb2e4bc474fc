package org.innovoucher.notification;

import java.time.Duration;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.KeysetPages;
import org.innovoucher.shared.Job;
import org.innovoucher.shared.JobRuns;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Emails the notifications whose mail never left: mail leaves after the commit, so a crash between
 * the two leaves a committed notification awaiting its email. Those written more than a few minutes
 * ago are sent now (the ones just written are still being sent by {@link NotificationMailer}).
 */
@Component
class MailRetryJob implements Job {

	/** Far longer than the mail thread takes to pick a committed notification up. */
	static final Duration GRACE = Duration.ofMinutes(5);
	private static final int PAGE_SIZE = 100;

	private final NotificationRepository notifications;
	private final NotificationMailer mailer;
	private final BusinessClock clock;

	private final JobRuns runs;

	MailRetryJob(NotificationRepository notifications, NotificationMailer mailer, BusinessClock clock, JobRuns runs) {
		this.runs = runs;
		this.notifications = notifications;
		this.mailer = mailer;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${innovoucher.jobs.interval:PT5M}", initialDelayString = "PT55S")
	void scheduled() {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}

	@Override
	public String name() {
		return "notification-mail";
	}

	@Override
	public int run() {
		return KeysetPages.forEach(PAGE_SIZE,
				(after, size) -> notifications.findAwaitingEmail(clock.now().minus(GRACE), after, Limit.of(size)), id -> id,
				id -> {
					mailer.sendNow(id);
					return true;
				});
	}
}
