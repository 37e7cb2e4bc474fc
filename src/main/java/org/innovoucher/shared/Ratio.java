package org.innovoucher.shared;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A ratio between 0 and 1, such as the excess reimbursement ratio {@code "0.50"}. */
public record Ratio(BigDecimal value) {

	public static final Ratio ZERO = new Ratio(BigDecimal.ZERO);
	public static final Ratio ONE = new Ratio(BigDecimal.ONE);

	public Ratio {
		Objects.requireNonNull(value, "value");
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("a ratio lies between 0 and 1: " + value);
		}
		if (value.stripTrailingZeros().scale() > 4) {
			throw new IllegalArgumentException("a ratio has at most four decimals: " + value);
		}
		value = value.scale() < 2 ? value.setScale(2) : value;
	}

	@JsonCreator
	public static Ratio parse(String text) {
		if (text == null || !text.trim().matches("\\d(\\.\\d{1,4})?")) {
			throw new IllegalArgumentException("not a ratio such as \"0.50\": " + text);
		}
		return new Ratio(new BigDecimal(text.trim()));
	}

	@JsonValue
	@Override
	public String toString() {
		return value.toPlainString();
	}
}
