package org.innovoucher.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.innovoucher.marketplace.Contract.Status;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Contract: proposed, signed or declined, completed or terminated")
class ContractUnitTest {

	static final Map<Status, Set<Status>> ALLOWED = Map.of(
			Status.PROPOSED, EnumSet.of(Status.SIGNED, Status.DECLINED, Status.TERMINATED),
			Status.SIGNED, EnumSet.of(Status.COMPLETED, Status.TERMINATED),
			Status.DECLINED, EnumSet.noneOf(Status.class),
			Status.COMPLETED, EnumSet.noneOf(Status.class),
			Status.TERMINATED, EnumSet.noneOf(Status.class));

	static Contract proposed() {
		return new Contract("contract-1", "enterprise-1", "institution-1", "service-1", "voucher-1", "EMC test",
				ServiceCategory.TESTING_CERTIFICATION, Money.of(80000), LocalDate.of(2026, 4, 1),
				Instant.parse("2026-04-01T02:00:00Z"));
	}

	static Contract inStatus(Status status) {
		Contract contract = proposed();
		switch (status) {
			case PROPOSED -> {
			}
			case SIGNED, DECLINED, TERMINATED -> contract.moveTo(status, null);
			case COMPLETED -> {
				contract.moveTo(Status.SIGNED, null);
				contract.moveTo(Status.COMPLETED, null);
			}
		}
		return contract;
	}

	@Test
	void a_new_contract_is_proposed_and_not_yet_claimable() {
		Contract contract = proposed();
		assertThat(contract.getStatus()).isEqualTo(Status.PROPOSED);
		assertThat(contract.isClaimable()).isFalse();
		assertThat(contract.getAmount()).isEqualTo(Money.of(80000));
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void every_allowed_move_is_made_and_every_other_refused_with_invalid_state(Status from) {
		for (Status to : Status.values()) {
			Contract contract = inStatus(from);
			if (ALLOWED.get(from).contains(to)) {
				assertThat(contract.moveTo(to, "why")).isEqualTo(from);
				assertThat(contract.getStatus()).isEqualTo(to);
				assertThat(contract.getReason()).isEqualTo("why");
			}
			else {
				assertThatThrownBy(() -> contract.moveTo(to, "why")).isInstanceOfSatisfying(DomainException.class,
						e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
				assertThat(contract.getStatus()).isEqualTo(from);
			}
		}
	}

	@Test
	void claims_may_be_filed_for_signed_and_completed_contracts_only() {
		for (Status status : Status.values()) {
			assertThat(inStatus(status).isClaimable()).as(status.name())
				.isEqualTo(status == Status.SIGNED || status == Status.COMPLETED);
		}
	}
}
