package org.innovoucher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.shared.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UserAccount: every change raises exactly one audited event")
class AccountEventsUnitTest {

	static UserAccount reviewer() {
		return new UserAccount("u-1", "ty-reviewer", "{noop}x", "r@example.cn", EnumSet.of(Role.BUREAU_REVIEWER),
				"140100", null, null, Instant.EPOCH);
	}

	static AuditedEvent lastOne(UserAccount user, int before) {
		List<Object> raised = user.raisedEvents();
		assertThat(raised).hasSize(before + 1);
		AuditedEvent event = (AuditedEvent) raised.get(before);
		assertThat(event.entityType()).isEqualTo("USER");
		assertThat(event.entityId()).isEqualTo(user.getId());
		return event;
	}

	static AuditedEvent after(UserAccount user, Consumer<UserAccount> change) {
		int before = user.raisedEvents().size();
		change.accept(user);
		return lastOne(user, before);
	}

	@Test
	void a_created_account_names_its_roles_region_and_creator() {
		UserAccount user = UserAccount.create("u-2", "acme", "{noop}x", "a@b.cn", EnumSet.of(Role.ENTERPRISE), "140105",
				"e-1", null, Instant.EPOCH, "acme");
		AuditedEvent event = lastOne(user, 0);
		assertThat(List.of(event.action(), event.to(), event.reason(), event.actor()))
			.containsExactly("USER_CREATED", "ENABLED", "roles [ENTERPRISE] in 140105", "acme");
		assertThat(event.from()).isNull();
		UserAccount national = UserAccount.create("u-3", "boss", "{noop}x", "a@b.cn", EnumSet.of(Role.SYSTEM_ADMIN),
				null, null, null, Instant.EPOCH, "system");
		assertThat(lastOne(national, 0).reason()).isEqualTo("roles [SYSTEM_ADMIN]");
	}

	@Test
	void disabling_and_enabling_move_between_enabled_and_disabled_once() {
		UserAccount user = reviewer();
		AuditedEvent disabled = after(user, UserAccount::disable);
		assertThat(List.of(disabled.action(), disabled.from(), disabled.to()))
			.containsExactly("USER_DISABLED", "ENABLED", "DISABLED");
		user.disable();
		assertThat(user.raisedEvents()).hasSize(1);
		AuditedEvent enabled = after(user, UserAccount::enable);
		assertThat(List.of(enabled.action(), enabled.from(), enabled.to()))
			.containsExactly("USER_ENABLED", "DISABLED", "ENABLED");
		user.enable();
		assertThat(user.raisedEvents()).hasSize(2);
	}

	@Test
	void new_roles_are_recorded_from_the_old_to_the_new() {
		AuditedEvent event = after(reviewer(), u -> u.changeRoles(EnumSet.of(Role.SUPERVISOR), "140000"));
		assertThat(List.of(event.action(), event.from(), event.to()))
			.containsExactly("USER_ROLES_CHANGED", "[BUREAU_REVIEWER] in 140100", "[SUPERVISOR] in 140000");
	}

	@Test
	void a_reset_and_an_own_change_of_the_password_are_told_apart() {
		assertThat(after(reviewer(), u -> u.resetPassword("{noop}y")).action()).isEqualTo("USER_PASSWORD_RESET");
		assertThat(after(reviewer(), u -> u.changeOwnPassword("{noop}y")).action()).isEqualTo("USER_PASSWORD_CHANGED");
	}
}
