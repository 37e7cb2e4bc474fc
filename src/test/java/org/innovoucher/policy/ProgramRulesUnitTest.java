package org.innovoucher.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ProgramRules: every rule of a program is explicit, complete and consistent data")
class ProgramRulesUnitTest {

	static final Predicate<String> KNOWN_REGIONS = Set.of("140000", "140100", "140105", "540000")::contains;

	static List<String> invalidFields(Consumer<ProgramFixtures.Rules> change) {
		ProgramFixtures.Rules rules = ProgramFixtures.shanxi();
		change.accept(rules);
		try {
			rules.raw().validate(KNOWN_REGIONS);
			return List.of();
		}
		catch (DomainException e) {
			assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
			return e.fieldErrors().stream().map(DomainException.FieldError::field).toList();
		}
	}

	@Test
	void the_shanxi_rules_of_the_contract_are_valid() {
		assertThat(invalidFields(r -> {
		})).isEmpty();
	}

	@Test
	void defaults_fill_what_a_program_body_may_leave_out() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.cycle = null;
		body.excessRatio = null;
		body.excessRatioByRegion = null;
		body.acceptedInstitutionRegions = null;
		body.techSmeRequired = null;
		body.reviewWorkingDays = null;
		body.confirmWorkingDays = null;
		body.noticeWorkingDays = null;
		body.banYearsOnFraud = null;
		ProgramRules rules = body.build();
		assertThat(rules.window().cycle()).isEqualTo(Cycle.ANNUAL);
		assertThat(rules.schedule().excessRatio()).isEqualTo(Ratio.ZERO);
		assertThat(rules.schedule().excessRatioByRegion()).isEmpty();
		assertThat(rules.schedule().denominationsBySizeClass()).isEmpty();
		assertThat(rules.eligible().acceptedInstitutionRegions()).containsExactly("140000");
		assertThat(rules.eligible().techSmeRequired()).isFalse();
		assertThat(rules.eligible().sizeClassesAllowed()).containsExactly("MICRO", "SMALL", "MEDIUM");
		assertThat(rules.eligible().teamsAllowed()).isFalse();
		assertThat(rules.eligible().maxVouchersPerEnterprise()).isEqualTo(1);
		assertThat(rules.deadlines().reviewWorkingDays()).isEqualTo(10);
		assertThat(rules.deadlines().confirmWorkingDays()).isEqualTo(5);
		assertThat(rules.deadlines().claimReviewWorkingDays()).isEqualTo(10);
		assertThat(rules.deadlines().noticeWorkingDays()).isEqualTo(5);
		assertThat(rules.deadlines().paymentWorkingDays()).isEqualTo(10);
		assertThat(rules.sanctions().banYearsOnFraud()).isEqualTo(3);
		assertThat(rules.eligible().preRedemptionAllowed()).isFalse();
		assertThat(rules.eligible().preRedemptionCleanYears()).isEqualTo(2);
	}

	@Test
	void every_problem_is_reported_at_once() {
		assertThat(invalidFields(r -> {
			r.name = " ";
			r.year = 1999;
			r.denominations = List.of();
			r.annualCapPerEnterprise = null;
			r.serviceCategories = List.of();
		})).containsExactlyInAnyOrder("name", "year", "denominations", "annualCapPerEnterprise", "serviceCategories");
	}

	@Test
	void name_region_and_year_are_required() {
		assertThat(invalidFields(r -> r.name = null)).containsExactly("name");
		assertThat(invalidFields(r -> r.name = "x".repeat(201))).containsExactly("name");
		assertThat(invalidFields(r -> r.regionCode = "999999")).containsExactly("regionCode");
		assertThat(invalidFields(r -> r.regionCode = null)).containsExactly("regionCode");
		assertThat(invalidFields(r -> r.year = null)).containsExactly("year");
		assertThat(invalidFields(r -> r.year = 2101)).containsExactly("year");
	}

	@Test
	void the_application_window_must_not_close_before_it_opens() {
		assertThat(invalidFields(r -> r.applicationClosesOn = LocalDate.of(2025, 12, 31))).containsExactly("applicationClosesOn");
		assertThat(invalidFields(r -> r.applicationClosesOn = r.applicationOpensOn)).isEmpty();
		assertThat(invalidFields(r -> r.applicationOpensOn = null)).containsExactly("applicationOpensOn");
		assertThat(invalidFields(r -> r.applicationClosesOn = null)).containsExactly("applicationClosesOn");
	}

	@Test
	void validity_is_a_date_or_a_number_of_months() {
		assertThat(invalidFields(r -> r.validUntil = null)).containsExactly("validUntil");
		assertThat(invalidFields(r -> {
			r.validUntil = null;
			r.validityMonths = 12;
		})).isEmpty();
		assertThat(invalidFields(r -> {
			r.validUntil = null;
			r.validityMonths = 0;
		})).containsExactly("validityMonths");
		assertThat(invalidFields(r -> {
			r.validUntil = null;
			r.validityMonths = 61;
		})).containsExactly("validityMonths");
		assertThat(invalidFields(r -> r.validUntil = LocalDate.of(2025, 6, 30))).containsExactly("validUntil");
	}

	@Test
	void denominations_are_positive_and_distinct() {
		assertThat(invalidFields(r -> r.denominations = null)).containsExactly("denominations");
		assertThat(invalidFields(r -> r.denominations = List.of(Money.ZERO))).containsExactly("denominations");
		assertThat(invalidFields(r -> r.denominations = List.of(Money.of(-1)))).containsExactly("denominations");
		assertThat(invalidFields(r -> r.denominations = List.of(Money.of(50000), Money.of("50000.00"))))
			.containsExactly("denominations");
	}

	@Test
	void denominations_per_size_class_are_among_the_denominations_for_known_size_classes() {
		assertThat(invalidFields(r -> r.denominationsBySizeClass = Map.of("MICRO", List.of(Money.of(50000))))).isEmpty();
		assertThat(invalidFields(r -> r.denominationsBySizeClass = Map.of("MICRO", List.of(Money.of(30000)))))
			.containsExactly("denominationsBySizeClass.MICRO");
		assertThat(invalidFields(r -> r.denominationsBySizeClass = Map.of("HUGE", List.of(Money.of(50000)))))
			.containsExactly("denominationsBySizeClass");
	}

	@Test
	void region_codes_in_the_rules_must_exist() {
		assertThat(invalidFields(r -> r.excessRatioByRegion = Map.of("999999", Ratio.ONE))).containsExactly("excessRatioByRegion");
		assertThat(invalidFields(r -> r.acceptedInstitutionRegions = List.of("140000", "999999")))
			.containsExactly("acceptedInstitutionRegions");
	}

	@Test
	void the_annual_cap_is_a_positive_amount_and_so_is_a_per_claim_maximum() {
		assertThat(invalidFields(r -> r.annualCapPerEnterprise = Money.ZERO)).containsExactly("annualCapPerEnterprise");
		assertThat(invalidFields(r -> r.maxPayablePerClaim = Money.ZERO)).containsExactly("maxPayablePerClaim");
		assertThat(invalidFields(r -> r.maxPayablePerClaim = Money.of(80000))).isEmpty();
	}

	@Test
	void size_classes_must_be_known() {
		assertThat(invalidFields(r -> r.sizeClassesAllowed = List.of("SMALL", "GIANT"))).containsExactly("sizeClassesAllowed");
	}

	@Test
	void deadlines_are_between_one_and_120_working_days() {
		assertThat(invalidFields(r -> r.reviewWorkingDays = 0)).containsExactly("reviewWorkingDays");
		assertThat(invalidFields(r -> r.confirmWorkingDays = 121)).containsExactly("confirmWorkingDays");
		assertThat(invalidFields(r -> r.claimReviewWorkingDays = -1)).containsExactly("claimReviewWorkingDays");
		assertThat(invalidFields(r -> r.noticeWorkingDays = 0)).containsExactly("noticeWorkingDays");
		assertThat(invalidFields(r -> r.paymentWorkingDays = 200)).containsExactly("paymentWorkingDays");
		assertThat(invalidFields(r -> r.reviewWorkingDays = 120)).isEmpty();
	}

	@Test
	void counts_and_years_have_bounds() {
		assertThat(invalidFields(r -> r.maxVouchersPerEnterprise = 0)).containsExactly("maxVouchersPerEnterprise");
		assertThat(invalidFields(r -> r.banYearsOnFraud = 11)).containsExactly("banYearsOnFraud");
		assertThat(invalidFields(r -> r.banYearsOnFraud = 0)).isEmpty();
		assertThat(invalidFields(r -> r.preRedemptionCleanYears = -1)).containsExactly("preRedemptionCleanYears");
	}

	@Test
	void an_enterprise_is_offered_the_denominations_of_its_size_class_or_else_all() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.denominationsBySizeClass = Map.of("MICRO", List.of(Money.of(50000)));
		ProgramRules rules = body.build();
		assertThat(rules.denominationsFor("MICRO")).containsExactly(Money.of(50000));
		assertThat(rules.denominationsFor("MEDIUM")).containsExactly(Money.of(50000), Money.of(100000));
	}

	@Test
	void the_excess_ratio_of_the_nearest_region_that_sets_one_applies() {
		ProgramRules rules = ProgramFixtures.shanxiRules();
		assertThat(rules.excessRatioFor(List.of("140105", "140100", "140000"))).isEqualTo(Ratio.parse("0.60"));
		assertThat(rules.excessRatioFor(List.of("140200", "140000"))).isEqualTo(Ratio.parse("0.50"));
		assertThat(rules.excessRatioFor(List.of())).isEqualTo(Ratio.parse("0.50"));
	}

	@Test
	void a_voucher_is_valid_until_the_program_date_or_for_its_months_from_issue() {
		assertThat(ProgramFixtures.shanxiRules().voucherValidUntil(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 12, 31));
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.validUntil = null;
		body.validityMonths = 12;
		assertThat(body.build().voucherValidUntil(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2027, 3, 14));
		assertThat(body.build().voucherValidUntil(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2027, 1, 30));
	}

	@Test
	void a_program_covers_exactly_its_service_categories() {
		ProgramRules rules = ProgramFixtures.shanxiRules();
		assertThat(rules.covers(ServiceCategory.TESTING_CERTIFICATION)).isTrue();
		assertThat(rules.covers(ServiceCategory.SCIENCE_FINANCE)).isFalse();
	}
}
