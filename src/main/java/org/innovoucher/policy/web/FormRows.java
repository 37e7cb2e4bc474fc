package org.innovoucher.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innovoucher.policy.ExpertReview;

/**
 * The editor's list fields (a program's rounds, a category's checklist) as rows of inputs named
 * {@code <list>[<row>].<column>}, the names of the program body, so the service's refusal of
 * {@code rounds[1].applicationClosesOn} lands beside that input. Rows left empty are dropped and the
 * rest numbered again from 0, so the rows the page shows are the list the service checked. The lists
 * themselves: {@link RoundRows}, {@link ChecklistRows}.
 */
final class FormRows {

	/** Empty rows the editor offers below the filled ones, to add to the list. */
	static final int EMPTY_ROWS = 3;

	private static final Pattern CELL = Pattern.compile("^(.+)\\[(\\d+)]\\.(\\w+)$");

	private FormRows() {
	}

	/** The input of one cell. */
	static String name(String list, int row, String column) {
		return list + "[" + row + "]." + column;
	}

	/** The form's values with the rows of every list filled ones first, numbered again, empty ones gone. */
	static Map<String, List<String>> compact(Map<String, List<String>> values) {
		Map<String, List<String>> out = new LinkedHashMap<>();
		Map<String, TreeMap<Integer, Map<String, String>>> lists = new LinkedHashMap<>();
		values.forEach((name, v) -> {
			Matcher m = CELL.matcher(name);
			if (m.matches()) {
				lists.computeIfAbsent(m.group(1), l -> new TreeMap<>())
					.computeIfAbsent(Integer.parseInt(m.group(2)), r -> new LinkedHashMap<>())
					.put(m.group(3), v.isEmpty() || v.get(0) == null ? "" : v.get(0));
			}
			else {
				out.put(name, v);
			}
		});
		lists.forEach((list, rows) -> {
			int row = 0;
			for (Map<String, String> cells : rows.values()) {
				if (cells.values().stream().allMatch(String::isBlank)) {
					continue;
				}
				for (Map.Entry<String, String> cell : cells.entrySet()) {
					out.put(name(list, row, cell.getKey()), List.of(cell.getValue()));
				}
				row++;
			}
		});
		return out;
	}

	/** How many filled rows a list has in the (compacted) values. */
	static int filled(Map<String, List<String>> values, String list) {
		int rows = 0;
		while (hasRow(values, list, rows)) {
			rows++;
		}
		return rows;
	}

	/** The row numbers the page shows: the filled rows and {@link #EMPTY_ROWS} more. */
	static List<Integer> shown(Map<String, List<String>> values, String list) {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < filled(values, list) + EMPTY_ROWS; i++) {
			rows.add(i);
		}
		return rows;
	}

	/** The kinds of file the expert review sends to a panel, as the checkboxes name them. */
	static List<String> panelFiles(ExpertReview x) {
		return ProgramForm.PANEL_FILE_KINDS.stream().filter(kind -> switch (kind) {
			case "applications" -> Boolean.TRUE.equals(x.applications());
			case "claims" -> Boolean.TRUE.equals(x.claims());
			default -> Boolean.TRUE.equals(x.institutions());
		}).toList();
	}

	/** The expert review part into the inputs the editor shows it in. */
	static void putExpertReview(Map<String, List<String>> v, ExpertReview x) {
		if (x != null) {
			v.put(ProgramForm.PANEL_FILES, panelFiles(x));
			put(v, "expertReview.panelSize", x.panelSize());
			put(v, "expertReview.passMark", x.passMark());
			put(v, "expertReview.secondRoundSpread", x.secondRoundSpread());
			put(v, "expertReview.roundWorkingDays", x.roundWorkingDays());
		}
	}

	/** One input's text; empty when there is none. */
	static String text(Map<String, List<String>> values, String name) {
		List<String> v = values.get(name);
		return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
	}

	/** An input showing the value, unless there is none. */
	static void put(Map<String, List<String>> values, String name, Object value) {
		if (value != null) {
			values.put(name, List.of(value.toString()));
		}
	}

	private static boolean hasRow(Map<String, List<String>> values, String list, int row) {
		String prefix = list + "[" + row + "].";
		return values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
	}
}
