package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Ratio: between 0 and 1, at most four decimals")
class RatioUnitTest {

	@Test
	void a_ratio_is_written_with_at_least_two_decimals() {
		assertThat(Ratio.parse("0.5").toString()).isEqualTo("0.50");
		assertThat(Ratio.parse("1").toString()).isEqualTo("1.00");
		assertThat(Ratio.parse("0.3333").toString()).isEqualTo("0.3333");
		assertThat(Ratio.ZERO.toString()).isEqualTo("0.00");
		assertThat(Ratio.ONE.value()).isEqualByComparingTo(BigDecimal.ONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.00", "0.5", "0.50", "0.6", "1", "1.0", "0.0001" })
	void ratios_between_zero_and_one_are_accepted(String text) {
		assertThat(Ratio.parse(text).value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.01", "2", "-0.1", "0.12345", "abc", "", ".5", "50%", "0,5" })
	void anything_else_is_refused(String text) {
		assertThatThrownBy(() -> Ratio.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void the_constructor_enforces_the_same_bounds() {
		assertThatThrownBy(() -> new Ratio(new BigDecimal("1.5"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Ratio(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Ratio(new BigDecimal("0.00001"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Ratio(null)).isInstanceOf(NullPointerException.class);
		assertThat(new Ratio(new BigDecimal("0.50000")).value()).isEqualByComparingTo("0.5");
	}

	@Test
	void parse_of_null_is_refused() {
		assertThatThrownBy(() -> Ratio.parse(null)).isInstanceOf(IllegalArgumentException.class);
	}
}
