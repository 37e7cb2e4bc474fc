package org.innovoucher.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AgencyDelegation: explicit and revocable")
class AgencyDelegationUnitTest {

	static final Instant GRANTED = Instant.parse("2026-03-01T01:00:00Z");
	static final Instant REVOKED = Instant.parse("2026-04-01T01:00:00Z");

	@Test
	void a_granted_delegation_is_active() {
		AgencyDelegation delegation = new AgencyDelegation("d-1", "enterprise-1", "agency-user-1", GRANTED);
		assertThat(delegation.isActive()).isTrue();
		assertThat(delegation.getGrantedAt()).isEqualTo(GRANTED);
		assertThat(delegation.getRevokedAt()).isNull();
		assertThat(delegation.getEnterpriseId()).isEqualTo("enterprise-1");
		assertThat(delegation.getAgencyUserId()).isEqualTo("agency-user-1");
	}

	@Test
	void the_enterprise_revokes_it() {
		AgencyDelegation delegation = new AgencyDelegation("d-1", "enterprise-1", "agency-user-1", GRANTED);
		delegation.revoke(REVOKED);
		assertThat(delegation.isActive()).isFalse();
		assertThat(delegation.getRevokedAt()).isEqualTo(REVOKED);
	}

	@Test
	void a_revoked_delegation_cannot_be_revoked_again() {
		AgencyDelegation delegation = new AgencyDelegation("d-1", "enterprise-1", "agency-user-1", GRANTED);
		delegation.revoke(REVOKED);
		assertThatThrownBy(() -> delegation.revoke(REVOKED.plusSeconds(60))).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
		assertThat(delegation.getRevokedAt()).isEqualTo(REVOKED);
	}
}
