package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CurrentUser: staff act within their region; a null region is the whole country")
class CurrentUserUnitTest {

	final Regions regions = RegionsUnitTest.fixture();

	static CurrentUser user(Set<Role> roles, String region) {
		return new CurrentUser("u-1", "someone", roles, region, null, null);
	}

	@Test
	void a_taiyuan_reviewer_covers_taiyuan_and_its_districts_only() {
		CurrentUser reviewer = user(EnumSet.of(Role.BUREAU_REVIEWER), "140100");
		assertThat(reviewer.isStaffCovering("140100", regions)).isTrue();
		assertThat(reviewer.isStaffCovering("140105", regions)).isTrue();
		assertThat(reviewer.isStaffCovering("140200", regions)).isFalse();
		assertThat(reviewer.isStaffCovering("140000", regions)).isFalse();
		reviewer.requireStaff(Role.BUREAU_REVIEWER, "140106", regions);
		assertThatThrownBy(() -> reviewer.requireStaff(Role.BUREAU_REVIEWER, "140200", regions))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
	}

	@Test
	void staff_without_a_region_cover_the_whole_country() {
		CurrentUser supervisor = user(EnumSet.of(Role.SUPERVISOR), null);
		assertThat(supervisor.isStaffCovering("540100", regions)).isTrue();
		supervisor.requireStaff(Role.SUPERVISOR, "140105", regions);
	}

	@Test
	void the_role_is_required_as_well_as_the_region() {
		CurrentUser operator = user(EnumSet.of(Role.OPERATOR), "140000");
		assertThatThrownBy(() -> operator.requireStaff(Role.FINANCE_OFFICER, "140100", regions))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
	}

	@Test
	void enterprises_experts_and_agencies_are_not_staff() {
		CurrentUser enterprise = user(EnumSet.of(Role.ENTERPRISE), "140105");
		assertThat(enterprise.isStaff()).isFalse();
		assertThat(enterprise.isStaffCovering("140105", regions)).isFalse();
		assertThat(user(EnumSet.of(Role.EXPERT, Role.AGENCY), null).isStaff()).isFalse();
		assertThat(user(EnumSet.of(Role.EXPERT, Role.OPERATOR), null).isStaff()).isTrue();
	}

	@Test
	void roles_are_checked_one_or_any() {
		CurrentUser user = user(EnumSet.of(Role.OPERATOR, Role.EXPERT), "140000");
		assertThat(user.has(Role.OPERATOR)).isTrue();
		assertThat(user.has(Role.SUPERVISOR)).isFalse();
		assertThat(user.hasAny(Role.SUPERVISOR, Role.EXPERT)).isTrue();
		assertThat(user.hasAny(Role.SUPERVISOR, Role.FINANCE_OFFICER)).isFalse();
	}

	@Test
	void without_an_authenticated_caller_the_actor_is_the_system() {
		assertThat(CurrentUser.current()).isEmpty();
		assertThat(CurrentUser.actorName()).isEqualTo(CurrentUser.SYSTEM);
		assertThatThrownBy(CurrentUser::require).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
	}

	@Test
	void the_party_and_region_are_handed_out_typed_and_absent_ones_stay_null() {
		CurrentUser enterprise = new CurrentUser("u-2", "acme", EnumSet.of(Role.ENTERPRISE), null, "e-1", null);
		assertThat(enterprise.enterprise()).isEqualTo(EnterpriseId.of("e-1"));
		assertThat(enterprise.institution()).isNull();
		assertThat(enterprise.region()).isNull();
		CurrentUser lab = new CurrentUser("u-3", "lab", EnumSet.of(Role.INSTITUTION), null, null, "i-1");
		assertThat(lab.institution()).isEqualTo(InstitutionId.of("i-1"));
		assertThat(lab.enterprise()).isNull();
		assertThat(user(EnumSet.of(Role.OPERATOR), "140100").region()).isEqualTo(RegionCode.of("140100"));
	}
}
