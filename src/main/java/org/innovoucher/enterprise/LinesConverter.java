package org.innovoucher.enterprise;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a short list of names one per line: a name may hold a comma, never a line break. */
@Converter
class LinesConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return values == null || values.isEmpty() ? null : String.join("\n", values);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isBlank() ? List.of() : column.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
