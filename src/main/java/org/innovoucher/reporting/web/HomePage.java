package org.innovoucher.reporting.web;

import java.util.List;

import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.reporting.Statistics;
import org.innovoucher.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's home: what a voucher is, the open programs, how it works in four steps, the key
 * figures of the open statistics and the latest public notices. Its sections are read-only views of
 * the modules' services; the articles section is filled by the content module when it exists.
 */
@Controller
class HomePage {

	static final int OPEN_PROGRAMS = 6;
	static final int LATEST_NOTICES = 5;

	private final Programs programs;
	private final Statistics statistics;
	private final PublicNotices notices;

	HomePage(Programs programs, Statistics statistics, PublicNotices notices) {
		this.programs = programs;
		this.statistics = statistics;
		this.notices = notices;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Program> open = programs
			.list(null, PageRequest.of(0, OPEN_PROGRAMS, Sort.by("createdAt").descending()))
			.items()
			.stream()
			.filter(Program::isOpen)
			.toList();
		model.addAttribute("openPrograms", open);
		List<Statistics.Row> rows = statistics.byRegion(null, null, null);
		// the last row is the total over every region
		model.addAttribute("figures", rows.isEmpty() ? null : rows.get(rows.size() - 1));
		PageResult<org.innovoucher.redemption.PublicNotice> latest = notices
			.list(PageRequest.of(0, LATEST_NOTICES));
		model.addAttribute("notices", latest.items());
		return "reporting/home";
	}
}
