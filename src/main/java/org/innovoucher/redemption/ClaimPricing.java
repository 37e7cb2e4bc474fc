package org.innovoucher.redemption;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Regions;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Component;

/**
 * What a claim is paid: the program's subsidy schedule on the voucher's balance, within what is
 * left of the enterprise's annual cap. The one place the cap is counted, over the claims in the
 * committed statuses ({@link Redemption.Status#COMMITTED}) bound in the year.
 */
@Component
class ClaimPricing {

	private final RedemptionRepository redemptions;
	private final Vouchers vouchers;
	private final Regions regions;
	private final BusinessClock clock;

	ClaimPricing(RedemptionRepository redemptions, Vouchers vouchers, Regions regions, BusinessClock clock) {
		this.redemptions = redemptions;
		this.vouchers = vouchers;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * What the claim would be paid if it were bound today: shown at creation and submission. The
	 * confirmation prices it again and is authoritative (the year may have turned meanwhile).
	 */
	SubsidySchedule.Outcome estimate(Voucher voucher, Enterprise enterprise, Money paid) {
		return price(voucher, enterprise, paid, clock.today().getYear());
	}

	/**
	 * The schedule applied to the voucher's current balance and what is left of the annual cap of
	 * {@code year}: the amounts committed by claims bound in that year.
	 */
	SubsidySchedule.Outcome price(Voucher voucher, Enterprise enterprise, Money paid, int year) {
		return explain(voucher, enterprise, paid, year).outcome();
	}

	/**
	 * The computation that made a bound claim's payable, written out for the reviewer: the schedule
	 * applied to the voucher part and the payable the confirmation bound (the voucher's balance and
	 * the annual cap as they were then are not kept, and have moved since). It comes to the bound
	 * payable and names the limit that cut it. Where the annual cap cut the payable below the voucher
	 * part, the voucher part shown is the part consumed, as bound.
	 */
	SubsidySchedule.Explanation explainBound(Redemption claim, Voucher voucher, Enterprise enterprise) {
		return SubsidySchedule.explain(vouchers.rulesOf(voucher), claim.getPaidAmount(), claim.getBoundVoucherPart(),
				regions.selfAndAncestors(enterprise.getRegionCode()), claim.getBoundAmount());
	}

	/** The same pricing written out term by term, for the claimant to see the rule that made the amount. */
	SubsidySchedule.Explanation explain(Voucher voucher, Enterprise enterprise, Money paid, int year) {
		ProgramRules rules = vouchers.rulesOf(voucher);
		Money committed = new Money(redemptions.committedInYear(enterprise.getId(), year, Redemption.Status.COMMITTED));
		Money remaining = rules.schedule().annualCapPerEnterprise().minus(committed);
		if (!remaining.isPositive()) {
			throw new DomainException(ErrorCode.ANNUAL_CAP_EXCEEDED, "the enterprise has reached the annual cap of "
					+ rules.schedule().annualCapPerEnterprise() + " for " + year);
		}
		return SubsidySchedule.explain(rules, paid, voucher.getBalance(),
				regions.selfAndAncestors(enterprise.getRegionCode()), remaining);
	}
}
