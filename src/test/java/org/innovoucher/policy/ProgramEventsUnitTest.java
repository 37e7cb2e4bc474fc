package org.innovoucher.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Program: every move raises exactly one audited event")
class ProgramEventsUnitTest {

	final ProgramRules rules = ProgramFixtures.shanxiRules();

	/** The one event the last operation raised (the events before {@code before} were there already). */
	static AuditedEvent lastOne(Program program, int before) {
		List<Object> raised = program.raisedEvents();
		assertThat(raised).hasSize(before + 1);
		assertThat(raised.get(before)).isInstanceOf(AuditedEvent.class);
		AuditedEvent event = (AuditedEvent) raised.get(before);
		assertThat(event.entityType()).isEqualTo("PROGRAM");
		assertThat(event.entityId()).isEqualTo(program.getId());
		return event;
	}

	@Test
	void every_allowed_status_move_raises_one_event_from_and_to_its_statuses() {
		int moves = 0;
		for (Program.Status from : Program.Status.values()) {
			for (Program.Status to : Program.Status.values()) {
				if (!from.canMoveTo(to)) {
					continue;
				}
				Program program = inStatus(from);
				int before = program.raisedEvents().size();
				if (to == Program.Status.OPEN) {
					program.publish();
				}
				else {
					program.close();
				}
				AuditedEvent event = lastOne(program, before);
				assertThat(event.action()).isEqualTo(to == Program.Status.OPEN ? "PROGRAM_PUBLISHED" : "PROGRAM_CLOSED");
				assertThat(event.from()).isEqualTo(from.name());
				assertThat(event.to()).isEqualTo(to.name());
				assertThat(event.reason()).isNull();
				moves++;
			}
		}
		assertThat(moves).isEqualTo(2);
	}

	@Test
	void a_created_program_is_a_draft_named_in_its_record() {
		Program program = Program.create("p-1", rules, java.time.Instant.EPOCH);
		AuditedEvent event = lastOne(program, 0);
		assertThat(event.action()).isEqualTo("PROGRAM_CREATED");
		assertThat(event.from()).isNull();
		assertThat(event.to()).isEqualTo("DRAFT");
		assertThat(event.reason()).isEqualTo(rules.name());
	}

	@Test
	void a_draft_is_amended_in_place_and_an_open_program_gets_a_new_version() {
		Program draft = ProgramFixtures.draftProgram(rules);
		draft.amend(rules);
		AuditedEvent inPlace = lastOne(draft, 0);
		assertThat(List.of(inPlace.action(), inPlace.from(), inPlace.to(), inPlace.reason()))
			.containsExactly("PROGRAM_AMENDED", "v1", "v1", rules.name());

		Program open = ProgramFixtures.openProgram(rules);
		int before = open.raisedEvents().size();
		open.amend(rules);
		AuditedEvent next = lastOne(open, before);
		assertThat(List.of(next.from(), next.to())).containsExactly("v1", "v2");
	}

	@Test
	void a_budget_is_recorded_with_its_region_and_amount() {
		Program program = ProgramFixtures.openProgram(rules);
		int before = program.raisedEvents().size();
		program.allocateBudget("140100", Money.of(5_000_000));
		AuditedEvent event = lastOne(program, before);
		assertThat(event.action()).isEqualTo("BUDGET_SET");
		assertThat(event.from()).isNull();
		assertThat(event.to()).isNull();
		assertThat(event.reason()).isEqualTo("140100 = " + Money.of(5_000_000));
	}

	@Test
	void a_refused_operation_raises_nothing() {
		Program closed = ProgramFixtures.closedProgram(rules);
		int before = closed.raisedEvents().size();
		assertThatThrownBy(closed::publish);
		assertThatThrownBy(() -> closed.amend(rules));
		assertThatThrownBy(() -> closed.allocateBudget("140100", Money.of(1)));
		assertThat(closed.raisedEvents()).hasSize(before);
	}

	static Program inStatus(Program.Status status) {
		ProgramRules rules = ProgramFixtures.shanxiRules();
		return switch (status) {
			case DRAFT -> ProgramFixtures.draftProgram(rules);
			case OPEN -> ProgramFixtures.openProgram(rules);
			case CLOSED -> ProgramFixtures.closedProgram(rules);
		};
	}
}
