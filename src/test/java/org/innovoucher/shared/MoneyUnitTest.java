package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Money: yuan with two decimals, never a floating-point number")
class MoneyUnitTest {

	@Test
	void every_amount_has_scale_two() {
		assertThat(Money.of(50000).amount().scale()).isEqualTo(2);
		assertThat(Money.of("0.5").amount()).isEqualByComparingTo("0.50");
		assertThat(Money.of("0.5").toString()).isEqualTo("0.50");
		assertThat(Money.ZERO.toString()).isEqualTo("0.00");
		assertThat(new Money(new BigDecimal("12.3000")).toString()).isEqualTo("12.30");
	}

	@Test
	void amounts_of_equal_value_are_equal_whatever_their_written_scale() {
		assertThat(Money.of("50000")).isEqualTo(Money.of("50000.00")).isEqualTo(Money.of(50000));
		assertThat(Money.of("1.1").hashCode()).isEqualTo(Money.of("1.10").hashCode());
	}

	@Test
	void a_fraction_of_a_fen_is_refused_rather_than_rounded_silently() {
		assertThatThrownBy(() -> new Money(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "abc", "1e5", "1,000.00", "50000.000", "NaN", "Infinity", "+5", "1.", ".5",
			"1234567890123456" })
	void text_that_is_not_yuan_with_at_most_two_decimals_is_refused(String text) {
		assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void null_text_is_refused() {
		assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Money(null)).isInstanceOf(NullPointerException.class);
	}

	@Test
	void parsing_trims_and_accepts_negative_amounts() {
		assertThat(Money.parse(" 80000.5 ")).isEqualTo(Money.of("80000.50"));
		assertThat(Money.parse("-12.34").isNegative()).isTrue();
	}

	@Test
	void adding_and_subtracting_is_exact() {
		// 0.1 + 0.2 is 0.30000000000000004 in double arithmetic; money must be exact
		assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
		assertThat(Money.of(80000).minus(Money.of(50000))).isEqualTo(Money.of(30000));
		assertThat(Money.of(1).minus(Money.of(2))).isEqualTo(Money.of("-1.00"));
		assertThat(Money.of("12.34").negate()).isEqualTo(Money.of("-12.34"));
	}

	@Test
	void multiplying_by_a_ratio_rounds_half_up_to_the_fen() {
		assertThat(Money.of(30000).times(new BigDecimal("0.5"))).isEqualTo(Money.of(15000));
		assertThat(Money.of("0.01").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.01"));
		assertThat(Money.of("0.03").times(new BigDecimal("0.5"))).isEqualTo(Money.of("0.02"));
		assertThat(Money.of("100.00").times(new BigDecimal("0.3333"))).isEqualTo(Money.of("33.33"));
		assertThat(Money.of("10.01").times(new BigDecimal("0.25"))).isEqualTo(Money.of("2.50"));
		assertThat(Money.of("10.02").times(new BigDecimal("0.25"))).isEqualTo(Money.of("2.51"));
		assertThat(Money.of("-0.03").times(new BigDecimal("0.5"))).isEqualTo(Money.of("-0.02"));
		assertThat(Money.ROUNDING).isEqualTo(java.math.RoundingMode.HALF_UP);
	}

	@Test
	void min_max_and_comparisons_follow_the_amount() {
		Money small = Money.of(50000);
		Money large = Money.of(80000);
		assertThat(small.min(large)).isSameAs(small);
		assertThat(small.max(large)).isSameAs(large);
		assertThat(large.isGreaterThan(small)).isTrue();
		assertThat(small.isLessThan(large)).isTrue();
		assertThat(small.isGreaterThan(Money.of("50000.00"))).isFalse();
		assertThat(small.compareTo(Money.of("50000.00"))).isZero();
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(Money.ZERO.isPositive()).isFalse();
		assertThat(Money.ZERO.isNegative()).isFalse();
		assertThat(Money.of("0.01").isPositive()).isTrue();
	}

	@Test
	void money_has_no_floating_point_field_or_factory() {
		List<Class<?>> floating = List.of(double.class, float.class, Double.class, Float.class);
		assertThat(Arrays.stream(Money.class.getDeclaredFields()).map(f -> (Class<?>) f.getType()))
			.noneMatch(floating::contains);
		assertThat(Arrays.stream(Money.class.getMethods()).flatMap(m -> Arrays.stream(m.getParameterTypes())))
			.noneMatch(floating::contains);
	}
}
