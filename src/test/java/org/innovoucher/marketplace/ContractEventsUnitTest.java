package org.innovoucher.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.marketplace.Contract.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Contract raises exactly one audited event per move, with its from and to")
class ContractEventsUnitTest {

	static final Map<Status, Set<Status>> ALLOWED = ContractUnitTest.ALLOWED;

	/** The named operation that makes each move. */
	static final Map<Status, BiConsumer<Contract, String>> OPERATIONS = Map.of(Status.SIGNED, Contract::sign,
			Status.DECLINED, Contract::decline, Status.COMPLETED, Contract::complete, Status.TERMINATED,
			Contract::terminate);

	@Test
	void proposing_raises_contract_proposed_from_nothing_to_proposed() {
		assertThat(ContractUnitTest.proposed().raisedEvents()).singleElement()
			.isInstanceOfSatisfying(ContractEvents.ContractProposed.class, e -> {
				assertThat(e.action()).isEqualTo("CONTRACT_PROPOSED");
				assertThat(e.entityType()).isEqualTo("CONTRACT");
				assertThat(e.entityId()).isEqualTo("contract-1");
				assertThat(e.from()).isNull();
				assertThat(e.to()).isEqualTo("PROPOSED");
				assertThat(e.reason()).isEqualTo("EMC test 80000.00");
				assertThat(e.institutionId()).isEqualTo("institution-1");
			});
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void every_allowed_move_raises_exactly_one_audited_event_with_its_from_and_to(Status from) {
		assertThat(EnumSet.allOf(Status.class)).containsAll(ALLOWED.get(from));
		for (Status to : ALLOWED.get(from)) {
			Contract contract = ContractUnitTest.inStatus(from);
			int before = contract.raisedEvents().size();
			OPERATIONS.get(to).accept(contract, "why");
			List<Object> events = contract.raisedEvents().subList(before, contract.raisedEvents().size());
			assertThat(events).as("%s -> %s", from, to).singleElement().isInstanceOfSatisfying(AuditedEvent.class, e -> {
				assertThat(e.action()).isEqualTo("CONTRACT_" + to.name());
				assertThat(e.entityType()).isEqualTo("CONTRACT");
				assertThat(e.entityId()).isEqualTo("contract-1");
				assertThat(e.from()).isEqualTo(from.name());
				assertThat(e.to()).isEqualTo(to.name());
				assertThat(e.reason()).isEqualTo("why");
			});
		}
	}

	@Test
	void the_institutions_answer_is_what_the_enterprise_is_told() {
		Contract contract = ContractUnitTest.proposed();
		contract.decline("fully booked");
		assertThat(contract.raisedEvents().get(1)).isEqualTo(new ContractEvents.ContractAnswered("contract-1",
				"enterprise-1", "institution-1", "DECLINED", "PROPOSED", "fully booked"));
	}
}
