package org.innovoucher.voucher;


import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.KeysetPages;
import org.innovoucher.shared.Job;
import org.innovoucher.shared.JobRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires vouchers past their validity, every few minutes and at once when the clock is moved; a
 * page of ids at a time ({@code innovoucher.jobs.page-size}), each voucher in its own transaction.
 */
@Component
class VoucherExpiryJob implements Job {

	private static final Logger log = LoggerFactory.getLogger(VoucherExpiryJob.class);

	private final Vouchers vouchers;
	private final int pageSize;

	private final JobRuns runs;

	VoucherExpiryJob(Vouchers vouchers, @Value("${innovoucher.jobs.page-size:500}") int pageSize, JobRuns runs) {
		this.runs = runs;
		this.vouchers = vouchers;
		this.pageSize = pageSize;
	}

	@Scheduled(fixedDelayString = "${innovoucher.jobs.interval:PT5M}", initialDelayString = "PT30S")
	void scheduled() {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}

	@Override
	public String name() {
		return "voucher-expiry";
	}

	@Override
	public int run() {
		// a page of ids at a time, never all of them: a million vouchers may end on one date
		return KeysetPages.forEach(pageSize, vouchers::dueForExpiry, id -> id, id -> {
			try {
				// each voucher in a transaction of its own, released at once
				vouchers.expire(id);
				return true;
			}
			catch (RuntimeException e) {
				// one voucher's failure must not stop the others; it is retried next run
				log.warn("could not expire voucher {}: {}", id, e.getMessage());
				return false;
			}
		});
	}

	@EventListener
	void clockMoved(BusinessClock.ClockMoved event) {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}
}
