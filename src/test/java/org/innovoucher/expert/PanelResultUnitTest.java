package org.innovoucher.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Panel result: mean, trimmed mean, spread, pass mark")
class PanelResultUnitTest {

	static final BigDecimal PASS = new BigDecimal("60.00");

	static List<BigDecimal> totals(String... values) {
		return Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void below_five_scores_the_trimmed_mean_is_the_mean() {
		PanelResult result = PanelResult.of(totals("50", "70", "80"), PASS);

		assertThat(result.mean()).isEqualByComparingTo("66.67");
		assertThat(result.trimmedMean()).isEqualByComparingTo("66.67");
		assertThat(result.spread()).isEqualByComparingTo("30");
		assertThat(result.passed()).isTrue();
	}

	@Test
	void from_five_scores_the_highest_and_lowest_are_dropped() {
		PanelResult result = PanelResult.of(totals("10", "58", "59", "61", "100"), PASS);

		assertThat(result.mean()).isEqualByComparingTo("57.60");
		assertThat(result.trimmedMean()).isEqualByComparingTo("59.33");
		assertThat(result.spread()).isEqualByComparingTo("90");
		assertThat(result.passed()).isFalse();
	}

	@Test
	void a_trimmed_mean_exactly_at_the_pass_mark_passes() {
		assertThat(PanelResult.of(totals("60", "60"), PASS).passed()).isTrue();
	}
}
