package org.innovoucher.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Outputs: counts of innovation outputs, never negative")
class OutputsUnitTest {

	@Test
	void counts_are_kept_per_kind() {
		Outputs outputs = new Outputs(1, 2, 3, 4, 5, 6, 7);
		assertThat(outputs.inventionPatents()).isEqualTo(1);
		assertThat(outputs.utilityModels()).isEqualTo(2);
		assertThat(outputs.designPatents()).isEqualTo(3);
		assertThat(outputs.trademarks()).isEqualTo(4);
		assertThat(outputs.softwareCopyrights()).isEqualTo(5);
		assertThat(outputs.newProducts()).isEqualTo(6);
		assertThat(outputs.testReports()).isEqualTo(7);
	}

	@Test
	void none_is_all_zero() {
		assertThat(Outputs.NONE).isEqualTo(new Outputs(0, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void a_negative_count_of_any_kind_is_refused() {
		for (int i = 0; i < 7; i++) {
			int[] counts = new int[7];
			counts[i] = -1;
			assertThatThrownBy(() -> new Outputs(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
					counts[6])).isInstanceOf(IllegalArgumentException.class);
		}
	}
}
