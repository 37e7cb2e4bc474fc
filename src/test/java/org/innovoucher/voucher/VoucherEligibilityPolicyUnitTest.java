package org.innovoucher.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
import org.innovoucher.policy.Round;
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
	void at_most_the_allowed_number_of_applications_per_round() {
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

	static VoucherApplication filedIn(String round, LocalDate on) {
		return VoucherApplication.submit("application-" + round, "program-1", "Shanxi 2026", 1, "enterprise-1", "140105",
				Money.of(50000), "EMC testing", List.of("TESTING_CERTIFICATION"), "user-1",
				Instant.parse("2026-03-02T02:00:00Z"), on, round, on.plusDays(14));
	}

	void twoListedRounds() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.rounds = List.of(
				new Round("2026 H1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 15)),
				new Round("2026 H2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 15)));
		rules = body.build();
	}

	@Test
	void between_rounds_an_application_is_refused_with_the_next_rounds_opening_day() {
		twoListedRounds();
		today = LocalDate.of(2026, 5, 1);
		assertThatThrownBy(this::check).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).isEqualTo(ErrorCode.APPLICATION_WINDOW_CLOSED);
			assertThat(e.getMessage()).contains("2026 H2", "2026-07-01");
		});
		today = LocalDate.of(2026, 10, 1);
		assertThatThrownBy(this::check).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.getMessage()).doesNotContain("next round"));
	}

	@Test
	void an_application_within_a_round_is_filed_in_that_round() {
		twoListedRounds();
		today = LocalDate.of(2026, 7, 1);
		assertThat(VoucherEligibilityPolicy.check(new VoucherEligibilityPolicy.Request(program, rules, enterprise,
				inRegion, denomination, categories, earlier, today)).name()).isEqualTo("2026 H2");
	}

	@Test
	void the_allowance_counts_the_applications_of_the_round_open_today_only() {
		twoListedRounds();
		earlier = List.of(filedIn("2026 H1", LocalDate.of(2026, 2, 2)));
		today = LocalDate.of(2026, 3, 31);
		assertRefusedWith(ErrorCode.DUPLICATE_APPLICATION);
		today = LocalDate.of(2026, 7, 1);
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@Test
	void an_application_filed_before_rounds_were_recorded_counts_in_the_round_of_its_submission_day() {
		ProgramFixtures.Rules body = ProgramFixtures.shanxi();
		body.cycle = Cycle.QUARTERLY;
		rules = body.build();
		earlier = List.of(filedIn(null, LocalDate.of(2026, 4, 2)));
		today = LocalDate.of(2026, 6, 30);
		assertRefusedWith(ErrorCode.DUPLICATE_APPLICATION);
		today = LocalDate.of(2026, 7, 1);
		assertThatCode(this::check).doesNotThrowAnyException();
	}
}
