package org.innovoucher.policy.web;

import java.util.List;

import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramAuthoring;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.Formats;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A policy administrator's programs: the list, a new program, one program's rules in the editor (every
 * rule an input), its versions side by side, and publishing and closing it after a question each. The
 * same {@link ProgramAuthoring} as the API: the same checks, the same refusals, shown beside the inputs.
 */
@Controller
@RequestMapping("/workspace/programs")
class ProgramAdminPages {

	static final int PAGE_SIZE = 50;
	static final String BASE = "/workspace/programs";
	private static final Sort NEWEST_FIRST = Sort.by("createdAt").descending();

	private final Programs programs;
	private final ProgramAuthoring authoring;
	private final ProgramRefusals refusals;
	private final RuleTexts texts;
	private final Regions regions;
	private final BusinessClock clock;
	private final Spreadsheets spreadsheets;
	private final Formats formats;

	ProgramAdminPages(Programs programs, ProgramAuthoring authoring, ProgramRefusals refusals, RuleTexts texts,
			Regions regions, BusinessClock clock, Spreadsheets spreadsheets, Formats formats) {
		this.spreadsheets = spreadsheets;
		this.formats = formats;
		this.programs = programs;
		this.authoring = authoring;
		this.refusals = refusals;
		this.texts = texts;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = requirePolicyAdmin();
		model.addAttribute("programs", programs.list(user,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST)));
		return "policy/admin-programs";
	}

	/** Every program of the list as a workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = requirePolicyAdmin();
		Spreadsheet sheet = spreadsheets.sheet("progadmin.title")
			.column("progadmin.col.name", Spreadsheet.Kind.TEXT)
			.column("progadmin.col.region", Spreadsheet.Kind.TEXT)
			.column("progadmin.col.year", Spreadsheet.Kind.COUNT)
			.column("progadmin.col.status", Spreadsheet.Kind.TEXT)
			.column("progadmin.col.version", Spreadsheet.Kind.COUNT)
			.column("download.address", Spreadsheet.Kind.TEXT);
		sheet.everyPage(page -> programs.list(user, PageResult.request(page, PageResult.MAX_SIZE, NEWEST_FIRST)),
				found -> found.forEach(p -> sheet.row(p.getName(), formats.region(p.getRegionCode()), p.getYear(),
						sheet.words("status.program." + p.getStatus()), p.getCurrentVersion(), BASE + "/" + p.getId())));
		return sheet.download("programs");
	}

	@GetMapping("/new")
	String blank(Model model) {
		CurrentUser user = requirePolicyAdmin();
		String region = user.regionCode() == null || Regions.COUNTRY.equals(user.regionCode()) ? null : user.regionCode();
		// every default of the rules shown, so the administrator sees what a program gets unless changed
		ProgramRules defaults = new ProgramRules(null, region, clock.today().getYear(), null, null, null, null, null, null)
			.withDefaults();
		return editor(model, null, ProgramForm.of(defaults), PageErrors.Shown.NONE);
	}

	@PostMapping("/new")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		CurrentUser user = requirePolicyAdmin();
		ProgramForm form = ProgramForm.from(params);
		ProgramForm.Read read = form.read();
		try {
			if (!read.unreadable().isEmpty()) {
				return editor(model, null, form, refusals.of(read.unreadable(), refusalOf(read.rules())));
			}
			Program created = authoring.create(read.rules(), user);
			redirect.addFlashAttribute("done", "created");
			return "redirect:/workspace/programs/" + created.getId();
		}
		catch (DomainException e) {
			return editor(model, null, form, refusals.of(e));
		}
	}

	@GetMapping("/{id}")
	String program(@PathVariable String id, Model model) {
		requirePolicyAdmin();
		Program program = visible(id);
		return editor(model, program, ProgramForm.of(programs.currentRules(program.id()).withDefaults()),
				PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}")
	String amend(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = requirePolicyAdmin();
		Program program = visible(id);
		ProgramForm form = ProgramForm.from(params);
		ProgramForm.Read read = form.read();
		try {
			if (!read.unreadable().isEmpty()) {
				return editor(model, program, form, refusals.of(read.unreadable(), refusalOf(read.rules())));
			}
			int before = program.getCurrentVersion();
			Program amended = authoring.amend(program.id(), read.rules(), user);
			redirect.addFlashAttribute("done", amended.getCurrentVersion() == before ? "saved" : "newVersion");
			redirect.addFlashAttribute("version", amended.getCurrentVersion());
			return "redirect:/workspace/programs/" + id;
		}
		catch (DomainException e) {
			return editor(model, program, form, refusals.of(e));
		}
	}

	/** Two versions side by side; by default the one before the current and the current. */
	@GetMapping("/{id}/versions")
	String versions(@PathVariable String id, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		requirePolicyAdmin();
		Program program = visible(id);
		int current = program.getCurrentVersion();
		int right = to == null || to < 1 || to > current ? current : to;
		int left = from == null || from < 1 || from > current ? Math.max(1, right - 1) : from;
		List<RuleTexts.Row> rows = texts.compare(programs.rules(program.id(), left), programs.rules(program.id(), right));
		model.addAttribute("program", program);
		model.addAttribute("from", left);
		model.addAttribute("to", right);
		model.addAttribute("versions", java.util.stream.IntStream.rangeClosed(1, current).boxed().toList());
		model.addAttribute("rows", rows);
		model.addAttribute("changed", rows.stream().filter(RuleTexts.Row::changed).toList());
		return "policy/admin-versions";
	}

	@GetMapping("/{id}/publish")
	String askPublish(@PathVariable String id, Model model) {
		return question(model, visible(id), "publish", PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable String id, Model model, RedirectAttributes redirect) {
		CurrentUser user = requirePolicyAdmin();
		try {
			authoring.publish(ProgramId.of(id), user);
		}
		catch (DomainException e) {
			return question(model, visible(id), "publish", refusals.of(e));
		}
		redirect.addFlashAttribute("done", "published");
		return "redirect:/workspace/programs/" + id;
	}

	@GetMapping("/{id}/close")
	String askClose(@PathVariable String id, Model model) {
		return question(model, visible(id), "close", PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable String id, Model model, RedirectAttributes redirect) {
		CurrentUser user = requirePolicyAdmin();
		try {
			authoring.close(ProgramId.of(id), user);
		}
		catch (DomainException e) {
			return question(model, visible(id), "close", refusals.of(e));
		}
		redirect.addFlashAttribute("done", "closed");
		return "redirect:/workspace/programs/" + id;
	}

	/** What the service's checks refuse of rules read in part: shown with the unreadable inputs. */
	private DomainException refusalOf(ProgramRules rules) {
		try {
			rules.validate(regions::exists);
			return null;
		}
		catch (DomainException e) {
			return e;
		}
	}

	private String question(Model model, Program program, String what, PageErrors.Shown shown) {
		requirePolicyAdmin();
		model.addAttribute("program", program);
		model.addAttribute("what", what);
		model.addAttribute("budgeted", programs.ledger(program.id(), CurrentUser.require()).stream()
			.anyMatch(b -> b.regionCode() != null && b.budget().isPositive()));
		model.addAttribute(PageErrors.MODEL, shown);
		return "policy/admin-question";
	}

	private String editor(Model model, Program program, ProgramForm form, PageErrors.Shown shown) {
		CurrentUser user = CurrentUser.require();
		String region = program != null ? program.getRegionCode() : form.value("regionCode");
		model.addAttribute("program", program);
		model.addAttribute("form", form);
		model.addAttribute("regions", regions.scope(user.regionCode()).stream()
			.filter(c -> !Regions.COUNTRY.equals(c)).toList());
		model.addAttribute("cycles", List.of(org.innovoucher.policy.Cycle.values()));
		model.addAttribute("sizeClasses", ProgramForm.SIZE_CLASSES);
		model.addAttribute("categories", List.of(ServiceCategory.values()));
		model.addAttribute("payees", List.of(org.innovoucher.policy.Payee.values()));
		model.addAttribute("confirmations", List.of(org.innovoucher.policy.Confirmation.values()));
		model.addAttribute("panelFiles", ProgramForm.PANEL_FILE_KINDS);
		model.addAttribute("cities", ProgramRegions.ownRatioRegions(regions, region, form));
		model.addAttribute("institutionRegions", ProgramRegions.institutionRegions(regions, region, form));
		model.addAttribute(PageErrors.MODEL, shown);
		return "policy/admin-program";
	}

	/** A program staff may see (drafts included); another's region's programs are seen, not changed. */
	private Program visible(String id) {
		return programs.getVisible(ProgramId.of(id), CurrentUser.require());
	}

	static CurrentUser requirePolicyAdmin() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.POLICY_ADMIN)) {
			throw DomainException.forbidden("programs are made by a policy administrator");
		}
		return user;
	}
}
