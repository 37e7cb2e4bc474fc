package org.innovoucher.policy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innovoucher.policy.Round;

/**
 * A program's rounds in the editor: one row of inputs a round, {@code rounds[i].name},
 * {@code .applicationOpensOn}, {@code .applicationClosesOn}, {@code .reviewBatchOn} ({@link FormRows}).
 */
final class RoundRows {

	static final String LIST = "rounds";

	private RoundRows() {
	}

	/** The row numbers the editor shows: the listed rounds and a few empty ones to add. */
	static List<Integer> shown(Map<String, List<String>> values) {
		return FormRows.shown(values, LIST);
	}

	/** Listed rounds into rows of inputs. */
	static void put(Map<String, List<String>> v, List<Round> listed) {
		List<Round> rounds = listed == null ? List.of() : listed;
		for (int i = 0; i < rounds.size(); i++) {
			FormRows.put(v, FormRows.name(LIST, i, "name"), rounds.get(i).name());
			FormRows.put(v, FormRows.name(LIST, i, "applicationOpensOn"), rounds.get(i).applicationOpensOn());
			FormRows.put(v, FormRows.name(LIST, i, "applicationClosesOn"), rounds.get(i).applicationClosesOn());
			FormRows.put(v, FormRows.name(LIST, i, "reviewBatchOn"), rounds.get(i).reviewBatchOn());
		}
	}

	/**
	 * The listed rounds, their dates read by {@code date} (which notes the text that is no date); none
	 * listed, null: the cycle makes them.
	 */
	static List<Round> read(Map<String, List<String>> values, Function<String, LocalDate> date) {
		List<Round> rounds = new ArrayList<>();
		for (int i = 0; i < FormRows.filled(values, LIST); i++) {
			String name = FormRows.text(values, FormRows.name(LIST, i, "name")).trim();
			rounds.add(new Round(name.isEmpty() ? null : name, date.apply(FormRows.name(LIST, i, "applicationOpensOn")),
					date.apply(FormRows.name(LIST, i, "applicationClosesOn")),
					date.apply(FormRows.name(LIST, i, "reviewBatchOn"))));
		}
		return rounds.isEmpty() ? null : rounds;
	}
}
