package org.innovoucher.identity.web;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.JobRuns;
import org.innovoucher.shared.Jobs;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The scheduled jobs with their last run on this server, and "run now", as the API allows a system administrator. */
@Controller
@RequestMapping("/workspace/jobs")
class JobsPage {

	private static final Logger log = LoggerFactory.getLogger(JobsPage.class);

	private final Jobs jobs;
	private final Spreadsheets spreadsheets;

	JobsPage(Jobs jobs, Spreadsheets spreadsheets) {
		this.jobs = jobs;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", jobs.list(CurrentUser.require()));
		return "identity/jobs";
	}

	/** The jobs and their last runs as a workbook; the count handled a number, a failure's reason in words. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		Spreadsheet sheet = spreadsheets.sheet("jobs.title")
			.column("jobs.col.job", Spreadsheet.Kind.TEXT)
			.column("jobs.col.last", Spreadsheet.Kind.TIME)
			.column("xlsx.jobs.trigger", Spreadsheet.Kind.TEXT)
			.column("jobs.col.result", Spreadsheet.Kind.TEXT)
			.column("xlsx.jobs.handled", Spreadsheet.Kind.COUNT);
		for (Jobs.Listed job : jobs.list(CurrentUser.require())) {
			JobRuns.Run last = job.lastRun();
			String name = sheet.words("jobs.name." + job.name());
			if (last == null) {
				sheet.row(name, null, null, sheet.words("jobs.never"), null);
			}
			else {
				sheet.row(name, last.endedAt(), sheet.words("jobs.trigger." + last.trigger()),
						last.failed() ? sheet.words("jobs.result.failed", last.failure()) : sheet.words("xlsx.jobs.ok"),
						last.handled());
			}
		}
		return sheet.download("jobs");
	}

	@PostMapping("/{name}")
	String run(@PathVariable String name, RedirectAttributes redirect) {
		CurrentUser admin = CurrentUser.require();
		redirect.addFlashAttribute("ranJob", name);
		try {
			redirect.addFlashAttribute("handled", jobs.runNow(name, admin));
		}
		catch (DomainException e) {
			// not an administrator, no such job: the page's 403 or 404, not a failed run
			throw e;
		}
		catch (RuntimeException e) {
			// the job failed: its last run says so on the list; the log keeps the trace
			log.warn("job {} run by {} failed", name, admin.username(), e);
			redirect.addFlashAttribute("failed", true);
		}
		return "redirect:/workspace/jobs";
	}
}
