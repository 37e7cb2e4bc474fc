package org.innovoucher.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Program: draft, open, closed; rules in numbered versions")
class ProgramUnitTest {

	final ProgramRules rules = ProgramFixtures.shanxiRules();

	static void assertInvalidState(Runnable operation) {
		assertThatThrownBy(operation::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
	}

	@Test
	void a_new_program_is_a_draft_at_version_one() {
		Program program = ProgramFixtures.draftProgram(rules);
		assertThat(program.getStatus()).isEqualTo(Program.Status.DRAFT);
		assertThat(program.getCurrentVersion()).isEqualTo(1);
		assertThat(program.isOpen()).isFalse();
		assertThat(program.getRegionCode()).isEqualTo("140000");
		assertThat(program.getYear()).isEqualTo(2026);
		assertThat(program.getName()).isEqualTo(rules.name());
	}

	@Test
	void a_draft_is_published_and_an_open_program_closed() {
		Program program = ProgramFixtures.draftProgram(rules);
		assertThat(program.publish()).isEqualTo(Program.Status.DRAFT);
		assertThat(program.isOpen()).isTrue();
		assertThat(program.close()).isEqualTo(Program.Status.OPEN);
		assertThat(program.getStatus()).isEqualTo(Program.Status.CLOSED);
	}

	@Test
	void no_other_move_is_allowed() {
		assertInvalidState(() -> ProgramFixtures.draftProgram(rules).close());
		assertInvalidState(() -> ProgramFixtures.openProgram(rules).publish());
		assertInvalidState(() -> ProgramFixtures.closedProgram(rules).publish());
		assertInvalidState(() -> ProgramFixtures.closedProgram(rules).close());
	}

	@Test
	void a_draft_is_amended_in_place() {
		Program program = ProgramFixtures.draftProgram(rules);
		ProgramFixtures.Rules changed = ProgramFixtures.shanxi();
		changed.name = "Shanxi 2026, revised";
		assertThat(program.amend(changed.build())).isEqualTo(1);
		assertThat(program.getName()).isEqualTo("Shanxi 2026, revised");
	}

	@Test
	void an_open_program_gets_a_new_version_so_issued_vouchers_keep_theirs() {
		Program program = ProgramFixtures.openProgram(rules);
		assertThat(program.amend(rules)).isEqualTo(2);
		assertThat(program.amend(rules)).isEqualTo(3);
		assertThat(program.getCurrentVersion()).isEqualTo(3);
	}

	@Test
	void a_closed_program_cannot_be_amended() {
		assertInvalidState(() -> ProgramFixtures.closedProgram(rules).amend(rules));
	}

	@Test
	void a_programs_region_cannot_change() {
		ProgramFixtures.Rules moved = ProgramFixtures.shanxi();
		moved.regionCode = "540000";
		Program program = ProgramFixtures.openProgram(rules);
		assertThatThrownBy(() -> program.amend(moved.build())).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
		assertThat(program.getCurrentVersion()).isEqualTo(1);
	}

	@Test
	void a_version_keeps_its_rules_until_replaced() {
		ProgramVersion version = new ProgramVersion("v-1", "program-1", 1, "{\"name\":\"a\"}", Instant.EPOCH);
		assertThat(version.getProgramId()).isEqualTo("program-1");
		assertThat(version.getVersionNo()).isEqualTo(1);
		assertThat(version.getRules()).isEqualTo("{\"name\":\"a\"}");
		version.replaceRules("{\"name\":\"b\"}");
		assertThat(version.getRules()).isEqualTo("{\"name\":\"b\"}");
	}
}
