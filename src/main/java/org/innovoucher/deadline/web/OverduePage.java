package org.innovoucher.deadline.web;

import org.innovoucher.deadline.OverdueFiles;
import org.innovoucher.portal.Formats;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DeadlineSource.OpenStep;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The overdue list: every file of the staff member's regions whose step ran past its due date, the
 * longest overdue first, with when it was escalated to the supervisors; also as a workbook.
 */
@Controller
@RequestMapping(OverduePage.BASE)
class OverduePage {

	static final String BASE = "/workspace/overdue";

	private final OverdueFiles files;
	private final Spreadsheets spreadsheets;
	private final Formats formats;

	OverduePage(OverdueFiles files, Spreadsheets spreadsheets, Formats formats) {
		this.files = files;
		this.spreadsheets = spreadsheets;
		this.formats = formats;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", files.of(CurrentUser.require()));
		return "deadline/overdue";
	}

	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		Spreadsheet sheet = spreadsheets.sheet("overdue.title")
			.column("overdue.col.step", Spreadsheet.Kind.TEXT)
			.column("overdue.col.file", Spreadsheet.Kind.TEXT)
			.column("overdue.col.region", Spreadsheet.Kind.TEXT)
			.column("overdue.col.due", Spreadsheet.Kind.DATE)
			.column("overdue.col.late", Spreadsheet.Kind.COUNT)
			.column("overdue.col.escalated", Spreadsheet.Kind.TIME)
			.column("download.address", Spreadsheet.Kind.TEXT);
		for (OverdueFiles.Overdue row : files.of(CurrentUser.require())) {
			OpenStep step = row.step();
			sheet.row(sheet.words("deadline.step." + step.step()), step.reference(), formats.region(step.regionCode()),
					step.dueOn(), row.workingDaysOverdue(), row.escalatedAt(), step.href());
		}
		return sheet.download("overdue");
	}
}
