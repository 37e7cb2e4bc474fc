package org.innovoucher.redemption.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.ReviewDesk;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.ClaimQueue;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ClaimId;
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
 * The bureau reviewer's queue of claims: those of its regions under review, the earliest due first
 * and the overdue marked in words, with filters; and the batch decision on the claims ticked in it,
 * each decided on its own as {@code POST /api/v1/redemptions/decisions} decides it (through
 * {@link Batches}; an approval in a batch approves the payable), the result page saying each outcome.
 */
@Controller
@RequestMapping(ClaimReviewPages.BASE)
class ClaimReviewPages {

	static final String BASE = "/workspace/review/claims";
	static final int PAGE_SIZE = 20;

	/** A claim in the queue: the claim, its contract's title, its enterprise's and program's names, its deadline. */
	record Row(Redemption claim, String title, String enterpriseName, String programName, ReviewDesk.Due due) {
	}

	/** The queue's filters as the page's form sends them. */
	record Filters(String program, Redemption.Status status, String region, boolean overdue) {

		ClaimQueue.Filter toQueue() {
			return new ClaimQueue.Filter(Ids.optional(blankToNull(program), ProgramId::of), status, blankToNull(region),
					overdue);
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.trim();
		}
	}

	private final ClaimQueue queue;
	private final ClaimQueries queries;
	private final ClaimReview review;
	private final Contracts contracts;
	private final Enterprises enterprises;
	private final Programs programs;
	private final Regions regions;
	private final Batches batches;
	private final ReviewDesk desk;
	private final Spreadsheets spreadsheets;

	ClaimReviewPages(ClaimQueue queue, ClaimQueries queries, ClaimReview review, Contracts contracts,
			Enterprises enterprises, Programs programs, Regions regions, Batches batches, ReviewDesk desk, Spreadsheets spreadsheets) {
		this.queue = queue;
		this.queries = queries;
		this.review = review;
		this.contracts = contracts;
		this.enterprises = enterprises;
		this.programs = programs;
		this.regions = regions;
		this.batches = batches;
		this.desk = desk;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String program, @RequestParam(required = false) Redemption.Status status,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		return queuePage(model, new Filters(program, status, region, overdue), page, PageErrors.Shown.NONE, null, null);
	}

	/** The queue with the same filters, every page of it, as a workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> queueWorkbook(@RequestParam(required = false) String program,
			@RequestParam(required = false) Redemption.Status status, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "false") boolean overdue) {
		CurrentUser user = CurrentUser.require();
		Spreadsheet sheet = spreadsheets.sheet("review.claims.title")
			.column("review.queue.enterprise", Spreadsheet.Kind.TEXT)
			.column("review.queue.contract", Spreadsheet.Kind.TEXT)
			.column("review.queue.program", Spreadsheet.Kind.TEXT)
			.column("claim.page.payable", Spreadsheet.Kind.MONEY)
			.column("review.queue.due", Spreadsheet.Kind.DATE)
			.column("review.queue.status", Spreadsheet.Kind.TEXT)
			.column("download.address", Spreadsheet.Kind.TEXT);
		ClaimQueue.Filter filter = new Filters(program, status, region, overdue).toQueue();
		return sheet.everyPage(page -> queue.queue(user, filter, page, PageResult.MAX_SIZE), claims -> {
			for (Row r : rows(claims)) {
				Redemption c = r.claim();
				sheet.row(r.enterpriseName(), r.title(), r.programName(), c.getPayableAmount(), c.getReviewDueOn(),
						sheet.words(ClaimStatusWords.of(c)), BASE + "/" + c.getId());
			}
		}).download("claims-to-review");
	}

	/**
	 * The claims ticked in the queue, decided one after another with the same decision and reason;
	 * a refusal of one is that claim's result, the others stay decided.
	 */
	@PostMapping("/decisions")
	String decideEach(@RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(required = false) ClaimReview.Decision decision, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String program, @RequestParam(required = false) Redemption.Status status,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean overdue,
			HttpServletResponse response, Model model) {
		CurrentUser user = CurrentUser.require();
		PageErrors.Shown shown = PageErrors.Shown.NONE;
		if (ids == null || ids.isEmpty()) {
			shown = shown.and(desk.refusalOn("ids", "review.batch.none"));
		}
		if (decision == null) {
			shown = shown.and(desk.refusalOn("decision", "review.decision.missing"));
		}
		if (!shown.any()) {
			String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
			try {
				List<Map<String, Object>> results = batches.each(user, Role.BUREAU_REVIEWER, ids, id -> id, id -> {
					Redemption decided = review.decide(ClaimId.of(id), decision, null, trimmed, user);
					return Map.of("status", decided.getStatus());
				});
				model.addAttribute("outcomes", desk.outcomes(results, "status.claim."));
				model.addAttribute("names", namesOf(ids, user));
				model.addAttribute("decision", decision);
				model.addAttribute("reason", trimmed);
				return "redemption/review/decided";
			}
			catch (DomainException e) {
				shown = desk.refusal(e, "ids");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return queuePage(model, new Filters(program, status, region, overdue), 0, shown, decision, reason);
	}

	private String queuePage(Model model, Filters filters, int page, PageErrors.Shown shown,
			ClaimReview.Decision decision, String reason) {
		CurrentUser user = CurrentUser.require();
		PageResult<Redemption> found = queue.queue(user, filters.toQueue(), page, PAGE_SIZE);
		model.addAttribute("rows", rows(found.items()));
		model.addAttribute("found", found);
		model.addAttribute("filters", filters);
		model.addAttribute("shownStatus", filters.toQueue().statusOrWaiting());
		model.addAttribute("waitingStatus", filters.toQueue().statusOrWaiting() == Redemption.Status.UNDER_REVIEW);
		model.addAttribute("statuses", Redemption.Status.values());
		model.addAttribute("programs", programChoices(user));
		model.addAttribute("regions", regions.scope(user.regionCode()));
		model.addAttribute("decision", decision);
		model.addAttribute("reason", reason);
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/review/queue";
	}

	private List<Row> rows(List<Redemption> claims) {
		Map<String, String> programNames = new HashMap<>();
		return claims.stream()
			.map(c -> new Row(c, contracts.get(c.contract()).getTitle(), enterprises.get(c.enterprise()).getName(),
					programNames.computeIfAbsent(c.getProgramId(), p -> programs.get(ProgramId.of(p)).getName()),
					desk.due(c.getReviewDueOn())))
			.toList();
	}

	private List<Program> programChoices(CurrentUser user) {
		return programs.list(user, PageRequest.of(0, PageResult.MAX_SIZE, Sort.by("createdAt").descending())).items();
	}

	/** Each decided claim's enterprise and contract, for the result page to name it. */
	private Map<String, String> namesOf(List<String> ids, CurrentUser user) {
		Map<String, String> names = new HashMap<>();
		for (String id : ids) {
			try {
				Redemption claim = queries.getVisible(ClaimId.of(id), user);
				names.put(id, enterprises.get(claim.enterprise()).getName() + " · " + contracts.get(claim.contract()).getTitle());
			}
			catch (DomainException e) {
				// a claim this reviewer may not see keeps its refusal and is named by its number only
			}
		}
		return names;
	}
}
