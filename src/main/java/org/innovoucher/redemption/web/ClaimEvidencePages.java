package org.innovoucher.redemption.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimDrafting;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Filing a claim, steps 3 and 4: the evidence files, one plain multipart form per kind (which
 * /js/claim-evidence.js lets one drop a file on), then the answers to check with the payable and
 * the rule that made it, and the submission. A refused file is named with its reason beside its
 * field; each kept file is listed with its name, size and SHA-256.
 */
@Controller
@RequestMapping("/workspace/claims")
class ClaimEvidencePages {

	private final ClaimEvidence evidence;
	private final ClaimDrafting drafting;
	private final ClaimQueries queries;
	private final Contracts contracts;
	private final ClaimPageSupport support;
	private final PageErrors errors;

	ClaimEvidencePages(ClaimEvidence evidence, ClaimDrafting drafting, ClaimQueries queries, Contracts contracts,
			ClaimPageSupport support, PageErrors errors) {
		this.evidence = evidence;
		this.drafting = drafting;
		this.queries = queries;
		this.contracts = contracts;
		this.support = support;
		this.errors = errors;
	}

	@GetMapping("/{id}/evidence")
	String evidence(@PathVariable String id, Model model) {
		Redemption claim = support.claimantsClaim(id, CurrentUser.require());
		if (!claim.getStatus().isEditable()) {
			return "redirect:/workspace/claims/" + id;
		}
		return evidencePage(model, claim, PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/evidence")
	String attach(@PathVariable String id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		Redemption claim = support.claimantsClaim(id, user);
		Attachment.Kind parsed = kind(kind);
		String field = "file-" + parsed;
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			response.setStatus(400);
			return evidencePage(model, claim, errors.on(field, "claim.error.file.none"));
		}
		try (InputStream content = file.getInputStream()) {
			evidence.attach(ClaimId.of(id), parsed, file.getOriginalFilename(), content, user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return evidencePage(model, claim, support.refusal(e, field));
		}
		catch (IOException e) {
			throw new IllegalStateException("the upload could not be read", e);
		}
		redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
		return "redirect:/workspace/claims/" + id + "/evidence#kind-" + parsed;
	}

	@GetMapping("/{id}/check")
	String check(@PathVariable String id, Model model) {
		Redemption claim = support.claimantsClaim(id, CurrentUser.require());
		if (!claim.getStatus().isEditable()) {
			return "redirect:/workspace/claims/" + id;
		}
		return checkPage(model, claim, PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable String id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		Redemption claim = support.claimantsClaim(id, user);
		try {
			drafting.submit(ClaimId.of(id), user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return checkPage(model, claim, support.refusal(e, "submit"));
		}
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/workspace/claims/" + id;
	}

	private static Attachment.Kind kind(String kind) {
		try {
			return Attachment.Kind.valueOf(kind == null ? "" : kind.trim());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("kind", "one of " + List.of(Attachment.Kind.values()));
		}
	}

	private String evidencePage(Model model, Redemption claim, PageErrors.Shown shown) {
		CurrentUser user = CurrentUser.require();
		List<Attachment> files = evidence.attachments(claim.id(), user);
		model.addAttribute("claim", claim);
		model.addAttribute("contract", contracts.getVisible(claim.contract(), user));
		model.addAttribute("kinds", support.kinds(claim));
		model.addAttribute("files", support.rows(files));
		model.addAttribute("missing", support.missing(claim, files));
		model.addAttribute("filedByInstitution", claim.paysInstitution());
		model.addAttribute(PageErrors.MODEL, shown);
		model.addAttribute("step", 3);
		return "redemption/claim/evidence";
	}

	private String checkPage(Model model, Redemption claim, PageErrors.Shown shown) {
		CurrentUser user = CurrentUser.require();
		List<Attachment> files = evidence.attachments(claim.id(), user);
		model.addAttribute("claim", claim);
		model.addAttribute("contract", contracts.getVisible(claim.contract(), user));
		model.addAttribute("files", support.rows(files));
		model.addAttribute("kinds", support.kinds(claim));
		model.addAttribute("missing", support.missing(claim, files));
		model.addAttribute("sealedLetter", queries.redeemRules(claim).bySealedLetter());
		model.addAttribute("filedByInstitution", claim.paysInstitution());
		model.addAttribute("outputNames", ClaimForm.OUTPUTS);
		model.addAttribute("form", ClaimForm.of(claim));
		try {
			model.addAttribute("explanation", queries.payableExplained(claim.id(), user));
		}
		catch (DomainException e) {
			// nothing payable (the annual cap is reached): the page says so instead of a sum
			model.addAttribute("pricingRefused", support.refusal(e, "payable").of("payable"));
		}
		model.addAttribute(PageErrors.MODEL, shown);
		model.addAttribute("step", 4);
		return "redemption/claim/check";
	}
}
