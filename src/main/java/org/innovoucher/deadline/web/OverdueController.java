package org.innovoucher.deadline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.deadline.OverdueFiles;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DeadlineSource.OpenStep;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The overdue list for integrations: staff read the files of their regions, as the page shows them. */
@RestController
@RequestMapping("/api/v1/overdue")
@Tag(name = "Deadlines")
class OverdueController {

	private final OverdueFiles files;

	OverdueController(OverdueFiles files) {
		this.files = files;
	}

	record OverdueView(String subjectType, String subjectId, String step, LocalDate dueOn, String regionCode,
			String reference, int workingDaysOverdue, Instant escalatedAt) {

		static OverdueView of(OverdueFiles.Overdue o) {
			OpenStep s = o.step();
			return new OverdueView(s.subjectType(), s.subjectId(), s.step(), s.dueOn(), s.regionCode(), s.reference(),
					o.workingDaysOverdue(), o.escalatedAt());
		}
	}

	/** Every overdue file of the caller's regions, the longest overdue first (403 for others than staff). */
	@GetMapping
	List<OverdueView> overdue() {
		return files.of(CurrentUser.require()).stream().map(OverdueView::of).toList();
	}
}
