package org.innovoucher.voucher.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.policy.Round;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.ReviewDesk;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.Batches;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.innovoucher.voucher.ApplicationQueue;
import org.innovoucher.voucher.ApplicationRounds;
import org.innovoucher.voucher.ApplicationReview;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The bureau reviewer's queue of voucher applications: those of its regions awaiting a decision,
 * the earliest due first and the overdue marked in words, with filters; and the batch decision on
 * the files ticked in it, each decided on its own as {@code POST /api/v1/voucher-applications/decisions}
 * decides it (through {@link Batches}), the result page saying each file's outcome.
 */
@Controller
@RequestMapping(ApplicationReviewPages.BASE)
class ApplicationReviewPages {

	static final String BASE = "/workspace/review/applications";
	static final int PAGE_SIZE = 20;

	/** A file in the queue: the application, its enterprise's and program's names, its deadline, its round. */
	record Row(VoucherApplication application, String enterpriseName, String programName, ReviewDesk.Due due,
			Round round) {
	}

	/** The queue's filters as the page's form sends them. */
	record Filters(String program, VoucherApplication.Status status, String region, boolean overdue, String round) {

		ApplicationQueue.Filter toQueue() {
			return new ApplicationQueue.Filter(Ids.optional(blankToNull(program), ProgramId::of), status,
					blankToNull(region), overdue, blankToNull(round));
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.trim();
		}
	}

	private final ApplicationQueue queue;
	private final VoucherApplications applications;
	private final ApplicationReview review;
	private final Enterprises enterprises;
	private final Programs programs;
	private final Regions regions;
	private final Batches batches;
	private final ReviewDesk desk;
	private final Spreadsheets spreadsheets;
	private final ApplicationRounds rounds;

	ApplicationReviewPages(ApplicationQueue queue, VoucherApplications applications, ApplicationReview review,
			Enterprises enterprises, Programs programs, Regions regions, Batches batches, ReviewDesk desk,
			Spreadsheets spreadsheets, ApplicationRounds rounds) {
		this.rounds = rounds;
		this.queue = queue;
		this.applications = applications;
		this.review = review;
		this.enterprises = enterprises;
		this.programs = programs;
		this.regions = regions;
		this.batches = batches;
		this.desk = desk;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String program,
			@RequestParam(required = false) VoucherApplication.Status status,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String round, @RequestParam(defaultValue = "0") int page, Model model) {
		return queuePage(model, new Filters(program, status, region, overdue, round), page, PageErrors.Shown.NONE, null, null);
	}

	/** The queue with the same filters, every page of it, as a workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> queueWorkbook(@RequestParam(required = false) String program,
			@RequestParam(required = false) VoucherApplication.Status status,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String round) {
		CurrentUser user = CurrentUser.require();
		Spreadsheet sheet = spreadsheets.sheet("review.applications.title")
			.column("review.queue.enterprise", Spreadsheet.Kind.TEXT)
			.column("review.queue.program", Spreadsheet.Kind.TEXT)
			.column("review.queue.denomination", Spreadsheet.Kind.MONEY)
			.column("review.queue.due", Spreadsheet.Kind.DATE)
			.column("review.queue.status", Spreadsheet.Kind.TEXT)
			.column("download.address", Spreadsheet.Kind.TEXT);
		ApplicationQueue.Filter filter = new Filters(program, status, region, overdue, round).toQueue();
		return sheet.everyPage(page -> queue.queue(user, filter, page, PageResult.MAX_SIZE), found -> {
			for (Row r : rows(found)) {
				VoucherApplication a = r.application();
				sheet.row(r.enterpriseName(), r.programName(), a.getDenomination(), a.getReviewDueOn(),
						sheet.words("status.application." + a.getStatus()), BASE + "/" + a.getId());
			}
		}).download("applications-to-review");
	}

	/**
	 * The files ticked in the queue, decided one after another with the same decision and reason;
	 * a refusal of one is that file's result, the others stay decided.
	 */
	@PostMapping("/decisions")
	String decideEach(@RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(required = false) ApplicationReview.Decision decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String program,
			@RequestParam(required = false) VoucherApplication.Status status,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String round, HttpServletResponse response, Model model) {
		CurrentUser user = CurrentUser.require();
		Filters filters = new Filters(program, status, region, overdue, round);
		PageErrors.Shown shown = PageErrors.Shown.NONE;
		if (ids == null || ids.isEmpty()) {
			shown = shown.and(desk.refusalOn("ids", "review.batch.none"));
		}
		if (decision == null) {
			shown = shown.and(desk.refusalOn("decision", "review.decision.missing"));
		}
		if (!shown.any()) {
			try {
				String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
				List<Map<String, Object>> results = batches.each(user, Role.BUREAU_REVIEWER, ids, id -> id,
						id -> decided(review.decide(id, decision, trimmed, user)));
				model.addAttribute("outcomes", desk.outcomes(results, "status.application."));
				model.addAttribute("names", namesOf(ids, user));
				model.addAttribute("decision", decision);
				model.addAttribute("reason", trimmed);
				return "voucher/review/decided";
			}
			catch (DomainException e) {
				shown = desk.refusal(e, "ids");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return queuePage(model, filters, 0, shown, decision, reason);
	}

	private String queuePage(Model model, Filters filters, int page, PageErrors.Shown shown,
			ApplicationReview.Decision decision, String reason) {
		CurrentUser user = CurrentUser.require();
		PageResult<VoucherApplication> found = queue.queue(user, filters.toQueue(), page, PAGE_SIZE);
		model.addAttribute("rows", rows(found.items()));
		model.addAttribute("found", found);
		model.addAttribute("filters", filters);
		model.addAttribute("shownStatus", filters.toQueue().statusOrWaiting());
		model.addAttribute("waitingStatus", filters.toQueue().statusOrWaiting() == VoucherApplication.Status.SUBMITTED);
		model.addAttribute("statuses", VoucherApplication.Status.values());
		List<Program> choices = programChoices(user);
		model.addAttribute("programs", choices);
		model.addAttribute("roundChoices", roundChoices(choices, filters));
		model.addAttribute("round", filters.toQueue().round());
		model.addAttribute("regions", regions.scope(user.regionCode()));
		model.addAttribute("decision", decision);
		model.addAttribute("reason", reason);
		model.addAttribute(PageErrors.MODEL, shown);
		return "voucher/review/queue";
	}

	private List<Row> rows(List<VoucherApplication> found) {
		Map<String, String> programNames = new HashMap<>();
		return found.stream()
			.map(a -> new Row(a, enterprises.get(a.enterprise()).getName(),
					programNames.computeIfAbsent(a.getProgramId(), p -> programs.get(ProgramId.of(p)).getName()),
					desk.due(a.getReviewDueOn()), rounds.of(a).orElse(null)))
			.toList();
	}

	/** The rounds to filter by: the chosen program's, or every listed program's, each name once, in order. */
	private List<String> roundChoices(List<Program> choices, Filters filters) {
		return choices.stream()
			.filter(p -> filters.program() == null || filters.program().isBlank() || p.getId().equals(filters.program().trim()))
			.flatMap(p -> programs.currentRules(p.id()).window().allRounds().stream())
			.map(Round::name)
			.distinct()
			.toList();
	}

	private List<Program> programChoices(CurrentUser user) {
		return programs.list(user, PageRequest.of(0, PageResult.MAX_SIZE, Sort.by("createdAt").descending())).items();
	}

	/** Each decided file's enterprise, for the result page to name it. */
	private Map<String, String> namesOf(List<String> ids, CurrentUser user) {
		Map<String, String> names = new HashMap<>();
		for (String id : ids) {
			try {
				names.put(id, enterprises.get(applications.applicationVisible(id, user).enterprise()).getName());
			}
			catch (DomainException e) {
				// a file this reviewer may not see keeps its refusal and is named by its number only
			}
		}
		return names;
	}

	private static Map<String, Object> decided(VoucherApplication application) {
		return Map.of("status", application.getStatus());
	}
}
