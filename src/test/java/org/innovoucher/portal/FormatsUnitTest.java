package org.innovoucher.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsUnitTest {

	private final Formats formats = new Formats(null);

	@Test
	void aQuotientIsShownAsAShareWithOneDecimalAndMayExceedAHundredPercent() {
		assertThat(formats.share("0.6800")).isEqualTo("68.0%");
		assertThat(formats.share("1.3000")).isEqualTo("130.0%");
		assertThat(formats.share("0.33335")).isEqualTo("33.3%");
	}

	@Test
	void withNothingToDivideByTheShareIsADash() {
		assertThat(formats.share(null)).isEqualTo("–");
	}
}
