package org.innovoucher.voucher.web;

import org.innovoucher.expert.ReviewPanels;
import org.innovoucher.expert.ReviewSubjectType;
import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.ReviewDesk;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Role;
import org.innovoucher.voucher.ApplicationQueue;
import org.innovoucher.voucher.ApplicationRounds;
import org.innovoucher.voucher.ApplicationReview;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * One application as the bureau reviewer reads it: the enterprise (size, earlier applications and
 * vouchers, any ban), what it asks for, the program version's rules it was filed under, its audit
 * history; and the decision with its reason, as {@code POST /api/v1/voucher-applications/{id}/decision}
 * makes it. A refusal is shown beside the field it concerns.
 */
@Controller
@RequestMapping(ApplicationReviewPages.BASE)
class ApplicationFilePage {

	private final VoucherApplications applications;
	private final ApplicationQueue queue;
	private final ApplicationReview review;
	private final Vouchers vouchers;
	private final Enterprises enterprises;
	private final Programs programs;
	private final ReviewDesk desk;
	private final ReviewPanels panels;
	private final BusinessClock clock;
	private final ApplicationRounds rounds;

	ApplicationFilePage(VoucherApplications applications, ApplicationQueue queue, ApplicationReview review,
			Vouchers vouchers, Enterprises enterprises, Programs programs, ReviewDesk desk, BusinessClock clock,
			ApplicationRounds rounds, ReviewPanels panels) {
		this.rounds = rounds;
		this.panels = panels;
		this.applications = applications;
		this.queue = queue;
		this.review = review;
		this.vouchers = vouchers;
		this.enterprises = enterprises;
		this.programs = programs;
		this.desk = desk;
		this.clock = clock;
	}

	@GetMapping("/{id}")
	String file(@PathVariable String id, Model model) {
		return filePage(model, id, PageErrors.Shown.NONE, null, null);
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable String id, @RequestParam(required = false) ApplicationReview.Decision decision,
			@RequestParam(required = false) String reason, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (decision == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return filePage(model, id, desk.refusalOn("decision", "review.decision.missing"), null, reason);
		}
		try {
			review.decide(id, decision, reason == null || reason.isBlank() ? null : reason.trim(), CurrentUser.require());
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return filePage(model, id, desk.refusal(e, "decision"), decision, reason);
		}
		redirect.addFlashAttribute("decided", decision.name());
		return "redirect:" + ApplicationReviewPages.BASE + "/" + id;
	}

	private String filePage(Model model, String id, PageErrors.Shown shown, ApplicationReview.Decision decision,
			String reason) {
		CurrentUser user = CurrentUser.require();
		VoucherApplication application = applications.applicationVisible(id, user);
		Enterprise enterprise = enterprises.getVisible(application.enterprise(), user);
		model.addAttribute("file", application);
		model.addAttribute("round", rounds.of(application).orElse(null));
		model.addAttribute("programName", programs.get(application.program()).getName());
		model.addAttribute("rules", programs.rules(application.program(), application.getProgramVersion()).withDefaults());
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("bannedNow", enterprise.isBannedOn(clock.today()));
		model.addAttribute("history", queue.historyOf(enterprise.id(), user)
			.stream()
			.filter(a -> !a.getId().equals(application.getId()))
			.toList());
		model.addAttribute("vouchers",
				vouchers.vouchersOf(enterprise.id(), user, PageRequest.of(0, 50, Sort.by("issuedOn").descending())).items());
		model.addAttribute("audit", queue.auditOf(id, user));
		model.addAttribute("due", application.getStatus() == VoucherApplication.Status.SUBMITTED
				? desk.due(application.getReviewDueOn()) : null);
		model.addAttribute("decidable",
				application.getStatus() == VoucherApplication.Status.SUBMITTED && user.has(Role.BUREAU_REVIEWER));
		model.addAttribute("decision", decision);
		model.addAttribute("reason", reason);
		// the panel advises; the reviewer decides
		model.addAttribute("panel", panels.adviceOn(ReviewSubjectType.VOUCHER_APPLICATION, application.getId()).orElse(null));
		model.addAttribute(PageErrors.MODEL, shown);
		return "voucher/review/file";
	}
}
