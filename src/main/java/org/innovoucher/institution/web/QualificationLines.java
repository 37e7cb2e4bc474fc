package org.innovoucher.institution.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.TextLimits;

/**
 * The qualifications page's text: one qualification a line, as people copy them from their
 * certificates (empty lines left out), and what the API would refuse of them: more than
 * {@value TextLimits#LIST_ITEMS}, or one longer than {@value TextLimits#SHORT_TEXT} characters.
 */
final class QualificationLines {

	private QualificationLines() {
	}

	static List<String> of(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter(q -> !q.isEmpty()).toList();
	}

	/** Each line's problem beside the text box, with its line number; none when the API would take them. */
	static PageErrors.Shown problems(List<String> lines, PageErrors errors) {
		if (lines.size() > TextLimits.LIST_ITEMS) {
			return errors.on("qualifications", "register.qualifications.tooMany", TextLimits.LIST_ITEMS);
		}
		List<PageErrors.Message> problems = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).length() > TextLimits.SHORT_TEXT) {
				problems.addAll(errors.on("qualifications", "register.qualifications.tooLong", i + 1,
						lines.get(i).length(), TextLimits.SHORT_TEXT).messages());
			}
		}
		return new PageErrors.Shown(problems);
	}
}
