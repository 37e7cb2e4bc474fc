package org.innovoucher.shared.web;

import java.util.List;
import java.util.Map;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Job;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.SystemWork;
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

	private final List<Job> jobs;

	JobsController(List<Job> jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	List<String> names() {
		requireAdmin();
		return jobs.stream().map(Job::name).sorted().toList();
	}

	@PostMapping("/{name}")
	Map<String, Object> run(@PathVariable String name) {
		requireAdmin();
		Job job = jobs.stream().filter(j -> j.name().equals(name)).findFirst()
			.orElseThrow(() -> DomainException.notFound("job", name));
		int[] handled = new int[1];
		SystemWork.run(() -> handled[0] = job.run());
		return Map.of("job", name, "handled", handled[0]);
	}

	private static void requireAdmin() {
		if (!CurrentUser.require().has(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("jobs are run by a system administrator");
		}
	}
}
