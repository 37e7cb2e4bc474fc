package org.innovoucher.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SubsidySchedule: face value at 100%, excess at the region's ratio, capped per enterprise and year")
class SubsidyScheduleUnitTest {

	static final List<String> DATONG = List.of("140200", "140000");
	static final List<String> TAIYUAN = List.of("140105", "140100", "140000");
	static final Money FULL_CAP = Money.of(200000);

	static SubsidySchedule.Outcome compute(ProgramRules rules, String paid, String balance, List<String> chain,
			Money capLeft) {
		return SubsidySchedule.compute(rules, Money.of(paid), Money.of(balance), chain, capLeft);
	}

	@Test
	void the_worked_example_of_the_domain_pays_65000_for_80000() {
		SubsidySchedule.Outcome outcome = compute(ProgramFixtures.shanxiRules(), "80000", "50000", DATONG, FULL_CAP);
		assertThat(outcome.voucherPart()).isEqualTo(Money.of(50000));
		assertThat(outcome.excessPart()).isEqualTo(Money.of(15000));
		assertThat(outcome.payable()).isEqualTo(Money.of(65000));
	}

	@Test
	void a_payment_within_the_remaining_face_value_is_reimbursed_in_full() {
		SubsidySchedule.Outcome outcome = compute(ProgramFixtures.shanxiRules(), "30000", "50000", DATONG, FULL_CAP);
		assertThat(outcome).isEqualTo(new SubsidySchedule.Outcome(Money.of(30000), Money.ZERO, Money.of(30000)));
	}

	@Test
	void the_remaining_face_value_not_the_original_counts() {
		SubsidySchedule.Outcome outcome = compute(ProgramFixtures.shanxiRules(), "30000", "20000", DATONG, FULL_CAP);
		assertThat(outcome).isEqualTo(new SubsidySchedule.Outcome(Money.of(20000), Money.of(5000), Money.of(25000)));
	}

	@Test
	void a_city_with_its_own_excess_ratio_uses_it() {
		SubsidySchedule.Outcome outcome = compute(ProgramFixtures.shanxiRules(), "80000", "50000", TAIYUAN, FULL_CAP);
		assertThat(outcome.excessPart()).isEqualTo(Money.of(18000));
		assertThat(outcome.payable()).isEqualTo(Money.of(68000));
	}

	@Test
	void an_excess_ratio_of_zero_turns_the_excess_off() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.excessRatio = Ratio.ZERO;
		body.excessRatioByRegion = null;
		SubsidySchedule.Outcome outcome = compute(body.build(), "80000", "50000", DATONG, FULL_CAP);
		assertThat(outcome).isEqualTo(new SubsidySchedule.Outcome(Money.of(50000), Money.ZERO, Money.of(50000)));
	}

	@Test
	void the_excess_is_rounded_half_up_to_the_fen() {
		// 0.03 above the face value at 0.5 is 0.015, rounded half up to 0.02
		SubsidySchedule.Outcome outcome = compute(ProgramFixtures.shanxiRules(), "50000.03", "50000", DATONG, FULL_CAP);
		assertThat(outcome.excessPart()).isEqualTo(Money.of("0.02"));
		assertThat(outcome.payable()).isEqualTo(Money.of("50000.02"));
		assertThat(outcome.payable().amount().scale()).isEqualTo(2);
	}

	@Test
	void what_is_left_of_the_annual_cap_bounds_the_payable_and_the_voucher_part() {
		SubsidySchedule.Outcome outcome = compute(ProgramFixtures.shanxiRules(), "80000", "50000", DATONG, Money.of(60000));
		assertThat(outcome).isEqualTo(new SubsidySchedule.Outcome(Money.of(50000), Money.of(10000), Money.of(60000)));
		SubsidySchedule.Outcome below = compute(ProgramFixtures.shanxiRules(), "80000", "50000", DATONG, Money.of(40000));
		assertThat(below).isEqualTo(new SubsidySchedule.Outcome(Money.of(40000), Money.ZERO, Money.of(40000)));
	}

	@Test
	void an_exhausted_or_overdrawn_cap_leaves_nothing_payable() {
		assertThat(compute(ProgramFixtures.shanxiRules(), "80000", "50000", DATONG, Money.ZERO).payable()).isEqualTo(Money.ZERO);
		SubsidySchedule.Outcome negative = compute(ProgramFixtures.shanxiRules(), "80000", "50000", DATONG, Money.of(-5));
		assertThat(negative).isEqualTo(new SubsidySchedule.Outcome(Money.ZERO, Money.ZERO, Money.ZERO));
	}

	@Test
	void a_per_claim_maximum_bounds_the_payable() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.maxPayablePerClaim = Money.of(55000);
		SubsidySchedule.Outcome outcome = compute(body.build(), "80000", "50000", DATONG, FULL_CAP);
		assertThat(outcome).isEqualTo(new SubsidySchedule.Outcome(Money.of(50000), Money.of(5000), Money.of(55000)));
	}

	@Test
	void a_co_payment_ratio_limits_what_the_voucher_covers_of_the_contract() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.voucherCoverageRatio = Ratio.parse("0.50");
		SubsidySchedule.Outcome outcome = compute(body.build(), "80000", "50000", DATONG, FULL_CAP);
		assertThat(outcome.payable()).isEqualTo(Money.of(40000));
		assertThat(outcome.voucherPart()).isEqualTo(Money.of(40000));
	}

	@Test
	void the_parts_always_add_up_to_the_payable_and_never_exceed_the_paid_amount() {
		ProgramRules rules = ProgramFixtures.shanxiRules();
		for (String paid : List.of("0.01", "1000", "49999.99", "50000", "50000.01", "123456.78", "400000")) {
			for (Money cap : List.of(Money.ZERO, Money.of(1), Money.of(60000), FULL_CAP)) {
				SubsidySchedule.Outcome o = compute(rules, paid, "50000", TAIYUAN, cap);
				assertThat(o.voucherPart().plus(o.excessPart())).isEqualTo(o.payable());
				assertThat(o.payable()).isLessThanOrEqualTo(Money.of(paid)).isLessThanOrEqualTo(cap.max(Money.ZERO));
				assertThat(o.voucherPart()).isLessThanOrEqualTo(Money.of(50000));
				assertThat(o.excessPart().isNegative()).isFalse();
			}
		}
	}

	@Test
	void the_explanation_writes_out_the_terms_the_payable_was_made_of() {
		SubsidySchedule.Explanation e = SubsidySchedule.explain(ProgramFixtures.shanxiRules(), Money.of(80000),
				Money.of(50000), DATONG, FULL_CAP);
		assertThat(e.voucherPart()).isEqualTo(Money.of(50000));
		assertThat(e.excess()).isEqualTo(Money.of(30000));
		assertThat(e.excessPart()).isEqualTo(Money.of(15000));
		assertThat(e.sum()).isEqualTo(Money.of(65000));
		assertThat(e.limited()).isFalse();
		assertThat(e.outcome()).isEqualTo(compute(ProgramFixtures.shanxiRules(), "80000", "50000", DATONG, FULL_CAP));
	}

	@Test
	void the_explanation_names_the_limit_that_cut_the_sum() {
		ProgramFixtures.Rules rules = ProgramFixtures.shanxi();
		rules.maxPayablePerClaim = Money.of(60000);
		SubsidySchedule.Explanation perClaim = SubsidySchedule.explain(rules.build(), Money.of(80000), Money.of(50000),
				DATONG, FULL_CAP);
		assertThat(perClaim.sum()).isEqualTo(Money.of(65000));
		assertThat(perClaim.limit()).isEqualTo(SubsidySchedule.Limit.PER_CLAIM);
		assertThat(perClaim.outcome().payable()).isEqualTo(Money.of(60000));

		SubsidySchedule.Explanation cap = SubsidySchedule.explain(ProgramFixtures.shanxiRules(), Money.of(80000),
				Money.of(50000), DATONG, Money.of(40000));
		assertThat(cap.limit()).isEqualTo(SubsidySchedule.Limit.ANNUAL_CAP);
		assertThat(cap.outcome()).isEqualTo(new SubsidySchedule.Outcome(Money.of(40000), Money.ZERO, Money.of(40000)));
	}
}
