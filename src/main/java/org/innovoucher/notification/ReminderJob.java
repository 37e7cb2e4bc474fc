package org.innovoucher.notification;

import java.time.LocalDate;

import org.innovoucher.expert.PanelDeadlines;
import org.innovoucher.identity.Accounts;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.Job;
import org.innovoucher.shared.JobRuns;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.innovoucher.voucher.Vouchers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds whoever has to act when a deadline is two working days away or has passed: reviewers of
 * applications and claims, institutions that have not confirmed, experts who have not scored a round, finance officers of claims to pay,
 * holders of vouchers about to
 * expire (within ten days). Each recipient hears once per deadline. Runs hourly, not on clock moves:
 * an administrator may start it at once through the jobs endpoint.
 */
@Component
class ReminderJob implements Job {

	static final int LEAD_WORKING_DAYS = 2;
	static final int VOUCHER_EXPIRY_LEAD_DAYS = 10;
	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final Notifications notifications;
	private final Accounts accounts;
	private final VoucherApplications applications;
	private final Vouchers vouchers;
	private final ClaimQueries claims;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	private final JobRuns runs;
	private final PanelDeadlines expertRounds;

	ReminderJob(Notifications notifications, Accounts accounts, VoucherApplications applications, Vouchers vouchers,
			ClaimQueries claims, WorkingDays workingDays, BusinessClock clock, JobRuns runs, PanelDeadlines expertRounds) {
		this.expertRounds = expertRounds;
		this.runs = runs;
		this.notifications = notifications;
		this.accounts = accounts;
		this.applications = applications;
		this.vouchers = vouchers;
		this.claims = claims;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "reminders";
	}

	@Scheduled(fixedDelayString = "${innovoucher.jobs.reminder-interval:PT1H}", initialDelayString = "PT50S")
	void scheduled() {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}

	@Override
	public int run() {
		int handled = 0;
		LocalDate soon = workingDays.addWorkingDays(clock.today(), LEAD_WORKING_DAYS);
		try {
			for (VoucherApplication a : applications.reviewsDueBy(soon)) {
				notifications.remind(accounts.staffCovering(Role.BUREAU_REVIEWER, a.region()),
						"reminder.application.review", "VOUCHER_APPLICATION", a.getId(), a.getReviewDueOn(),
						a.getReviewDueOn().toString());
				handled++;
			}
			for (Redemption r : claims.confirmationsDueBy(soon)) {
				// where the institution filed, the enterprise confirms receipt
				notifications.remind(r.paysInstitution() ? accounts.ofEnterprise(r.enterprise())
						: accounts.ofInstitution(r.institution()),
						r.paysInstitution() ? "reminder.claim.confirm_receipt" : "reminder.claim.confirm", "REDEMPTION",
						r.getId(), r.getConfirmDueOn(), r.getConfirmDueOn().toString());
				handled++;
			}
			for (Redemption r : claims.reviewsDueBy(soon)) {
				notifications.remind(accounts.staffCovering(Role.BUREAU_REVIEWER, r.region()),
						"reminder.claim.review", "REDEMPTION", r.getId(), r.getReviewDueOn(), r.getReviewDueOn().toString());
				handled++;
			}
			for (Redemption r : claims.paymentsDueBy(soon)) {
				notifications.remind(accounts.staffCovering(Role.FINANCE_OFFICER, r.region()), "reminder.claim.payment",
						"REDEMPTION", r.getId(), r.getPaymentDueOn(), r.getApprovedAmount().toString(),
						r.getPaymentDueOn().toString());
				handled++;
			}
			for (PanelDeadlines.DueSeat seat : expertRounds.unscoredDueBy(soon)) {
				notifications.remind(accounts.find(seat.expertUserId()).stream().toList(), "reminder.expert.round",
						"PANEL_ASSIGNMENT", seat.seatId(), seat.dueOn(), seat.dueOn().toString(), seat.title());
				handled++;
			}
			for (Voucher v : vouchers.expiringBy(clock.today().plusDays(VOUCHER_EXPIRY_LEAD_DAYS))) {
				notifications.remind(accounts.ofEnterprise(v.enterprise()), "reminder.voucher.expiring", "VOUCHER",
						v.getId(), v.getValidUntil(), v.getSerialNumber(), v.getBalance().toString(),
						v.getValidUntil().toString());
				handled++;
			}
		}
		catch (RuntimeException e) {
			// reminders are retried on the next run; a failure here must not stop the scheduler
			log.warn("reminders failed: {}", e.getMessage(), e);
		}
		return handled;
	}
}
