package org.innovoucher.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rounds: the cycle makes them inside the window, or the program lists them")
class RoundsUnitTest {

	static ProgramRules.Window window(Cycle cycle, String opens, String closes) {
		return new ProgramRules.Window(cycle, LocalDate.parse(opens), LocalDate.parse(closes), null, 12);
	}

	@Test
	void an_annual_program_is_one_round_reviewed_fifteen_days_after_it_closes() {
		List<Round> rounds = Rounds.of(window(Cycle.ANNUAL, "2026-03-01", "2026-10-31"));
		assertThat(rounds).containsExactly(new Round("2026", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-10-31"),
				LocalDate.parse("2026-11-15")));
	}

	@Test
	void a_semi_annual_window_makes_two_halves_cut_to_the_window() {
		List<Round> rounds = Rounds.of(window(Cycle.SEMI_ANNUAL, "2026-02-10", "2026-11-30"));
		assertThat(rounds).extracting(Round::name).containsExactly("2026 H1", "2026 H2");
		assertThat(rounds.get(0).applicationOpensOn()).isEqualTo("2026-02-10");
		assertThat(rounds.get(0).applicationClosesOn()).isEqualTo("2026-06-30");
		assertThat(rounds.get(1).applicationOpensOn()).isEqualTo("2026-07-01");
		assertThat(rounds.get(1).applicationClosesOn()).isEqualTo("2026-11-30");
		assertThat(rounds.get(1).reviewBatchOn()).isEqualTo("2026-12-15");
	}

	@Test
	void quarterly_and_monthly_rounds_follow_the_calendar_across_a_new_year() {
		assertThat(Rounds.of(window(Cycle.QUARTERLY, "2026-11-01", "2027-04-15"))).extracting(Round::name)
			.containsExactly("2026 Q4", "2027 Q1", "2027 Q2");
		List<Round> monthly = Rounds.of(window(Cycle.MONTHLY, "2026-01-01", "2026-12-31"));
		assertThat(monthly).hasSize(12);
		assertThat(monthly.get(1)).isEqualTo(new Round("2026-02", LocalDate.parse("2026-02-01"),
				LocalDate.parse("2026-02-28"), LocalDate.parse("2026-03-15")));
	}

	@Test
	void a_rolling_program_is_one_round_reviewed_as_files_come() {
		List<Round> rounds = Rounds.of(window(Cycle.ROLLING, "2026-01-01", "2027-12-31"));
		assertThat(rounds).singleElement().satisfies(r -> {
			assertThat(r.name()).isEqualTo("2026–2027");
			assertThat(r.reviewBatchOn()).isNull();
		});
	}

	@Test
	void listed_rounds_replace_the_cycle_and_the_day_finds_its_round() {
		Round h1 = new Round("2026 H1", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"), LocalDate.parse("2026-07-15"));
		Round h2 = new Round("2026 H2", LocalDate.parse("2026-08-01"), LocalDate.parse("2026-12-31"), null);
		ProgramRules.Window w = new ProgramRules.Window(Cycle.MONTHLY, LocalDate.parse("2026-01-01"),
				LocalDate.parse("2026-12-31"), null, 12, List.of(h1, h2));
		assertThat(Rounds.of(w)).containsExactly(h1, h2);
		assertThat(Rounds.on(w, LocalDate.parse("2026-07-10"))).isEmpty();
		assertThat(Rounds.containing(w, LocalDate.parse("2026-07-10"))).contains(h1);
		assertThat(Rounds.on(w, LocalDate.parse("2026-08-01"))).contains(h2);
	}

	@Test
	void listed_rounds_must_lie_in_the_window_in_order_and_be_reviewed_after_they_close() {
		ProgramFixtures.Rules r = ProgramFixtures.shanxi();
		ProgramRules base = r.raw();
		ProgramRules.Window w = new ProgramRules.Window(Cycle.ANNUAL, base.window().applicationOpensOn(),
				base.window().applicationClosesOn(), base.window().validUntil(), null, List.of(
						new Round("A", LocalDate.parse("2025-12-01"), LocalDate.parse("2026-03-31"), null),
						new Round("A", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30"), LocalDate.parse("2026-06-30"))));
		ProgramRules rules = new ProgramRules(base.name(), base.regionCode(), base.year(), w, base.schedule(), base.eligible(),
				base.deadlines(), base.sanctions(), base.payment(), base.redeem(), base.review());
		assertThatThrownBy(() -> rules.validate(code -> true)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).contains("rounds[0]",
						"rounds[1].name", "rounds[1].reviewBatchOn", "rounds[1].applicationOpensOn"));
	}

	@Test
	void checklist_weights_make_one_hundred_and_panels_stay_between_one_and_nine() {
		ProgramRules base = ProgramFixtures.shanxi().raw();
		ProgramRules rules = new ProgramRules(base.name(), base.regionCode(), base.year(), base.window(), base.schedule(),
				base.eligible(), base.deadlines(), base.sanctions(), base.payment(), base.redeem(),
				new ProgramRules.Review(new ExpertReview(false, true, false, 12, new java.math.BigDecimal("101"), null, null),
						java.util.Map.of(ServiceCategory.CONSULTING, List.of(new ReviewCriterion("Sound advice", 60)))));
		assertThatThrownBy(() -> rules.validate(code -> true)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactlyInAnyOrder(
						"expertReview.panelSize", "expertReview.passMark", "reviewChecklists.CONSULTING"));
	}
}
