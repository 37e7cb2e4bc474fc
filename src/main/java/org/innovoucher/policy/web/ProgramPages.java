package org.innovoucher.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of programs: the list, and one program's every rule in plain language. */
@Controller
class ProgramPages {

	static final int PAGE_SIZE = 20;

	private final Programs programs;
	private final BusinessClock clock;

	ProgramPages(Programs programs, BusinessClock clock) {
		this.programs = programs;
		this.clock = clock;
	}

	@GetMapping("/programs")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		PageResult<Program> found = programs.list(CurrentUser.current().orElse(null),
				PageResult.request(Math.max(page, 0), PAGE_SIZE, Sort.by("createdAt").descending()));
		model.addAttribute("programs", found);
		model.addAttribute("rules", rulesOf(found.items()));
		return "policy/programs";
	}

	@GetMapping("/programs/{id}")
	String program(@PathVariable String id, Model model) {
		ProgramId programId = ProgramId.of(id);
		Program program = programs.getVisible(programId, CurrentUser.current().orElse(null));
		ProgramRules rules = programs.currentRules(programId).withDefaults();
		model.addAttribute("program", program);
		model.addAttribute("rules", rules);
		model.addAttribute("denominations", denominationsBySize(rules));
		model.addAttribute("examples", programs.workedExamples(programId));
		model.addAttribute("calendar", RoundCalendar.of(rules.window().allRounds(), clock.today()));
		return "policy/program";
	}

	private Map<String, ProgramRules> rulesOf(List<Program> list) {
		Map<String, ProgramRules> rules = new LinkedHashMap<>();
		list.forEach(p -> rules.put(p.getId(), programs.currentRules(p.id()).withDefaults()));
		return rules;
	}

	/** The denominations each size class that may apply can have, as the program's rules say. */
	private static Map<String, List<Money>> denominationsBySize(ProgramRules rules) {
		Map<String, List<Money>> bySize = new LinkedHashMap<>();
		rules.eligible().sizeClassesAllowed().forEach(size -> bySize.put(size, rules.denominationsFor(size)));
		return bySize;
	}
}
