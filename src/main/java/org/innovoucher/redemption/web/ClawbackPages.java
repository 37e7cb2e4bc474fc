package org.innovoucher.redemption.web;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.ClaimSettlement;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The supervisor claws a paid claim back ({@link ClaimSettlement#clawBack}, the API's operation):
 * the paid claims of their regions, and one claim's page that says what the clawback does (the
 * amount owed back, the enterprise's ban and until when) before the supervisor confirms it with a
 * reason.
 */
@Controller
@RequestMapping(ClawbackPages.BASE)
class ClawbackPages {

	static final String BASE = "/workspace/supervision/clawbacks";
	static final int PAGE_SIZE = 20;
	static final int REASON_MAX = TextLimits.REASON;

	/** A paid claim in the list, with its enterprise's name. */
	record Paid(Redemption claim, String enterpriseName) {
	}

	private final ClaimQueries queries;
	private final ClaimSettlement settlement;
	private final Enterprises enterprises;
	private final PageErrors errors;
	private final Spreadsheets spreadsheets;

	ClawbackPages(ClaimQueries queries, ClaimSettlement settlement, Enterprises enterprises, PageErrors errors,
			Spreadsheets spreadsheets) {
		this.queries = queries;
		this.settlement = settlement;
		this.enterprises = enterprises;
		this.errors = errors;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = supervisor();
		PageResult<Redemption> paid = queries.list(user, null, Redemption.Status.PAID, paging(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("paid", paid);
		model.addAttribute("rows", paid.items().stream()
			.map(c -> new Paid(c, enterprises.get(c.enterprise()).getName()))
			.toList());
		return "redemption/supervision/clawbacks";
	}

	/** Every paid claim of the supervisor's regions, as a workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = supervisor();
		Spreadsheet sheet = spreadsheets.sheet("clawback.list.title")
			.column("clawback.enterprise", Spreadsheet.Kind.TEXT)
			.column("download.col.claim", Spreadsheet.Kind.TEXT)
			.column("clawback.paid", Spreadsheet.Kind.MONEY)
			.column("payments.paidOn", Spreadsheet.Kind.DATE)
			.column("download.address", Spreadsheet.Kind.TEXT);
		return sheet.everyPage(page -> queries.list(user, null, Redemption.Status.PAID, paging(page, PageResult.MAX_SIZE)),
				paid -> {
					for (Redemption c : paid) {
						sheet.row(enterprises.get(c.enterprise()).getName(), c.getId(), c.getApprovedAmount(), c.getPaidOn(),
								BASE + "/" + c.getId());
					}
				}).download("paid-claims");
	}

	private static Pageable paging(int page, int size) {
		return PageResult.request(page, size, Sort.by(Sort.Direction.DESC, "paidOn", "createdAt").and(Sort.by("id")));
	}

	@GetMapping("/{claimId}")
	String claim(@PathVariable String claimId, Model model) {
		return page(model, claimId, "", PageErrors.Shown.NONE);
	}

	@PostMapping("/{claimId}")
	String clawBack(@PathVariable String claimId, @RequestParam(required = false) String reason,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = supervisor();
		String typed = reason == null ? "" : reason.strip();
		if (typed.isEmpty() || typed.length() > REASON_MAX) {
			response.setStatus(400);
			return page(model, claimId, typed, errors.on("reason", "clawback.reason.required", REASON_MAX));
		}
		try {
			settlement.clawBack(ClaimId.of(claimId), typed, user);
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.code().status().value());
			return page(model, claimId, typed, errors.on("reason", "error.code." + e.code().name()));
		}
		redirect.addFlashAttribute("clawedBack", true);
		return "redirect:" + BASE + "/" + claimId;
	}

	private String page(Model model, String claimId, String reason, PageErrors.Shown shown) {
		ClaimSettlement.ClawbackConsequence consequence = settlement.clawbackConsequence(ClaimId.of(claimId), supervisor());
		model.addAttribute("c", consequence);
		model.addAttribute("claim", consequence.claim());
		model.addAttribute("enterprise", enterprises.get(consequence.claim().enterprise()));
		model.addAttribute("reason", reason);
		model.addAttribute("reasonMax", REASON_MAX);
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/supervision/clawback";
	}

	private static CurrentUser supervisor() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.SUPERVISOR)) {
			throw DomainException.forbidden("clawbacks are for supervisors");
		}
		return user;
	}
}
