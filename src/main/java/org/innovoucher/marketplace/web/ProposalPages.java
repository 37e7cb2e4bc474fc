package org.innovoucher.marketplace.web;

import java.time.LocalDate;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.Institutions;
import org.innovoucher.institution.ServiceItem;
import org.innovoucher.marketplace.Contract;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * An enterprise (or its agency) proposes a contract in steps: which institution (skipped when it
 * starts from a catalog item, which brings the institution, the service and its price), what is
 * delivered and for how much, which voucher pays; then it checks its answers and files the proposal
 * with {@link Contracts#propose}, the same service as {@code POST /api/v1/contracts}. The answers
 * wait in the session ({@link ProposalDraft}); the service's refusals come back beside their input.
 */
@Controller
@RequestMapping(ProposalPages.BASE)
class ProposalPages {

	static final String BASE = "/workspace/contracts/new";

	/** The pages of a proposal, in order. */
	enum Step {
		INSTITUTION(""), DETAILS("/details"), VOUCHER("/voucher"), CHECK("/check");

		final String path;

		Step(String path) {
			this.path = path;
		}

		String redirect() {
			return "redirect:" + BASE + path;
		}
	}

	private final Contracts contracts;
	private final Institutions institutions;
	private final ProposalChoices choices;
	private final ProposalRefusals refusals;
	private final PageErrors pageErrors;
	private final ActingFor actingFor;
	private final BusinessClock clock;

	ProposalPages(Contracts contracts, Institutions institutions, ProposalChoices choices, ProposalRefusals refusals,
			PageErrors pageErrors, ActingFor actingFor, BusinessClock clock) {
		this.contracts = contracts;
		this.institutions = institutions;
		this.choices = choices;
		this.refusals = refusals;
		this.pageErrors = pageErrors;
		this.actingFor = actingFor;
		this.clock = clock;
	}

	/** From a catalog item (its page links here with {@code serviceId}), or the choice of an institution. */
	@GetMapping
	String start(@RequestParam(required = false) String serviceId, @RequestParam(required = false) String q,
			HttpSession session, Model model) {
		EnterpriseId enterprise = proposer(CurrentUser.require());
		if (serviceId != null) {
			ServiceItem item = institutions.service(serviceId)
				.filter(ServiceItem::isActive)
				.orElseThrow(() -> DomainException.notFound("service", serviceId));
			ProposalDraft draft = new ProposalDraft(enterprise);
			draft.setServiceId(item.getId());
			draft.setInstitutionId(item.getInstitutionId());
			draft.setTitle(item.getTitle());
			draft.setCategory(item.getCategory().name());
			draft.setAmount(item.getPrice().amount().toPlainString());
			draft.setSignedOn(clock.today().toString());
			session.setAttribute(ProposalDraft.SESSION_KEY, draft);
			return Step.DETAILS.redirect();
		}
		return institutionPage(draft(session, enterprise), q, PageErrors.Shown.NONE, model);
	}

	@PostMapping("/institution")
	String chooseInstitution(@RequestParam(required = false) String institutionId,
			@RequestParam(required = false) String q, HttpSession session, HttpServletResponse response, Model model) {
		ProposalDraft draft = draft(session, proposer(CurrentUser.require()));
		if (institutionId == null || institutionId.isBlank()) {
			response.setStatus(400);
			return institutionPage(draft, q, pageErrors.on("institutionId", "contract.new.institution.required"), model);
		}
		Institution chosen = institutions.getVisible(InstitutionId.of(institutionId), CurrentUser.require());
		if (!chosen.getId().equals(draft.getInstitutionId()) || draft.isFromCatalog()) {
			// another institution: what was agreed for the last one no longer applies
			draft.setServiceId(null);
			draft.setCategory(null);
		}
		draft.setInstitutionId(chosen.getId());
		session.setAttribute(ProposalDraft.SESSION_KEY, draft);
		return Step.DETAILS.redirect();
	}

	@GetMapping("/details")
	String details(HttpSession session, Model model) {
		ProposalDraft draft = draft(session, proposer(CurrentUser.require()));
		if (draft.getInstitutionId() == null) {
			return Step.INSTITUTION.redirect();
		}
		return detailsPage(draft, new DetailsForm(draft.getTitle(), draft.getCategory(), draft.getAmount(),
				draft.getSignedOn() == null ? clock.today().toString() : draft.getSignedOn()), PageErrors.Shown.NONE, model);
	}

	@PostMapping("/details")
	String saveDetails(@ModelAttribute DetailsForm form, HttpSession session, HttpServletResponse response, Model model) {
		ProposalDraft draft = draft(session, proposer(CurrentUser.require()));
		if (draft.getInstitutionId() == null) {
			return Step.INSTITUTION.redirect();
		}
		BindingResult binding = form.check(draft.isFromCatalog(), choices);
		if (binding.hasErrors()) {
			response.setStatus(400);
			return detailsPage(draft, form, pageErrors.of(binding), model);
		}
		draft.setTitle(form.title().trim());
		if (!draft.isFromCatalog()) {
			draft.setCategory(form.category());
		}
		draft.setAmount(form.money().amount().toPlainString());
		draft.setSignedOn(form.date().toString());
		session.setAttribute(ProposalDraft.SESSION_KEY, draft);
		return Step.VOUCHER.redirect();
	}

	@GetMapping("/voucher")
	String voucher(HttpSession session, Model model) {
		ProposalDraft draft = draft(session, proposer(CurrentUser.require()));
		if (draft.getAmount() == null) {
			return Step.DETAILS.redirect();
		}
		return voucherPage(draft, draft.getVoucherId(), PageErrors.Shown.NONE, model);
	}

	@PostMapping("/voucher")
	String chooseVoucher(@RequestParam(required = false) String voucherId, HttpSession session,
			HttpServletResponse response, Model model) {
		ProposalDraft draft = draft(session, proposer(CurrentUser.require()));
		if (draft.getAmount() == null) {
			return Step.DETAILS.redirect();
		}
		if (voucherId == null || voucherId.isBlank()) {
			response.setStatus(400);
			return voucherPage(draft, null, pageErrors.on("voucherId", "contract.new.voucher.required"), model);
		}
		draft.setVoucherId(voucherId);
		session.setAttribute(ProposalDraft.SESSION_KEY, draft);
		return Step.CHECK.redirect();
	}

	@GetMapping("/check")
	String check(HttpSession session, Model model) {
		ProposalDraft draft = draft(session, proposer(CurrentUser.require()));
		if (!draft.isComplete()) {
			return firstMissing(draft).redirect();
		}
		return checkPage(draft, PageErrors.Shown.NONE, model);
	}

	/** Files the proposal; a refusal shows the page of the input it concerns, with the message beside it. */
	@PostMapping("/check")
	String propose(HttpSession session, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		EnterpriseId enterprise = actingFor.enterprise(user);
		ProposalDraft draft = draft(session, enterprise);
		if (!draft.isComplete()) {
			return firstMissing(draft).redirect();
		}
		Contract proposed;
		try {
			proposed = contracts.propose(enterprise, new Contracts.Proposal(InstitutionId.of(draft.getInstitutionId()),
					draft.getServiceId(), VoucherId.of(draft.getVoucherId()), draft.getTitle(),
					ServiceCategory.valueOf(draft.getCategory()), Money.parse(draft.getAmount()),
					LocalDate.parse(draft.getSignedOn())), user);
		}
		catch (DomainException e) {
			if (e.code() == org.innovoucher.shared.ErrorCode.FORBIDDEN) {
				throw e;
			}
			ProposalRefusals.Shown shown = refusals.of(e);
			response.setStatus(e.code().status().value());
			return switch (shown.step()) {
				case INSTITUTION -> institutionPage(draft, null, shown.errors(), model);
				case DETAILS -> detailsPage(draft, new DetailsForm(draft.getTitle(), draft.getCategory(),
						draft.getAmount(), draft.getSignedOn()), shown.errors(), model);
				case VOUCHER -> voucherPage(draft, draft.getVoucherId(), shown.errors(), model);
				case CHECK -> checkPage(draft, shown.errors(), model);
			};
		}
		session.removeAttribute(ProposalDraft.SESSION_KEY);
		redirect.addFlashAttribute("proposed", true);
		return "redirect:/workspace/contracts/" + proposed.getId();
	}

	private String institutionPage(ProposalDraft draft, String q, PageErrors.Shown errors, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("q", q);
		model.addAttribute("found", choices.institutions(q, draft.getInstitutionId()));
		model.addAttribute(PageErrors.MODEL, errors);
		return "marketplace/new-institution";
	}

	private String detailsPage(ProposalDraft draft, DetailsForm form, PageErrors.Shown errors, Model model) {
		Institution institution = institutions.get(InstitutionId.of(draft.getInstitutionId()));
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute("institution", institution);
		model.addAttribute("categories", choices.categoriesOf(institution));
		model.addAttribute("item", draft.isFromCatalog() ? institutions.service(draft.getServiceId()).orElse(null) : null);
		model.addAttribute(PageErrors.MODEL, errors);
		return "marketplace/new-details";
	}

	private String voucherPage(ProposalDraft draft, String chosen, PageErrors.Shown errors, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("chosen", chosen);
		model.addAttribute("amount", Money.parse(draft.getAmount()));
		model.addAttribute("vouchers", choices.vouchers(actingFor.enterprise(CurrentUser.require())));
		model.addAttribute(PageErrors.MODEL, errors);
		return "marketplace/new-voucher";
	}

	private String checkPage(ProposalDraft draft, PageErrors.Shown errors, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("institution", institutions.get(InstitutionId.of(draft.getInstitutionId())));
		model.addAttribute("amount", Money.parse(draft.getAmount()));
		model.addAttribute("signedOn", LocalDate.parse(draft.getSignedOn()));
		model.addAttribute("voucher", choices.voucher(draft.getVoucherId()));
		model.addAttribute(PageErrors.MODEL, errors);
		return "marketplace/new-check";
	}

	private static Step firstMissing(ProposalDraft draft) {
		if (draft.getInstitutionId() == null) {
			return Step.INSTITUTION;
		}
		if (draft.getAmount() == null || draft.getTitle() == null) {
			return Step.DETAILS;
		}
		return Step.VOUCHER;
	}

	/**
	 * The enterprise the proposal is for, once the service has said this user may propose for it:
	 * an agency whose delegation ended is stopped on the page it opens, not after typing its answers.
	 */
	private EnterpriseId proposer(CurrentUser user) {
		EnterpriseId enterprise = actingFor.enterprise(user);
		contracts.requireProposerFor(enterprise, user);
		return enterprise;
	}

	/** The session's draft for this enterprise, or a new one. */
	private static ProposalDraft draft(HttpSession session, EnterpriseId enterprise) {
		if (session.getAttribute(ProposalDraft.SESSION_KEY) instanceof ProposalDraft draft && draft.isFor(enterprise)) {
			return draft;
		}
		return new ProposalDraft(enterprise);
	}
}
