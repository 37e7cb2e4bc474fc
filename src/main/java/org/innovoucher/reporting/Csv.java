package org.innovoucher.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Spreadsheet-safe CSV: UTF-8 with a byte order mark so that spreadsheet programs read the Chinese,
 * RFC 4180 quoting, and a leading formula character defused so that a spreadsheet never runs a cell.
 */
public final class Csv {

	private final StringBuilder out = new StringBuilder("\uFEFF");

	public Csv row(List<?> cells) {
		out.append(String.join(",", cells.stream().map(c -> cell(c == null ? "" : c.toString())).toList()))
			.append("\r\n");
		return this;
	}

	public byte[] bytes() {
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
				? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
