package org.innovoucher.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.innovoucher.shared.Money;

/**
 * What a first claim of the year would be paid under a program's own rules, for applicants to see
 * before they apply: a voucher of the smallest denomination and a payment of 1.6 times its face
 * value (the domain's example: 80,000 paid on a 50,000 voucher), once at the program's own ratio
 * and once for each region that sets its own.
 *
 * @param regionCode where the enterprise is registered (the program's region, or one with its own ratio)
 * @param voucher the voucher's face value the example assumes
 */
public record WorkedExample(String regionCode, Money voucher, SubsidySchedule.Explanation explanation) {

	/** The example payment, as a multiple of the voucher's face value. */
	static final java.math.BigDecimal PAID_PER_FACE_VALUE = new java.math.BigDecimal("1.6");

	static List<WorkedExample> of(ProgramRules rules, Function<String, List<String>> regionChain) {
		Money voucher = smallestDenomination(rules);
		if (voucher == null) {
			return List.of();
		}
		Money paid = voucher.times(PAID_PER_FACE_VALUE);
		// a first claim of the year: the whole annual cap is left
		Money cap = rules.schedule().annualCapPerEnterprise() == null ? paid : rules.schedule().annualCapPerEnterprise();
		Set<String> regions = new LinkedHashSet<>();
		regions.add(rules.regionCode());
		if (rules.schedule().excessRatioByRegion() != null) {
			rules.schedule().excessRatioByRegion().keySet().stream().sorted().forEach(regions::add);
		}
		List<WorkedExample> examples = new ArrayList<>();
		for (String region : regions) {
			examples.add(new WorkedExample(region, voucher,
					SubsidySchedule.explain(rules, paid, voucher, regionChain.apply(region), cap)));
		}
		return examples;
	}

	private static Money smallestDenomination(ProgramRules rules) {
		List<Money> all = new ArrayList<>();
		if (rules.schedule().denominations() != null) {
			all.addAll(rules.schedule().denominations());
		}
		if (rules.schedule().denominationsBySizeClass() != null) {
			rules.schedule().denominationsBySizeClass().values().forEach(all::addAll);
		}
		return all.stream().min(Money::compareTo).orElse(null);
	}
}
