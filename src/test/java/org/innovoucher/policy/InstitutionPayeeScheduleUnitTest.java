package org.innovoucher.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SubsidySchedule.institutionPayee: the institution is paid the voucher part only")
class InstitutionPayeeScheduleUnitTest {

	static final List<String> TAIYUAN = List.of("140105", "140100", "140000");
	static final Money FULL_CAP = Money.of(200000);

	static ProgramRules paysInstitution(ProgramFixtures.Rules body) {
		ProgramRules r = body.raw();
		return new ProgramRules(r.name(), r.regionCode(), r.year(), r.window(), r.schedule(), r.eligible(),
				r.deadlines(), r.sanctions(), r.payment(), new ProgramRules.Redeem(Payee.INSTITUTION, null), null)
			.withDefaults();
	}

	static SubsidySchedule.Explanation explain(ProgramRules rules, String paid, String balance, Money capLeft) {
		return SubsidySchedule.explain(rules, Money.of(paid), Money.of(balance), TAIYUAN, capLeft);
	}

	@Test
	void the_voucher_part_is_paid_and_the_excess_is_the_enterprises_own_even_where_the_region_sets_a_ratio() {
		SubsidySchedule.Explanation e = explain(paysInstitution(ProgramFixtures.shanxi()), "80000", "50000", FULL_CAP);
		assertThat(e.outcome()).isEqualTo(new SubsidySchedule.Outcome(Money.of(50000), Money.ZERO, Money.of(50000)));
		assertThat(e.excess()).isEqualTo(Money.of(30000));
		assertThat(e.excessRatio()).isEqualTo(Ratio.ZERO);
		assertThat(e.limited()).isFalse();
	}

	@Test
	void a_service_below_the_balance_is_paid_in_full_and_a_smaller_balance_caps_it() {
		ProgramRules rules = paysInstitution(ProgramFixtures.shanxi());
		assertThat(explain(rules, "30000", "50000", FULL_CAP).outcome().payable()).isEqualTo(Money.of(30000));
		assertThat(explain(rules, "30000", "20000", FULL_CAP).outcome().payable()).isEqualTo(Money.of(20000));
	}

	@Test
	void the_coverage_ratio_cuts_the_voucher_part_and_says_so() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.voucherCoverageRatio = Ratio.parse("0.50");
		SubsidySchedule.Explanation e = explain(paysInstitution(body), "80000", "50000", FULL_CAP);
		assertThat(e.outcome()).isEqualTo(new SubsidySchedule.Outcome(Money.of(40000), Money.ZERO, Money.of(40000)));
		assertThat(e.limit()).isEqualTo(SubsidySchedule.Limit.COVERAGE);
	}

	@Test
	void the_per_claim_maximum_and_the_enterprises_annual_cap_still_apply() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.maxPayablePerClaim = Money.of(45000);
		SubsidySchedule.Explanation perClaim = explain(paysInstitution(body), "80000", "50000", FULL_CAP);
		assertThat(perClaim.outcome().payable()).isEqualTo(Money.of(45000));
		assertThat(perClaim.limit()).isEqualTo(SubsidySchedule.Limit.PER_CLAIM);
		SubsidySchedule.Explanation cap = explain(paysInstitution(body), "80000", "50000", Money.of(10000));
		assertThat(cap.outcome()).isEqualTo(new SubsidySchedule.Outcome(Money.of(10000), Money.ZERO, Money.of(10000)));
		assertThat(cap.limit()).isEqualTo(SubsidySchedule.Limit.ANNUAL_CAP);
	}
}
