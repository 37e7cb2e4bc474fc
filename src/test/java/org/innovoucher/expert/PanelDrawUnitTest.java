package org.innovoucher.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Panel drawing: field, availability, conflicts, load")
class PanelDrawUnitTest {

	static final ServiceCategory TESTING = ServiceCategory.TESTING_CERTIFICATION;
	static final String ENTERPRISE = "91140100MA0000001A";
	static final String INSTITUTION = "91140100MA0000002B";

	static PanelDraw.Candidate expert(String id, long open) {
		return new PanelDraw.Candidate(id, Set.of(TESTING), null, true, Set.of(), open);
	}

	@Test
	void experts_with_the_fewest_open_assignments_are_drawn_first_and_ties_go_by_id() {
		List<PanelDraw.Candidate> pool = List.of(expert("e", 2), expert("d", 0), expert("c", 1), expert("b", 0),
				expert("a", 1));

		assertThat(PanelDraw.draw(pool, TESTING, List.of(ENTERPRISE), 3, Set.of())).containsExactly("b", "d", "a");
	}

	@Test
	void experts_employed_by_either_party_or_declaring_a_conflict_with_either_are_never_drawn() {
		List<PanelDraw.Candidate> pool = List.of(
				new PanelDraw.Candidate("employed-by-enterprise", Set.of(TESTING), ENTERPRISE, true, Set.of(), 0),
				new PanelDraw.Candidate("employed-by-institution", Set.of(TESTING), INSTITUTION, true, Set.of(), 0),
				new PanelDraw.Candidate("declared", Set.of(TESTING), null, true, Set.of(INSTITUTION), 0),
				expert("free", 5));

		assertThat(PanelDraw.draw(pool, TESTING, List.of(ENTERPRISE, INSTITUTION), 1, Set.of())).containsExactly("free");
	}

	@Test
	void experts_of_another_field_or_unavailable_are_not_drawn() {
		List<PanelDraw.Candidate> pool = List.of(
				new PanelDraw.Candidate("other-field", Set.of(ServiceCategory.CONSULTING), null, true, Set.of(), 0),
				new PanelDraw.Candidate("away", Set.of(TESTING), null, false, Set.of(), 0), expert("here", 3));

		assertThat(PanelDraw.draw(pool, TESTING, List.of(ENTERPRISE), 1, Set.of())).containsExactly("here");
	}

	@Test
	void a_pool_too_small_for_a_conflict_free_panel_is_refused_with_not_enough_experts() {
		List<PanelDraw.Candidate> pool = List.of(expert("a", 0),
				new PanelDraw.Candidate("b", Set.of(TESTING), ENTERPRISE, true, Set.of(), 0));

		assertThatThrownBy(() -> PanelDraw.draw(pool, TESTING, List.of(ENTERPRISE), 2, Set.of()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ENOUGH_EXPERTS));
	}

	@Test
	void a_replacement_is_the_least_loaded_expert_not_already_on_or_declined_from_the_panel() {
		List<PanelDraw.Candidate> pool = List.of(expert("a", 0), expert("b", 0), expert("c", 4), expert("d", 2));

		assertThat(PanelDraw.draw(pool, TESTING, List.of(ENTERPRISE), 1, Set.of("a", "b"))).containsExactly("d");
	}
}
