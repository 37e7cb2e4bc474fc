package org.innovoucher.shared.persistence;

import java.math.BigDecimal;

import org.innovoucher.shared.Money;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Money} as NUMERIC(19,2). */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

	@Override
	public BigDecimal convertToDatabaseColumn(Money money) {
		return money == null ? null : money.amount();
	}

	@Override
	public Money convertToEntityAttribute(BigDecimal value) {
		return value == null ? null : new Money(value);
	}
}
