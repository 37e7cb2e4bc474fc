package org.innovoucher.policy.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innovoucher.policy.ReviewCriterion;
import org.innovoucher.shared.ServiceCategory;

/**
 * A program's own review checklists in the editor: per service category one row of inputs a
 * criterion, {@code reviewChecklists.<CATEGORY>[i].criterion} and {@code .weight} ({@link FormRows}).
 */
final class ChecklistRows {

	static final String PREFIX = "reviewChecklists.";

	private ChecklistRows() {
	}

	/** The list of a category's rows. */
	static String list(ServiceCategory category) {
		return PREFIX + category;
	}

	/** The row numbers the editor shows: the category's criteria and a few empty ones to add. */
	static List<Integer> shown(Map<String, List<String>> values, ServiceCategory category) {
		return FormRows.shown(values, list(category));
	}

	/** Whether the program keeps a checklist of its own for the category. */
	static boolean has(Map<String, List<String>> values, ServiceCategory category) {
		return FormRows.filled(values, list(category)) > 0;
	}

	/** The categories' own checklists into rows of inputs. */
	static void put(Map<String, List<String>> v, Map<ServiceCategory, List<ReviewCriterion>> checklists) {
		if (checklists == null) {
			return;
		}
		checklists.forEach((category, criteria) -> {
			for (int i = 0; i < criteria.size(); i++) {
				FormRows.put(v, FormRows.name(list(category), i, "criterion"), criteria.get(i).criterion());
				FormRows.put(v, FormRows.name(list(category), i, "weight"), criteria.get(i).weight());
			}
		});
	}

	/**
	 * The categories' own checklists, weights read by {@code number} (which notes the text that is no
	 * number); a criterion without a weight weighs 0, which the checks refuse. None, null.
	 */
	static Map<ServiceCategory, List<ReviewCriterion>> read(Map<String, List<String>> values,
			Function<String, Integer> number) {
		Map<ServiceCategory, List<ReviewCriterion>> checklists = new EnumMap<>(ServiceCategory.class);
		for (ServiceCategory category : ServiceCategory.values()) {
			String list = list(category);
			List<ReviewCriterion> criteria = new ArrayList<>();
			for (int i = 0; i < FormRows.filled(values, list); i++) {
				String criterion = FormRows.text(values, FormRows.name(list, i, "criterion")).trim();
				Integer weight = number.apply(FormRows.name(list, i, "weight"));
				criteria.add(new ReviewCriterion(criterion.isEmpty() ? null : criterion, weight == null ? 0 : weight));
			}
			if (!criteria.isEmpty()) {
				checklists.put(category, criteria);
			}
		}
		return checklists.isEmpty() ? null : checklists;
	}
}
