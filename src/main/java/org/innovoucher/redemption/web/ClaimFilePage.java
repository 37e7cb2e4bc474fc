package org.innovoucher.redemption.web;

import org.innovoucher.expert.ReviewPanels;
import org.innovoucher.expert.ReviewSubjectType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.institution.Institutions;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.ReviewDesk;
import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.ClaimQueue;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Role;
import org.innovoucher.voucher.ApplicationQueue;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * One claim as the bureau reviewer reads it: the enterprise (size, applications and claims, any
 * ban), the contract, the program version's rules, the computation of the bound payable with the
 * rule that made it, every evidence file shown in the page with its SHA-256, and the audit history;
 * and the decision with its reason, as {@code POST /api/v1/redemptions/{id}/decision} makes it.
 */
@Controller
@RequestMapping(ClaimReviewPages.BASE)
class ClaimFilePage {

	/** An evidence file as the reviewer sees it: shown inline when it is a PDF or an image. */
	record Evidence(Attachment file, String size, boolean pdf, boolean image) {
	}

	private final ClaimQueries queries;
	private final ClaimQueue queue;
	private final ClaimReview review;
	private final ClaimEvidence evidence;
	private final ApplicationQueue applications;
	private final Contracts contracts;
	private final Enterprises enterprises;
	private final Institutions institutions;
	private final Vouchers vouchers;
	private final ClaimPageSupport support;
	private final ReviewDesk desk;
	private final ReviewPanels panels;
	private final BusinessClock clock;

	ClaimFilePage(ClaimQueries queries, ClaimQueue queue, ClaimReview review, ClaimEvidence evidence,
			ApplicationQueue applications, Contracts contracts, Enterprises enterprises, Institutions institutions,
			Vouchers vouchers, ClaimPageSupport support, ReviewDesk desk, BusinessClock clock, ReviewPanels panels) {
		this.panels = panels;
		this.queries = queries;
		this.queue = queue;
		this.review = review;
		this.evidence = evidence;
		this.applications = applications;
		this.contracts = contracts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.vouchers = vouchers;
		this.support = support;
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String file(@PathVariable String id, Model model) {
		return filePage(model, id, PageErrors.Shown.NONE, null, null, null);
	}

	/**
	 * An evidence file for the page to show inline (a frame or an image of this site only; the
	 * pages' security lets this one address be framed by this site); what a browser does not show
	 * inline is downloaded. The checksum travels with it as on the API.
	 */
	@GetMapping("/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> evidenceFile(@PathVariable String id, @PathVariable String fileId) {
		ClaimEvidence.EvidenceFile file = evidence.evidenceFile(ClaimId.of(id), fileId, CurrentUser.require());
		Attachment a = file.attachment();
		boolean inline = isPdf(a) || isImage(a);
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(a.getFileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.getContentType()))
			.contentLength(a.getSize())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("Digest", "sha-256=" + a.getSha256())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable String id, @RequestParam(required = false) ClaimReview.Decision decision,
			@RequestParam(required = false) String approvedAmount, @RequestParam(required = false) String reason,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PageErrors.Shown shown = PageErrors.Shown.NONE;
		if (decision == null) {
			shown = shown.and(desk.refusalOn("decision", "review.decision.missing"));
		}
		Money amount = null;
		boolean amountGiven = approvedAmount != null && !approvedAmount.isBlank();
		if (amountGiven && decision == ClaimReview.Decision.APPROVE) {
			amount = amount(approvedAmount);
			if (amount == null) {
				shown = shown.and(desk.refusalOn("approvedAmount", "review.refused.approvedAmount"));
			}
		}
		if (!shown.any()) {
			try {
				review.decide(ClaimId.of(id), decision, amount, reason == null || reason.isBlank() ? null : reason.trim(),
						CurrentUser.require());
				redirect.addFlashAttribute("decided", decision.name());
				return "redirect:" + ClaimReviewPages.BASE + "/" + id;
			}
			catch (DomainException e) {
				response.setStatus(e.code().status().value());
				shown = desk.refusal(e, e.code() == ErrorCode.AMOUNT_ABOVE_PAYABLE ? "approvedAmount" : "decision");
				return filePage(model, id, shown, decision, approvedAmount, reason);
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return filePage(model, id, shown, decision, approvedAmount, reason);
	}

	private String filePage(Model model, String id, PageErrors.Shown shown, ClaimReview.Decision decision,
			String approvedAmount, String reason) {
		CurrentUser user = CurrentUser.require();
		Redemption claim = queries.getVisible(ClaimId.of(id), user);
		Enterprise enterprise = enterprises.getVisible(claim.enterprise(), user);
		Voucher voucher = vouchers.voucherVisible(claim.voucher(), user);
		model.addAttribute("claim", claim);
		model.addAttribute("contract", contracts.getVisible(claim.contract(), user));
		model.addAttribute("institutionName", institutions.get(claim.institution()).getName());
		model.addAttribute("voucher", voucher);
		model.addAttribute("rules", vouchers.rulesOf(voucher).withDefaults());
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("bannedNow", enterprise.isBannedOn(clock.today()));
		model.addAttribute("claims", queue.historyOf(enterprise.id(), user)
			.stream()
			.filter(c -> !c.getId().equals(claim.getId()))
			.toList());
		model.addAttribute("applications", applications.historyOf(enterprise.id(), user));
		model.addAttribute("explanation", queue.boundPayableExplained(claim.id(), user));
		model.addAttribute("evidence", evidenceOf(claim, user));
		model.addAttribute("outputNames", ClaimForm.OUTPUTS);
		model.addAttribute("form", ClaimForm.of(claim));
		model.addAttribute("audit", queue.auditOf(claim.id(), user));
		LocalDate openDue = ClaimStage.openDue(claim);
		model.addAttribute("due", openDue == null ? null : desk.due(openDue));
		model.addAttribute("decidable",
				claim.getStatus() == Redemption.Status.UNDER_REVIEW && user.has(Role.BUREAU_REVIEWER));
		model.addAttribute("decision", decision);
		model.addAttribute("approvedAmount", approvedAmount);
		model.addAttribute("reason", reason);
		// the panel advises; the reviewer decides
		model.addAttribute("panel", panels.adviceOn(ReviewSubjectType.REDEMPTION, claim.getId()).orElse(null));
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/review/file";
	}

	private List<Evidence> evidenceOf(Redemption claim, CurrentUser user) {
		return evidence.attachments(claim.id(), user)
			.stream()
			.map(a -> new Evidence(a, support.size(a.getSize()), isPdf(a), isImage(a)))
			.toList();
	}

	private static boolean isPdf(Attachment a) {
		return MediaType.APPLICATION_PDF_VALUE.equals(a.getContentType());
	}

	private static boolean isImage(Attachment a) {
		return a.getContentType() != null && a.getContentType().startsWith("image/");
	}

	/** The amount as typed, with thousands separators and spaces allowed; null when it is not one. */
	private static Money amount(String text) {
		try {
			return Money.parse(text.replace(",", "").replace("，", "").replace(" ", "").replace("¥", ""));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
