package org.innovoucher.policy;

import java.util.List;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;

/**
 * The subsidy schedule: the part of an actual payment up to the voucher's remaining face value is
 * reimbursed at 100%, the part above it at the region's excess ratio; then the optional co-payment
 * limit, the per-claim maximum and what is left of the enterprise's annual cap bound the total.
 * Where the institution is paid ({@link #institutionPayee}), only the voucher part is paid.
 */
public final class SubsidySchedule {

	/** The part of the voucher consumed, the part paid from the budget beyond it, and their sum. */
	public record Outcome(Money voucherPart, Money excessPart, Money payable) {
	}

	/** The limits that may cut the sum of the two parts, in the order they are applied. */
	public enum Limit {
		/** the voucher covers at most this share of the payment ({@code voucherCoverageRatio}) */
		COVERAGE,
		/** {@code maxPayablePerClaim} */
		PER_CLAIM,
		/** what is left of the enterprise's annual cap */
		ANNUAL_CAP
	}

	/**
	 * The computation written out, so that people see the rule that made an amount:
	 * {@code voucherPart × 100% + excess × excessRatio = sum}, then, where one cut it, the limit that
	 * made the payable. The same terms {@link #compute} pays; pages show them and compute nothing.
	 */
	public record Explanation(Money paid, Money voucherPart, Money excess, Ratio excessRatio, Money excessPart,
			Money sum, Limit limit, Outcome outcome) {

		public boolean limited() {
			return limit != null;
		}
	}

	private SubsidySchedule() {
	}

	public static Outcome compute(ProgramRules rules, Money paid, Money voucherBalance, List<String> regionChain,
			Money annualCapRemaining) {
		return explain(rules, paid, voucherBalance, regionChain, annualCapRemaining).outcome();
	}

	public static Explanation explain(ProgramRules rules, Money paid, Money voucherBalance, List<String> regionChain,
			Money annualCapRemaining) {
		if (rules.redeem().paysInstitution()) {
			return institutionPayee(rules, paid, voucherBalance, annualCapRemaining);
		}
		ProgramRules.Schedule schedule = rules.schedule();
		Money coverageLimit = schedule.voucherCoverageRatio() == null ? paid
				: paid.times(schedule.voucherCoverageRatio().value());
		Money voucherPart = paid.min(voucherBalance).min(coverageLimit).max(Money.ZERO);
		Ratio ratio = rules.excessRatioFor(regionChain);
		Money excess = paid.minus(voucherPart);
		Money excessPart = excess.times(ratio.value());
		Money sum = voucherPart.plus(excessPart);
		Limited limited = Limited.of(sum, coverageLimit, schedule, annualCapRemaining);
		Money payable = limited.payable();
		// where a limit cuts the payable below the voucher part, only what is paid consumes the voucher
		Money consumed = voucherPart.min(payable);
		return new Explanation(paid, voucherPart, excess, ratio, excessPart, sum, limited.limit(),
				new Outcome(consumed, payable.minus(consumed), payable));
	}

	/** The payable after the limits, in the order they bite (coverage, per claim, annual cap), and the last that bit. */
	private record Limited(Money payable, Limit limit) {

		static Limited of(Money payable, Money coverageLimit, ProgramRules.Schedule schedule, Money annualCapRemaining) {
			Limit limit = null;
			if (coverageLimit.isLessThan(payable)) {
				payable = coverageLimit;
				limit = Limit.COVERAGE;
			}
			if (schedule.maxPayablePerClaim() != null && schedule.maxPayablePerClaim().isLessThan(payable)) {
				payable = schedule.maxPayablePerClaim();
				limit = Limit.PER_CLAIM;
			}
			Money capRemaining = annualCapRemaining.max(Money.ZERO);
			if (capRemaining.isLessThan(payable)) {
				payable = capRemaining;
				limit = Limit.ANNUAL_CAP;
			}
			return new Limited(payable, limit);
		}
	}

	/**
	 * The institution-payee rule (domain.md, "Two ways to redeem"): the institution took the voucher as
	 * part payment, so it is paid the voucher part only: at most the voucher's balance, times the
	 * coverage ratio where one is set; no excess part, whatever ratio the region has. The per-claim
	 * maximum and the enterprise's annual cap still bound it. The rest of {@code paid} is what the
	 * enterprise pays itself.
	 */
	public static Explanation institutionPayee(ProgramRules rules, Money paid, Money voucherBalance,
			Money annualCapRemaining) {
		ProgramRules.Schedule schedule = rules.schedule();
		Money voucherPart = paid.min(voucherBalance).max(Money.ZERO);
		Money coverageLimit = schedule.voucherCoverageRatio() == null ? paid
				: paid.times(schedule.voucherCoverageRatio().value());
		Limited limited = Limited.of(voucherPart, coverageLimit, schedule, annualCapRemaining);
		return new Explanation(paid, voucherPart, paid.minus(voucherPart), Ratio.ZERO, Money.ZERO, voucherPart,
				limited.limit(), new Outcome(limited.payable(), Money.ZERO, limited.payable()));
	}
}
