package org.innovoucher.redemption.web;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.institution.Institutions;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Role;
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
 * Following claims: the enterprise's list (with its contracts ready to claim), the institution's
 * list (claims waiting for its confirmation first, with working days left), and one claim's page
 * with its status in words through confirmation, review, public notice and payment. The contract's
 * institution confirms or disputes (with its reason) on that page, as
 * {@code POST /api/v1/redemptions/{id}/confirmation} does.
 */
@Controller
@RequestMapping("/workspace/claims")
class ClaimPages {

	static final int PAGE_SIZE = 20;

	/** A claim in a list, with the contract's title and, for an institution, the enterprise's name. */
	record Row(Redemption claim, String title, String party, Integer daysLeft) {
	}

	private final ClaimQueries queries;
	private final ClaimReview review;
	private final ClaimEvidence evidence;
	private final Contracts contracts;
	private final Enterprises enterprises;
	private final Institutions institutions;
	private final ActingFor actingFor;
	private final ClaimPageSupport support;
	private final Spreadsheets spreadsheets;

	ClaimPages(ClaimQueries queries, ClaimReview review, ClaimEvidence evidence, Contracts contracts,
			Enterprises enterprises, Institutions institutions, ActingFor actingFor, ClaimPageSupport support,
			Spreadsheets spreadsheets) {
		this.queries = queries;
		this.review = review;
		this.evidence = evidence;
		this.contracts = contracts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.actingFor = actingFor;
		this.support = support;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		Pageable paging = paging(Math.max(page, 0), PAGE_SIZE);
		if (user.has(Role.INSTITUTION)) {
			model.addAttribute("toConfirm", queries.awaitingConfirmation(user)
				.stream()
				.map(c -> row(c, enterpriseName(c), support.workingDaysLeft(c.getConfirmDueOn())))
				.toList());
			PageResult<Redemption> claims = queries.list(user, null, null, paging);
			model.addAttribute("claims", claims);
			model.addAttribute("rows", claims.items().stream().map(c -> row(c, enterpriseName(c), null)).toList());
			// where a program pays the institution, it files the claims on its contracts itself
			model.addAttribute("ready", queries.readyToClaimByInstitution(user));
			return "redemption/claim/institution-list";
		}
		PageResult<Redemption> claims = queries.list(user, actingFor.enterprise(user), null, paging);
		model.addAttribute("claims", claims);
		model.addAttribute("rows", claims.items().stream().map(c -> row(c, institutionName(c), null)).toList());
		model.addAttribute("ready", queries.readyToClaim(user, actingFor.enterprise(user)));
		model.addAttribute("toReceive", queries.awaitingReceipt(user, actingFor.enterprise(user))
			.stream()
			.map(c -> row(c, institutionName(c), support.workingDaysLeft(c.getConfirmDueOn())))
			.toList());
		return "redemption/claim/list";
	}

	/**
	 * The claims of the page's list as a workbook, every page of it: an institution's claims on its
	 * services with each enterprise, or the enterprise's claims with each institution.
	 */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = CurrentUser.require();
		boolean institution = user.has(Role.INSTITUTION);
		EnterpriseId enterprise = institution ? null : actingFor.enterprise(user);
		Spreadsheet sheet = spreadsheets.sheet(institution ? "claim.inst.title" : "claim.list.title")
			.column("claim.list.contract", Spreadsheet.Kind.TEXT)
			.column(institution ? "claim.page.enterprise" : "claim.page.institution", Spreadsheet.Kind.TEXT)
			.column("claim.list.status", Spreadsheet.Kind.TEXT)
			.column("claim.page.paid", Spreadsheet.Kind.MONEY)
			.column("claim.page.payable", Spreadsheet.Kind.MONEY)
			.column("download.col.submittedOn", Spreadsheet.Kind.DATE)
			.column("download.address", Spreadsheet.Kind.TEXT);
		return sheet.everyPage(page -> queries.list(user, enterprise, null, paging(page, PageResult.MAX_SIZE)), claims -> {
			for (Redemption c : claims) {
				sheet.row(contracts.get(c.contract()).getTitle(), institution ? enterpriseName(c) : institutionName(c),
						sheet.words(ClaimStatusWords.of(c)), c.getPaidAmount(), c.getPayableAmount(),
						c.getSubmittedOn(), "/workspace/claims/" + c.getId());
			}
		}).download("claims");
	}

	private static Pageable paging(int page, int size) {
		return PageResult.request(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
	}

	@GetMapping("/{id}")
	String claim(@PathVariable String id, Model model) {
		return claimPage(model, id, PageErrors.Shown.NONE, null);
	}

	/**
	 * The other party confirms or disputes: the contract's institution that the service was delivered
	 * and paid, or, where the institution filed, the enterprise that it received the service.
	 */
	@PostMapping("/{id}/confirmation")
	String confirm(@PathVariable String id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		boolean confirming = "confirm".equals(decision);
		try {
			review.confirm(ClaimId.of(id), confirming, reason, CurrentUser.require());
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return claimPage(model, id, support.refusal(e, confirming ? "confirm" : "reason"), reason);
		}
		redirect.addFlashAttribute("answered", confirming ? "confirmed" : "disputed");
		return "redirect:/workspace/claims/" + id;
	}

	private String claimPage(Model model, String id, PageErrors.Shown shown, String reason) {
		CurrentUser user = CurrentUser.require();
		Redemption claim = queries.getVisible(ClaimId.of(id), user);
		boolean institution = claim.getInstitutionId().equals(user.institutionId());
		if (!institution) {
			// an enterprise page: the claim is the acting enterprise's own
			claim = support.claimantsClaim(id, user);
		}
		model.addAttribute("claim", claim);
		model.addAttribute("institutionView", institution);
		// who files acts on the claim; the other party confirms it
		model.addAttribute("claimantView", institution == claim.paysInstitution());
		model.addAttribute("confirmerView", institution != claim.paysInstitution());
		model.addAttribute("sealedLetter", queries.redeemRules(claim).bySealedLetter());
		model.addAttribute("ownPart", claim.paysInstitution() && claim.getPayableAmount() != null
				? claim.getPaidAmount().minus(claim.getPayableAmount()) : null);
		model.addAttribute("contract", contracts.getVisible(claim.contract(), user));
		model.addAttribute("enterpriseName", enterpriseName(claim));
		model.addAttribute("institutionName", institutionName(claim));
		model.addAttribute("files", support.rows(claim, evidence.attachments(claim.id(), user)));
		model.addAttribute("outputNames", ClaimForm.OUTPUTS);
		model.addAttribute("form", ClaimForm.of(claim));
		model.addAttribute("confirmDaysLeft", claim.getStatus() == Redemption.Status.AWAITING_CONFIRMATION
				&& claim.getConfirmDueOn() != null ? support.workingDaysLeft(claim.getConfirmDueOn()) : null);
		model.addAttribute("stages", ClaimStage.of(claim));
		model.addAttribute("reason", reason);
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/claim/claim";
	}

	private Row row(Redemption claim, String party, Integer daysLeft) {
		return new Row(claim, contracts.get(claim.contract()).getTitle(), party, daysLeft);
	}

	private String enterpriseName(Redemption claim) {
		return enterprises.get(claim.enterprise()).getName();
	}

	private String institutionName(Redemption claim) {
		return institutions.get(claim.institution()).getName();
	}
}
