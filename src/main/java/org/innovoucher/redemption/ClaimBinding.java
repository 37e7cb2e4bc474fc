package org.innovoucher.redemption;

import java.time.LocalDate;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Component;

/**
 * Binding a claim's amount, the one way whoever binds it: the other party's online confirmation, or
 * the submission with the institution's sealed letter. Nobody binds twice (the claim's state), the
 * voucher must still cover the part the claim was priced with, and the claim is priced again against
 * the enterprise's annual cap of the year it is bound in (domain.md, "The annual cap's year"). Called
 * under the claim's lock; takes the enterprise, the voucher and the ledger book in the lock order.
 */
@Component
class ClaimBinding {

	private final ClaimPricing pricing;
	private final ClaimPostings postings;
	private final Enterprises enterprises;
	private final Vouchers vouchers;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	ClaimBinding(ClaimPricing pricing, ClaimPostings postings, Enterprises enterprises, Vouchers vouchers,
			WorkingDays workingDays, BusinessClock clock) {
		this.pricing = pricing;
		this.postings = postings;
		this.enterprises = enterprises;
		this.vouchers = vouchers;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** Binds the claim and sends it to review: by the confirmation, or by the sealed letter ({@code withLetter}). */
	void bind(Redemption redemption, boolean withLetter) {
		// claim, enterprise (its annual cap), voucher (its balance), then the ledger book: the lock order
		Enterprise enterprise = enterprises.lock(redemption.enterprise());
		Voucher voucher = vouchers.requireBindable(redemption.voucher(), enterprise.id(), redemption.getVoucherPart());
		ProgramRules rules = vouchers.rulesOf(voucher);
		// one day for the year it is checked against and the year it counts in
		LocalDate today = clock.today();
		SubsidySchedule.Outcome outcome = pricing.price(voucher, enterprise, redemption.getPaidAmount(), today.getYear());
		LocalDate reviewDueOn = workingDays.addWorkingDays(today, rules.deadlines().claimReviewWorkingDays());
		if (withLetter) {
			redemption.submitWithLetter(today, reviewDueOn, outcome);
		}
		else {
			redemption.confirm(today, reviewDueOn, outcome);
		}
		postings.bound(redemption, outcome);
	}
}
