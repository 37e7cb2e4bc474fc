package org.innovoucher.shared.web;

import java.util.List;
import java.util.Map;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Jobs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Lets a system administrator run scheduled work now. */
@RestController
@RequestMapping("/api/v1/admin/jobs")
@Tag(name = "Administration")
class JobsController {

	private final Jobs jobs;

	JobsController(Jobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	List<String> names() {
		return jobs.list(CurrentUser.require()).stream().map(Jobs.Listed::name).toList();
	}

	@PostMapping("/{name}")
	Map<String, Object> run(@PathVariable String name) {
		return Map.of("job", name, "handled", jobs.runNow(name, CurrentUser.require()));
	}
}
