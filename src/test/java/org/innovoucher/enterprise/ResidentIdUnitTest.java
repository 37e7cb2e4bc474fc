package org.innovoucher.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.innovoucher.shared.DomainException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ResidentId: a team leader's identity number, checked as GB 11643 says and shown masked")
class ResidentIdUnitTest {

	@Test
	void the_standards_examples_are_valid_and_an_x_may_be_typed_small() {
		assertThat(ResidentId.check("11010519491231002X")).isEmpty();
		assertThat(ResidentId.check("440524188001010014")).isEmpty();
		assertThat(new ResidentId(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void each_kind_of_mistake_is_named_with_what_was_expected() {
		assertThat(ResidentId.check("")).get().extracting(ResidentId.Finding::problem).isEqualTo(ResidentId.Problem.MISSING);
		assertThat(ResidentId.check("1101051949123100")).get().extracting(ResidentId.Finding::problem)
			.isEqualTo(ResidentId.Problem.LENGTH);
		assertThat(ResidentId.check("1101051949123100A2")).get().extracting(ResidentId.Finding::problem)
			.isEqualTo(ResidentId.Problem.CHARACTER);
		assertThat(ResidentId.check("110105194913310025")).get().extracting(ResidentId.Finding::problem)
			.isEqualTo(ResidentId.Problem.BIRTH_DATE);
		assertThat(ResidentId.check("110105194912310021")).get().satisfies(f -> {
			assertThat(f.problem()).isEqualTo(ResidentId.Problem.CHECK);
			assertThat(f.args()).containsExactly("1", "X");
		});
	}

	@Test
	void others_see_the_division_and_the_last_four_only() {
		ResidentId id = new ResidentId("11010519491231002X");
		assertThat(id.masked()).isEqualTo("110105********002X");
		assertThat(id.toString()).doesNotContain("19491231");
	}

	@Test
	void a_wrong_number_is_refused_on_the_leaders_field() {
		assertThatThrownBy(() -> new ResidentId("110105194912310021")).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field)
					.containsExactly("team.leaderIdNumber"));
	}
}
