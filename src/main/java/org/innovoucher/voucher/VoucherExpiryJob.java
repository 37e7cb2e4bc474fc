package org.innovoucher.voucher;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.Job;
import org.innovoucher.shared.SystemWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires vouchers past their validity, every few minutes and at once when the clock is moved. */
@Component
class VoucherExpiryJob implements Job {

	private static final Logger log = LoggerFactory.getLogger(VoucherExpiryJob.class);

	private final Vouchers vouchers;

	VoucherExpiryJob(Vouchers vouchers) {
		this.vouchers = vouchers;
	}

	@Scheduled(fixedDelayString = "${innovoucher.jobs.interval:PT5M}", initialDelayString = "PT30S")
	void scheduled() {
		SystemWork.run(this::run);
	}

	@Override
	public String name() {
		return "voucher-expiry";
	}

	@Override
	public int run() {
		int handled = 0;
		for (String id : vouchers.dueForExpiry()) {
			try {
				vouchers.expire(id);
				handled++;
			}
			catch (RuntimeException e) {
				// one voucher's failure must not stop the others; it is retried next run
				log.warn("could not expire voucher {}: {}", id, e.getMessage());
			}
		}
		return handled;
	}

	@EventListener
	void clockMoved(BusinessClock.ClockMoved event) {
		SystemWork.run(this::run);
	}
}
