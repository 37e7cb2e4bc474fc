package org.innovoucher.identity.web;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	JobsPage(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", jobs.list(CurrentUser.require()));
		return "identity/jobs";
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
