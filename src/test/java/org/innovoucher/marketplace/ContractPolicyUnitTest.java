package org.innovoucher.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.EnterpriseFixtures;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionFixtures;
import org.innovoucher.policy.ProgramFixtures;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("ContractPolicy: recognised institution, covered category and region, no related parties")
class ContractPolicyUnitTest {

	ProgramRules rules = ProgramFixtures.shanxiRules();
	Enterprise enterprise = EnterpriseFixtures.smallTaiyuanEnterprise();
	Institution institution = InstitutionFixtures.recognisedTestingCentre();
	ServiceCategory category = ServiceCategory.TESTING_CERTIFICATION;
	boolean regionAccepted = true;
	LocalDate today = LocalDate.of(2026, 6, 1);

	void check() {
		ContractPolicy.check(rules, enterprise, institution, category, regionAccepted, today);
	}

	void assertRefusedWith(ErrorCode code) {
		assertThatThrownBy(this::check).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	@Test
	void a_recognised_unrelated_institution_of_an_accepted_region_may_be_contracted_for_a_covered_category() {
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@Test
	void an_enterprise_banned_after_its_voucher_was_issued_is_refused() {
		enterprise = EnterpriseFixtures.bannedUntil(LocalDate.of(2029, 6, 1));
		assertRefusedWith(ErrorCode.ENTERPRISE_BANNED);
	}

	@Test
	void an_enterprise_whose_ban_ended_may_contract_again() {
		enterprise = EnterpriseFixtures.bannedUntil(LocalDate.of(2026, 5, 31));
		assertThatCode(this::check).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(value = Institution.Status.class, names = "RECOGNISED", mode = EnumSource.Mode.EXCLUDE)
	void an_institution_that_is_not_recognised_is_refused(Institution.Status status) {
		institution = InstitutionFixtures.inStatus(status);
		assertRefusedWith(ErrorCode.INSTITUTION_NOT_RECOGNISED);
	}

	@Test
	void a_category_the_program_does_not_cover_is_refused() {
		category = ServiceCategory.SCIENCE_FINANCE;
		institution = InstitutionFixtures.recognised(InstitutionFixtures.pending(InstitutionFixtures.USCC, "140100",
				Set.of(ServiceCategory.SCIENCE_FINANCE), List.of()));
		assertRefusedWith(ErrorCode.CATEGORY_NOT_COVERED);
	}

	@Test
	void a_category_the_institution_does_not_offer_is_refused() {
		category = ServiceCategory.INTELLECTUAL_PROPERTY;
		assertRefusedWith(ErrorCode.CATEGORY_NOT_COVERED);
	}

	@Test
	void an_institution_of_a_region_the_program_does_not_accept_is_refused() {
		regionAccepted = false;
		assertRefusedWith(ErrorCode.INSTITUTION_REGION_NOT_ACCEPTED);
	}

	@Test
	void the_same_legal_person_on_both_sides_is_refused() {
		institution = InstitutionFixtures.recognised(InstitutionFixtures.pending(EnterpriseFixtures.USCC, "140100",
				Set.of(ServiceCategory.TESTING_CERTIFICATION), List.of()));
		assertRefusedWith(ErrorCode.RELATED_PARTY);
	}

	@Test
	void a_related_party_declared_by_the_enterprise_is_refused() {
		enterprise = EnterpriseFixtures.relatedTo(InstitutionFixtures.USCC);
		assertRefusedWith(ErrorCode.RELATED_PARTY);
	}

	@Test
	void a_related_party_declared_by_the_institution_is_refused() {
		institution = InstitutionFixtures.recognised(InstitutionFixtures.pending(InstitutionFixtures.USCC, "140100",
				Set.of(ServiceCategory.TESTING_CERTIFICATION), List.of(EnterpriseFixtures.USCC)));
		assertRefusedWith(ErrorCode.RELATED_PARTY);
	}

	@Test
	void recognition_is_checked_first() {
		institution = InstitutionFixtures.inStatus(Institution.Status.SUSPENDED);
		category = ServiceCategory.SCIENCE_FINANCE;
		regionAccepted = false;
		assertRefusedWith(ErrorCode.INSTITUTION_NOT_RECOGNISED);
	}

	@Test
	void an_institution_region_is_accepted_where_it_or_an_ancestor_is_listed() {
		assertThat(ContractPolicy.regionAccepted(List.of("140000"), List.of("140105", "140100", "140000"))).isTrue();
		assertThat(ContractPolicy.regionAccepted(List.of("140100"), List.of("140100", "140000"))).isTrue();
		assertThat(ContractPolicy.regionAccepted(List.of("140100"), List.of("140200", "140000"))).isFalse();
		assertThat(ContractPolicy.regionAccepted(List.of("140000", "310000"), List.of("310100", "310000"))).isTrue();
		assertThat(ContractPolicy.regionAccepted(List.of("140000"), List.of("540100", "540000"))).isFalse();
	}
}
