package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Uscc: GB 32100-2015 unified social credit code with its check character")
class UsccUnitTest {

	@ParameterizedTest
	@ValueSource(strings = {
			// the example of the standard itself
			"91350100M000100Y43",
			// codes of real companies as published in their business licences
			"914403001922038216", "91110000802100433B", "91110108551385082Q", "91440300708461136T" })
	void real_codes_are_valid(String code) {
		assertThat(Uscc.of(code).value()).isEqualTo(code);
		assertThat(Uscc.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
	}

	@Test
	void lower_case_and_surrounding_spaces_are_normalised() {
		assertThat(Uscc.of("  91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
		assertThat(Uscc.of("91350100M000100Y43").toString()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void the_check_character_is_case_insensitive() {
		assertThat(Uscc.checkCharacter("91350100m000100y4")).isEqualTo('3');
	}

	@Test
	void a_sum_that_is_a_multiple_of_31_gives_check_character_zero() {
		// the weighted sum of seventeen zeros is 0; 31 - 0 is 31, which the standard maps to '0'
		assertThat(Uscc.checkCharacter("00000000000000000")).isEqualTo('0');
		assertThat(Uscc.of("000000000000000000").value()).isEqualTo("000000000000000000");
	}

	@Test
	void every_computed_check_character_is_in_the_alphabet_and_validates() {
		String[] prefixes = { "9114010557", "9254000011", "1214010000", "5114010500" };
		for (String prefix : prefixes) {
			for (int i = 0; i < Uscc.ALPHABET.length(); i++) {
				String first17 = prefix + "ABCDEF" + Uscc.ALPHABET.charAt(i);
				char check = Uscc.checkCharacter(first17);
				assertThat(Uscc.ALPHABET).contains(String.valueOf(check));
				assertThat(Uscc.of(first17 + check).value()).endsWith(String.valueOf(check));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "91350100M000100Y4A", "914403001922038217", "91110000802100433C" })
	void a_wrong_check_character_is_refused(String code) {
		assertThatThrownBy(() -> Uscc.of(code)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y433", "9135" })
	void a_code_of_another_length_is_refused(String code) {
		assertThatThrownBy(() -> Uscc.of(code)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC);
			assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("uscc");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100I000100Y43", "91350100O000100Y43", "91350100Z000100Y43", "91350100S000100Y43",
			"91350100V000100Y43", "91350100-000100Y43", "91350100 000100Y43", "9135010０M000100Y43" })
	void letters_i_o_z_s_v_and_other_characters_are_refused(String code) {
		assertThatThrownBy(() -> Uscc.of(code)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
	}

	@Test
	void the_administrative_division_code_must_be_digits() {
		String first17 = "91A50100M000100Y4";
		String code = first17 + Uscc.checkCharacter(first17);
		assertThatThrownBy(() -> Uscc.of(code)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
	}

	@Test
	void the_check_names_the_first_problem_with_what_a_page_needs_to_say_it() {
		assertThat(Uscc.check("91350100M000100Y43")).isEmpty();
		assertThat(Uscc.check(" ")).get().extracting(Uscc.Finding::problem).isEqualTo(Uscc.Problem.MISSING);
		assertThat(Uscc.check("91350100M000100Y4")).get()
			.satisfies(f -> assertThat(f.problem()).isEqualTo(Uscc.Problem.LENGTH))
			.satisfies(f -> assertThat(f.args()).containsExactly("17"));
		assertThat(Uscc.check("91350100O000100Y43")).get()
			.satisfies(f -> assertThat(f.problem()).isEqualTo(Uscc.Problem.CHARACTER))
			.satisfies(f -> assertThat(f.args()).containsExactly("O", "9"));
		assertThat(Uscc.check("91A50100M000100Y43")).get().extracting(Uscc.Finding::problem)
			.isEqualTo(Uscc.Problem.DIVISION);
		assertThat(Uscc.check("91350100m000100y44")).get()
			.satisfies(f -> assertThat(f.problem()).isEqualTo(Uscc.Problem.CHECK))
			.satisfies(f -> assertThat(f.args()).containsExactly("4", "3"));
	}

	@Test
	void null_is_refused() {
		assertThatThrownBy(() -> Uscc.of(null)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
	}

	@Test
	void the_check_character_is_not_computed_for_characters_outside_the_alphabet() {
		// an unknown character has no value; it must not count as -1 and yield some other check character
		assertThatThrownBy(() -> Uscc.checkCharacter("91350100I000100Y4")).isInstanceOfSatisfying(
				DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
		assertThatThrownBy(() -> Uscc.checkCharacter("--------------------".substring(0, 17)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
	}

	@Test
	void the_check_character_needs_exactly_seventeen_characters() {
		assertThatThrownBy(() -> Uscc.checkCharacter("9135010")).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
		assertThatThrownBy(() -> Uscc.checkCharacter(null)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_USCC));
	}
}
