package org.innovoucher.policy;

import java.util.List;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;

/**
 * The subsidy schedule: the part of an actual payment up to the voucher's remaining face value is
 * reimbursed at 100%, the part above it at the region's excess ratio; then the optional co-payment
 * limit, the per-claim maximum and what is left of the enterprise's annual cap bound the total.
 */
public final class SubsidySchedule {

	/** The part of the voucher consumed, the part paid from the budget beyond it, and their sum. */
	public record Outcome(Money voucherPart, Money excessPart, Money payable) {
	}

	private SubsidySchedule() {
	}

	public static Outcome compute(ProgramRules rules, Money paid, Money voucherBalance, List<String> regionChain,
			Money annualCapRemaining) {
		ProgramRules.Schedule schedule = rules.schedule();
		Money coverageLimit = schedule.voucherCoverageRatio() == null ? paid
				: paid.times(schedule.voucherCoverageRatio().value());
		Money voucherPart = paid.min(voucherBalance).min(coverageLimit).max(Money.ZERO);
		Ratio ratio = rules.excessRatioFor(regionChain);
		Money payable = voucherPart.plus(paid.minus(voucherPart).times(ratio.value())).min(coverageLimit);
		if (schedule.maxPayablePerClaim() != null) {
			payable = payable.min(schedule.maxPayablePerClaim());
		}
		payable = payable.min(annualCapRemaining.max(Money.ZERO));
		// where a limit cuts the payable below the voucher part, only what is paid consumes the voucher
		Money consumed = voucherPart.min(payable);
		return new Outcome(consumed, payable.minus(consumed), payable);
	}
}
