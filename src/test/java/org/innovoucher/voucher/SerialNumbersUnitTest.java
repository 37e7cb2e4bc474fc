package org.innovoucher.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SerialNumbers: IV, year, region, sequence and a Luhn check digit")
class SerialNumbersUnitTest {

	@Test
	void a_serial_number_is_iv_year_region_eight_digit_sequence_and_check_digit() {
		String serial = SerialNumbers.format(2026, "140105", 42);
		assertThat(serial).matches("IV202614010500000042\\d");
		assertThat(serial).hasSize(21);
		assertThat(SerialNumbers.isValid(serial)).isTrue();
	}

	@Test
	void the_check_digit_is_the_luhn_digit() {
		// the classic Luhn example: 7992739871 has check digit 3
		assertThat(SerialNumbers.luhn("7992739871")).isEqualTo(3);
		assertThat(SerialNumbers.luhn("0")).isZero();
	}

	@Test
	void consecutive_serial_numbers_differ_and_are_all_valid() {
		for (long sequence = 1; sequence <= 200; sequence++) {
			assertThat(SerialNumbers.isValid(SerialNumbers.format(2026, "540000", sequence))).isTrue();
		}
		assertThat(SerialNumbers.format(2026, "140105", 1)).isNotEqualTo(SerialNumbers.format(2026, "140105", 2));
	}

	@Test
	void a_mistyped_digit_is_caught() {
		String serial = SerialNumbers.format(2026, "140105", 12345);
		for (int i = 2; i < serial.length(); i++) {
			char original = serial.charAt(i);
			char typo = original == '9' ? '0' : (char) (original + 1);
			String mistyped = serial.substring(0, i) + typo + serial.substring(i + 1);
			assertThat(SerialNumbers.isValid(mistyped)).as(mistyped).isFalse();
		}
	}

	@Test
	void swapped_adjacent_digits_are_caught() {
		String serial = SerialNumbers.format(2026, "140105", 12345678);
		String swapped = serial.substring(0, 15) + serial.charAt(16) + serial.charAt(15) + serial.substring(17);
		assertThat(swapped).isNotEqualTo(serial);
		assertThat(SerialNumbers.isValid(swapped)).isFalse();
	}

	@Test
	void no_serial_number_of_another_shape_is_ever_issued() {
		assertThat(SerialNumbers.isValid(SerialNumbers.format(2026, "140105", 99_999_999L))).isTrue();
		assertThat(SerialNumbers.isValid(SerialNumbers.format(2026, "140105", 0))).isTrue();
		assertThatThrownBy(() -> SerialNumbers.format(2026, "140105", 100_000_000L)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SerialNumbers.format(2026, "140105", -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SerialNumbers.format(2026, "1401", 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SerialNumbers.format(2026, null, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SerialNumbers.format(20260, "140105", 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anything_of_another_shape_is_invalid() {
		assertThat(SerialNumbers.isValid(null)).isFalse();
		assertThat(SerialNumbers.isValid("")).isFalse();
		assertThat(SerialNumbers.isValid("XX20261401050000004200")).isFalse();
		assertThat(SerialNumbers.isValid("IV202614010500000042")).isFalse();
		assertThat(SerialNumbers.isValid("iv2026140105000000425")).isFalse();
	}
}
