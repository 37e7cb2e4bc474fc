package org.innovoucher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.innovoucher.shared.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UserAccount and Role: roles, staff, region")
class UserAccountUnitTest {

	static UserAccount reviewer() {
		return new UserAccount("u-1", "ty-reviewer", "{noop}x", "r@example.cn",
				EnumSet.of(Role.EXPERT, Role.BUREAU_REVIEWER), "140100", null, null, Instant.EPOCH);
	}

	@Test
	void an_account_keeps_its_roles_and_region_and_starts_enabled() {
		UserAccount user = reviewer();
		assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.BUREAU_REVIEWER, Role.EXPERT);
		assertThat(user.getRegionCode()).isEqualTo("140100");
		assertThat(user.isEnabled()).isTrue();
	}

	@Test
	void the_roles_read_from_an_account_are_a_copy() {
		UserAccount user = reviewer();
		user.getRoles().add(Role.SYSTEM_ADMIN);
		assertThat(user.getRoles()).doesNotContain(Role.SYSTEM_ADMIN);
	}

	@Test
	void a_disabled_account_stays_disabled() {
		UserAccount user = reviewer();
		user.disable();
		assertThat(user.isEnabled()).isFalse();
	}

	@Test
	void there_are_ten_roles_and_the_six_government_roles_are_staff() {
		assertThat(Role.values()).hasSize(10);
		assertThat(EnumSet.allOf(Role.class).stream().filter(Role::isStaff)).containsExactlyInAnyOrder(Role.SYSTEM_ADMIN,
				Role.POLICY_ADMIN, Role.OPERATOR, Role.BUREAU_REVIEWER, Role.FINANCE_OFFICER, Role.SUPERVISOR);
		assertThat(Role.EXPERT.isStaff()).isFalse();
		assertThat(Role.ENTERPRISE.isStaff()).isFalse();
		assertThat(Role.INSTITUTION.isStaff()).isFalse();
		assertThat(Role.AGENCY.isStaff()).isFalse();
	}
}
