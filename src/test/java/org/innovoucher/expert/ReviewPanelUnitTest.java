package org.innovoucher.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innovoucher.policy.ReviewCriterion;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Review panel: weighted scores, sealed rounds, round two on a wide spread, declination")
class ReviewPanelUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
	static final LocalDate DUE = LocalDate.of(2026, 3, 9);
	static final LocalDate ROUND_TWO_DUE = LocalDate.of(2026, 3, 16);
	static final List<ReviewCriterion> CHECKLIST = List.of(new ReviewCriterion("matches", 40),
			new ReviewCriterion("verifiable", 60));

	static ReviewPanel panel(String... experts) {
		ReviewSubject subject = new ReviewSubject(ReviewSubjectType.REDEMPTION, "claim-1", "140100",
				ServiceCategory.TESTING_CERTIFICATION, List.of("91140100MA0000001A"), null, CHECKLIST, "claim", null, null);
		return ReviewPanel.draw("panel-1", subject, new ReviewPanel.Settings(new BigDecimal("60.00"),
				new BigDecimal("20.00"), 5, new Checklist(CHECKLIST)), List.of(experts), TODAY, DUE, Instant.EPOCH);
	}

	static Map<String, BigDecimal> scores(String matches, String verifiable) {
		return Map.of("matches", new BigDecimal(matches), "verifiable", new BigDecimal(verifiable));
	}

	@Test
	void the_total_weighs_each_criterion_and_every_criterion_must_be_scored_0_to_100() {
		ReviewPanel panel = panel("a", "b");

		assertThat(panel.score("a", scores("50", "100"), "fine", TODAY, ROUND_TWO_DUE)).isEqualByComparingTo("80.00");
		assertThatThrownBy(() -> panel.score("b", Map.of("matches", new BigDecimal("101")), null, TODAY, ROUND_TWO_DUE))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field)
				.containsExactlyInAnyOrder("scores.matches", "scores.verifiable"));
	}

	@Test
	void scores_of_a_round_are_sealed_once_given() {
		ReviewPanel panel = panel("a", "b");
		panel.score("a", scores("70", "70"), null, TODAY, ROUND_TWO_DUE);

		assertThatThrownBy(() -> panel.score("a", scores("90", "90"), null, TODAY, ROUND_TWO_DUE))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
	}

	@Test
	void close_scores_conclude_after_round_one_with_the_result() {
		ReviewPanel panel = panel("a", "b", "c");
		panel.score("a", scores("70", "70"), null, TODAY, ROUND_TWO_DUE);
		panel.score("b", scores("60", "60"), null, TODAY, ROUND_TWO_DUE);
		assertThat(panel.getStatus()).isEqualTo(ReviewPanel.Status.ROUND_1);
		panel.score("c", scores("80", "80"), null, TODAY, ROUND_TWO_DUE);

		assertThat(panel.getStatus()).isEqualTo(ReviewPanel.Status.DONE);
		assertThat(panel.result().orElseThrow().trimmedMean()).isEqualByComparingTo("70.00");
		assertThat(panel.result().orElseThrow().passed()).isTrue();
	}

	@Test
	void a_spread_above_the_threshold_opens_round_two_where_each_sees_the_others_without_names_then_concludes() {
		ReviewPanel panel = panel("a", "b", "c");
		panel.score("a", scores("90", "90"), "excellent", TODAY, ROUND_TWO_DUE);
		panel.score("b", scores("40", "40"), "weak", TODAY, ROUND_TWO_DUE);
		panel.score("c", scores("60", "60"), null, TODAY, ROUND_TWO_DUE);

		assertThat(panel.getStatus()).isEqualTo(ReviewPanel.Status.ROUND_2);
		assertThat(panel.active()).allSatisfy(a -> assertThat(a.getDueOn()).isEqualTo(ROUND_TWO_DUE));
		PanelReading seenByB = PanelReading.forExpert(panel, "b");
		assertThat(seenByB.others()).extracting(PanelReading.Member::label).containsExactly("A", "B");
		assertThat(seenByB.others()).allSatisfy(m -> assertThat(m.expertId()).isNull());
		assertThat(seenByB.others()).extracting(m -> m.round(1).comment()).containsExactly("excellent", null);

		panel.score("a", scores("75", "75"), null, TODAY, ROUND_TWO_DUE);
		panel.score("b", scores("55", "55"), null, TODAY, ROUND_TWO_DUE);
		panel.score("c", scores("62", "62"), null, TODAY, ROUND_TWO_DUE);

		assertThat(panel.getStatus()).isEqualTo(ReviewPanel.Status.DONE);
		assertThat(panel.result().orElseThrow().mean()).isEqualByComparingTo("64.00");
		assertThat(panel.result().orElseThrow().spread()).isEqualByComparingTo("20.00");
	}

	@Test
	void a_declined_seat_goes_to_the_replacement_and_without_one_the_panel_shrinks_but_not_to_nobody() {
		ReviewPanel panel = panel("a", "b");
		panel.decline("a", "travelling", "c", TODAY, DUE, ROUND_TWO_DUE);
		assertThat(panel.active()).extracting(PanelAssignment::getExpertId).containsExactly("b", "c");

		panel.decline("b", "ill", null, TODAY, DUE, ROUND_TWO_DUE);
		assertThat(panel.getShortBy()).isEqualTo(1);
		assertThatThrownBy(() -> panel.decline("c", "busy", null, TODAY, DUE, ROUND_TWO_DUE))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ENOUGH_EXPERTS));

		panel.score("c", scores("70", "70"), null, TODAY, ROUND_TWO_DUE);
		assertThat(panel.getStatus()).isEqualTo(ReviewPanel.Status.DONE);
	}

	@Test
	void a_declined_expert_may_not_score() {
		ReviewPanel panel = panel("a", "b");
		panel.decline("a", "travelling", "c", TODAY, DUE, ROUND_TWO_DUE);

		assertThatThrownBy(() -> panel.score("a", scores("70", "70"), null, TODAY, ROUND_TWO_DUE))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
	}
}
