package org.innovoucher.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of yuan with exactly two decimals (fen). Never a floating-point number; every
 * computation that could produce a fraction of a fen rounds half up, the one rounding mode.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("money has at most two decimals: " + amount);
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** Parses input such as {@code "50000.00"}; rejects anything that is not yuan with at most two decimals. */
	@JsonCreator
	public static Money parse(String text) {
		if (text == null || !text.trim().matches("-?\\d{1,15}(\\.\\d{1,2})?")) {
			throw new IllegalArgumentException("not an amount of yuan with at most two decimals: " + text);
		}
		return new Money(new BigDecimal(text.trim()));
	}

	public static Money of(String text) {
		return parse(text);
	}

	public static Money of(long yuan) {
		return new Money(BigDecimal.valueOf(yuan));
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	public Money negate() {
		return new Money(amount.negate());
	}

	/** Multiplies by a ratio, rounding half up to the fen. */
	public Money times(BigDecimal factor) {
		return new Money(amount.multiply(factor).setScale(2, ROUNDING));
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	public Money max(Money other) {
		return compareTo(other) >= 0 ? this : other;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public boolean isGreaterThan(Money other) {
		return compareTo(other) > 0;
	}

	public boolean isLessThan(Money other) {
		return compareTo(other) < 0;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	@JsonValue
	@Override
	public String toString() {
		return amount.toPlainString();
	}
}
