package org.innovoucher.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.audit.AuditedEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Enterprise and AgencyDelegation: every move raises exactly one audited event")
class EnterpriseEventsUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static AuditedEvent only(List<Object> raised) {
		assertThat(raised).hasSize(1);
		assertThat(raised.get(0)).isInstanceOf(AuditedEvent.class);
		return (AuditedEvent) raised.get(0);
	}

	@Test
	void a_registration_names_the_registrant_as_who_acted() {
		Enterprise enterprise = Enterprise.register("e-1", EnterpriseFixtures.USCC, "示例科技", "140105", SizeClass.SMALL,
				"software", null, "张三", "0351-1234567", List.of(), Instant.EPOCH, "acme");
		AuditedEvent event = only(enterprise.raisedEvents());
		assertThat(List.of(event.action(), event.entityType(), event.entityId(), event.to(), event.reason(), event.actor()))
			.containsExactly("ENTERPRISE_REGISTERED", "ENTERPRISE", "e-1", "ACTIVE", "示例科技", "acme");
		assertThat(event.from()).isNull();
	}

	@Test
	void every_ban_is_recorded_from_the_status_of_the_day_to_banned_with_the_ban_that_holds() {
		// active to banned, and banned to banned: a shorter ban leaves the longer one, and says so
		Enterprise enterprise = EnterpriseFixtures.smallTaiyuanEnterprise();
		enterprise.ban(LocalDate.of(2029, 6, 1), TODAY, "fraud");
		AuditedEvent first = only(enterprise.raisedEvents());
		assertThat(List.of(first.action(), first.from(), first.to(), first.reason()))
			.containsExactly("ENTERPRISE_BANNED", "ACTIVE", "BANNED", "until 2029-06-01: fraud");

		enterprise.ban(LocalDate.of(2028, 1, 1), TODAY, "again");
		assertThat(enterprise.raisedEvents()).hasSize(2);
		AuditedEvent second = (AuditedEvent) enterprise.raisedEvents().get(1);
		assertThat(List.of(second.from(), second.to(), second.reason()))
			.containsExactly("BANNED", "BANNED", "until 2029-06-01: again");
	}

	@Test
	void a_delegation_is_granted_and_revoked_once() {
		AgencyDelegation delegation = AgencyDelegation.grant("d-1", "e-1", "agency-user-1", "agency-a", Instant.EPOCH);
		AuditedEvent granted = only(delegation.raisedEvents());
		assertThat(List.of(granted.action(), granted.entityType(), granted.entityId(), granted.to(), granted.reason()))
			.containsExactly("DELEGATION_GRANTED", "DELEGATION", "d-1", "ACTIVE", "enterprise e-1 to agency agency-a");

		delegation.revoke(Instant.EPOCH.plusSeconds(60));
		assertThat(delegation.raisedEvents()).hasSize(2);
		AuditedEvent revoked = (AuditedEvent) delegation.raisedEvents().get(1);
		assertThat(List.of(revoked.action(), revoked.from(), revoked.to()))
			.containsExactly("DELEGATION_REVOKED", "ACTIVE", "REVOKED");
		assertThatThrownBy(() -> delegation.revoke(Instant.EPOCH.plusSeconds(120)));
		assertThat(delegation.raisedEvents()).hasSize(2);
	}
}
