package org.innovoucher.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.EnterpriseFixtures;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramFixtures;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("VoucherEligibilityPolicy: may this enterprise apply for this denomination today?")
class VoucherEligibilityPolicyUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
	static final List<ServiceCategory> TESTING = List.of(ServiceCategory.TESTING_CERTIFICATION);

	ProgramRules rules = ProgramFixtures.shanxiRules();
	Program program = ProgramFixtures.openProgram(rules);
	Enterprise enterprise = EnterpriseFixtures.smallTaiyuanEnterprise();
	boolean inRegion = true;
	Money denomination = Money.of(50000);
	List<ServiceCategory> categories = TESTING;
	List<VoucherApplication> earlier = List.of();
	LocalDate today = TODAY;

	void check() {
		VoucherEligibilityPolicy.check(new VoucherEligibilityPolicy.Request(program, rules, enterprise, inRegion,
				denomination, categories, earlier, today));
	}

	void assertRefusedWith(ErrorCode code) {
		assertThatThrownBy(this::check).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	@Test
	void a_small_enterprise_of_the_region_applying_within_the_window_is_eligible() {
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@Test
	void applications_are_taken_only_while_the_program_is_open_and_within_its_window() {
		today = LocalDate.of(2026, 1, 1);
		assertThatCode(this::check).doesNotThrowAnyException();
		today = LocalDate.of(2026, 12, 31);
		assertThatCode(this::check).doesNotThrowAnyException();
		today = LocalDate.of(2025, 12, 31);
		assertRefusedWith(ErrorCode.APPLICATION_WINDOW_CLOSED);
		today = LocalDate.of(2027, 1, 1);
		assertRefusedWith(ErrorCode.APPLICATION_WINDOW_CLOSED);
		today = TODAY;
		program = ProgramFixtures.draftProgram(rules);
		assertRefusedWith(ErrorCode.APPLICATION_WINDOW_CLOSED);
		program = ProgramFixtures.closedProgram(rules);
		assertRefusedWith(ErrorCode.APPLICATION_WINDOW_CLOSED);
	}

	@Test
	void a_banned_enterprise_is_refused_until_its_ban_ends() {
		enterprise = EnterpriseFixtures.bannedUntil(TODAY);
		assertRefusedWith(ErrorCode.ENTERPRISE_BANNED);
		today = TODAY.plusDays(1);
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@Test
	void an_enterprise_registered_outside_the_region_is_not_eligible() {
		inRegion = false;
		assertRefusedWith(ErrorCode.NOT_ELIGIBLE);
	}

	@Test
	void where_the_program_requires_it_only_technology_based_smes_are_eligible() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.techSmeRequired = true;
		rules = body.build();
		assertRefusedWith(ErrorCode.NOT_ELIGIBLE);
		enterprise = EnterpriseFixtures.techSme(SizeClass.SMALL);
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@Test
	void only_the_allowed_size_classes_are_eligible() {
		enterprise = EnterpriseFixtures.techSme(SizeClass.LARGE);
		assertRefusedWith(ErrorCode.NOT_ELIGIBLE);
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.sizeClassesAllowed = List.of("MICRO");
		rules = body.build();
		enterprise = EnterpriseFixtures.techSme(SizeClass.SMALL);
		assertRefusedWith(ErrorCode.NOT_ELIGIBLE);
	}

	@Test
	void the_denomination_must_be_one_the_program_offers_to_the_size_class() {
		denomination = Money.of(30000);
		assertRefusedWith(ErrorCode.INVALID_DENOMINATION);
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.denominationsBySizeClass = Map.of("SMALL", List.of(Money.of(50000)), "MEDIUM", List.of(Money.of(100000)));
		rules = body.build();
		denomination = Money.of(100000);
		assertRefusedWith(ErrorCode.INVALID_DENOMINATION);
		denomination = Money.of(50000);
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@Test
	void every_service_category_must_be_covered() {
		categories = List.of(ServiceCategory.TESTING_CERTIFICATION, ServiceCategory.SCIENCE_FINANCE);
		assertRefusedWith(ErrorCode.CATEGORY_NOT_COVERED);
	}

	@Test
	void at_most_the_allowed_number_of_applications_per_period() {
		earlier = List.of(VoucherFixtures.submitted());
		assertRefusedWith(ErrorCode.DUPLICATE_APPLICATION);
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.maxVouchersPerEnterprise = 2;
		rules = body.build();
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@Test
	void the_window_is_checked_before_the_ban_and_the_ban_before_the_region() {
		enterprise = EnterpriseFixtures.bannedUntil(LocalDate.of(2029, 1, 1));
		inRegion = false;
		today = LocalDate.of(2027, 1, 1);
		assertRefusedWith(ErrorCode.APPLICATION_WINDOW_CLOSED);
		today = TODAY;
		assertRefusedWith(ErrorCode.ENTERPRISE_BANNED);
	}

	@Test
	void periods_follow_the_programs_cycle() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		LocalDate day = LocalDate.of(2026, 8, 17);
		assertThat(VoucherEligibilityPolicy.periodStart(Cycle.SEMI_ANNUAL, day, start)).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(VoucherEligibilityPolicy.periodStart(Cycle.SEMI_ANNUAL, LocalDate.of(2026, 6, 30), start))
			.isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(VoucherEligibilityPolicy.periodStart(Cycle.QUARTERLY, day, start)).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(VoucherEligibilityPolicy.periodStart(Cycle.QUARTERLY, LocalDate.of(2026, 12, 31), start))
			.isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(VoucherEligibilityPolicy.periodStart(Cycle.MONTHLY, day, start)).isEqualTo(LocalDate.of(2026, 8, 1));
		assertThat(VoucherEligibilityPolicy.periodStart(Cycle.ANNUAL, day, start)).isEqualTo(start);
		assertThat(VoucherEligibilityPolicy.periodStart(Cycle.ROLLING, day, start)).isEqualTo(start);

		assertThat(VoucherEligibilityPolicy.periodEnd(Cycle.SEMI_ANNUAL, LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(VoucherEligibilityPolicy.periodEnd(Cycle.QUARTERLY, LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(VoucherEligibilityPolicy.periodEnd(Cycle.MONTHLY, LocalDate.of(2026, 2, 1))).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(VoucherEligibilityPolicy.periodEnd(Cycle.ANNUAL, start)).isEqualTo(LocalDate.MAX);
	}
}
