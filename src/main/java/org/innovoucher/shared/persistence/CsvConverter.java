package org.innovoucher.shared.persistence;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a short list of codes as one comma-separated column. */
@Converter
public class CsvConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return values == null ? "" : String.join(",", values);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
