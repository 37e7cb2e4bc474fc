package org.innovoucher.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Enterprise: bans, technology-based SME status, related parties")
class EnterpriseUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Test
	void the_fixture_uscc_is_valid() {
		assertThat(Uscc.of(EnterpriseFixtures.USCC).value()).isEqualTo(EnterpriseFixtures.USCC);
	}

	@Test
	void a_new_enterprise_is_active_and_not_banned() {
		Enterprise enterprise = EnterpriseFixtures.smallTaiyuanEnterprise();
		assertThat(enterprise.isBannedOn(TODAY)).isFalse();
		assertThat(enterprise.statusOn(TODAY)).isEqualTo(Enterprise.Status.ACTIVE);
		assertThat(enterprise.getBannedUntil()).isNull();
		enterprise.requireNotBanned(TODAY);
	}

	@Test
	void a_ban_holds_up_to_and_including_its_last_day() {
		Enterprise enterprise = EnterpriseFixtures.bannedUntil(LocalDate.of(2029, 6, 1));
		assertThat(enterprise.isBannedOn(TODAY)).isTrue();
		assertThat(enterprise.isBannedOn(LocalDate.of(2029, 6, 1))).isTrue();
		assertThat(enterprise.isBannedOn(LocalDate.of(2029, 6, 2))).isFalse();
		assertThat(enterprise.statusOn(TODAY)).isEqualTo(Enterprise.Status.BANNED);
		assertThat(enterprise.statusOn(LocalDate.of(2029, 6, 2))).isEqualTo(Enterprise.Status.ACTIVE);
	}

	@Test
	void a_banned_enterprise_is_refused_with_enterprise_banned() {
		Enterprise enterprise = EnterpriseFixtures.bannedUntil(LocalDate.of(2029, 6, 1));
		assertThatThrownBy(() -> enterprise.requireNotBanned(TODAY)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.ENTERPRISE_BANNED));
	}

	@Test
	void a_longer_ban_wins_over_a_shorter_one() {
		Enterprise enterprise = EnterpriseFixtures.bannedUntil(LocalDate.of(2029, 6, 1));
		enterprise.ban(LocalDate.of(2028, 1, 1));
		assertThat(enterprise.getBannedUntil()).isEqualTo(LocalDate.of(2029, 6, 1));
		enterprise.ban(LocalDate.of(2030, 1, 1));
		assertThat(enterprise.getBannedUntil()).isEqualTo(LocalDate.of(2030, 1, 1));
	}

	@Test
	void a_technology_based_sme_has_a_registration_number() {
		assertThat(EnterpriseFixtures.techSme(SizeClass.SMALL).isTechSme()).isTrue();
		assertThat(EnterpriseFixtures.smallTaiyuanEnterprise().isTechSme()).isFalse();
		assertThat(EnterpriseFixtures.enterprise(EnterpriseFixtures.USCC, "140105", SizeClass.SMALL, " ", List.of())
			.isTechSme()).isFalse();
	}

	@Test
	void an_enterprise_is_related_to_itself_and_to_the_parties_it_declared() {
		Enterprise enterprise = EnterpriseFixtures.relatedTo("12140100405721688D");
		assertThat(enterprise.isRelatedTo(EnterpriseFixtures.USCC)).isTrue();
		assertThat(enterprise.isRelatedTo("12140100405721688D")).isTrue();
		assertThat(enterprise.isRelatedTo("91350100M000100Y43")).isFalse();
	}

	@Test
	void the_declared_related_parties_cannot_be_changed_from_outside() {
		assertThatThrownBy(() -> EnterpriseFixtures.relatedTo("12140100405721688D").getRelatedParties().add("x"))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void size_classes_follow_the_2011_sme_classification() {
		assertThat(SizeClass.values()).containsExactly(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM, SizeClass.LARGE);
	}
}
