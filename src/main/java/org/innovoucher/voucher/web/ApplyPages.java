package org.innovoucher.voucher.web;

import java.util.List;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.voucher.ApplicationChoices;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

/**
 * An enterprise (or its agency) applies for a voucher one small question at a time: the program,
 * the amount (only those its size class may have), the purpose and the services; then a
 * check-your-answers page files it through {@link VoucherApplications#apply}, the same call as the API.
 */
@Controller
@RequestMapping(ApplyPages.BASE)
class ApplyPages {

	static final String BASE = "/workspace/applications/new";
	static final int PURPOSE_MAX = 2000;

	private final ApplicationChoices choices;
	private final VoucherApplications applications;
	private final Enterprises enterprises;
	private final ActingFor actingFor;
	private final PageErrors errors;

	ApplyPages(ApplicationChoices choices, VoucherApplications applications, Enterprises enterprises,
			ActingFor actingFor, PageErrors errors) {
		this.choices = choices;
		this.applications = applications;
		this.enterprises = enterprises;
		this.actingFor = actingFor;
		this.errors = errors;
	}

	/** Who applies, and the answers so far. */
	private record Applicant(CurrentUser user, EnterpriseId enterprise, ApplicationDraft draft) {
	}

	private Applicant applicant(HttpSession session) {
		CurrentUser user = CurrentUser.require();
		EnterpriseId enterprise = actingFor.enterprise(user);
		return new Applicant(user, enterprise, ApplicationDraft.of(session, enterprise));
	}

	private ApplicationChoices.Choice choice(Applicant a) {
		return choices.of(ProgramId.of(a.draft().getProgramId()), a.enterprise(), a.user());
	}

	@GetMapping
	String program(HttpSession session, Model model) {
		Applicant a = applicant(session);
		return programPage(a, a.draft().getProgramId(), PageErrors.Shown.NONE, model);
	}

	@PostMapping
	String chooseProgram(@RequestParam(required = false) String programId, HttpSession session, Model model) {
		Applicant a = applicant(session);
		if (programId == null || programId.isBlank()) {
			return programPage(a, null, errors.on("programId", "apply.program.required"), model);
		}
		try {
			choices.of(ProgramId.of(programId), a.enterprise(), a.user());
		}
		catch (DomainException e) {
			return programPage(a, programId, errors.of(e, "programId"), model);
		}
		a.draft().chooseProgram(programId);
		return "redirect:" + BASE + "/amount";
	}

	private String programPage(Applicant a, String chosen, PageErrors.Shown shown, Model model) {
		model.addAttribute("choices", choices.openTo(a.enterprise(), a.user()));
		model.addAttribute("chosen", chosen);
		model.addAttribute(PageErrors.MODEL, shown);
		return "voucher/apply-program";
	}

	@GetMapping("/amount")
	String amount(HttpSession session, Model model) {
		Applicant a = applicant(session);
		if (a.draft().getProgramId() == null) {
			return "redirect:" + BASE;
		}
		return amountPage(a, a.draft().getDenomination(), PageErrors.Shown.NONE, model);
	}

	@PostMapping("/amount")
	String chooseAmount(@RequestParam(required = false) String denomination, HttpSession session, Model model) {
		Applicant a = applicant(session);
		if (a.draft().getProgramId() == null) {
			return "redirect:" + BASE;
		}
		if (denomination == null || denomination.isBlank()) {
			return amountPage(a, null, errors.on("denomination", "apply.denomination.required"), model);
		}
		if (!offered(choice(a), denomination)) {
			return amountPage(a, null, errors.on("denomination", "error.code.INVALID_DENOMINATION"), model);
		}
		a.draft().setDenomination(denomination);
		return "redirect:" + BASE + "/purpose";
	}

	/** Whether the amount sent is one of those the form offered (a form may be tampered with). */
	private static boolean offered(ApplicationChoices.Choice choice, String denomination) {
		try {
			return choice.denominations().contains(Money.parse(denomination));
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	private String amountPage(Applicant a, String chosen, PageErrors.Shown shown, Model model) {
		model.addAttribute("choice", choice(a));
		model.addAttribute("chosen", chosen);
		model.addAttribute(PageErrors.MODEL, shown);
		return "voucher/apply-amount";
	}

	@GetMapping("/purpose")
	String purpose(HttpSession session, Model model) {
		Applicant a = applicant(session);
		if (a.draft().getDenomination() == null) {
			return "redirect:" + BASE + "/amount";
		}
		return purposePage(a, a.draft().getPurpose(), a.draft().getServiceCategories(), PageErrors.Shown.NONE, model);
	}

	@PostMapping("/purpose")
	String answerPurpose(@RequestParam(required = false) String purpose,
			@RequestParam(required = false) List<String> serviceCategories, HttpSession session, Model model) {
		Applicant a = applicant(session);
		if (a.draft().getDenomination() == null) {
			return "redirect:" + BASE + "/amount";
		}
		List<String> categories = serviceCategories == null ? List.of() : serviceCategories;
		PageErrors.Shown shown = checkPurpose(purpose, categories, choice(a));
		if (shown.any()) {
			return purposePage(a, purpose, categories, shown, model);
		}
		a.draft().setPurpose(purpose.trim());
		a.draft().setServiceCategories(categories);
		return "redirect:" + BASE + "/check";
	}

	/** The purpose is required and fits the API's limit; the categories are among those the program pays for. */
	PageErrors.Shown checkPurpose(String purpose, List<String> categories, ApplicationChoices.Choice choice) {
		if (purpose == null || purpose.isBlank()) {
			return errors.on("purpose", "apply.purpose.required");
		}
		if (purpose.length() > PURPOSE_MAX) {
			return errors.on("purpose", "apply.purpose.tooLong", PURPOSE_MAX);
		}
		boolean known = categories.stream()
			.allMatch(c -> choice.serviceCategories().stream().anyMatch(s -> s.name().equals(c)));
		return known ? PageErrors.Shown.NONE : errors.on("serviceCategories", "error.code.CATEGORY_NOT_COVERED");
	}

	private String purposePage(Applicant a, String purpose, List<String> categories, PageErrors.Shown shown,
			Model model) {
		model.addAttribute("choice", choice(a));
		model.addAttribute("purpose", purpose);
		model.addAttribute("categories", categories);
		model.addAttribute(PageErrors.MODEL, shown);
		return "voucher/apply-purpose";
	}

	@GetMapping("/check")
	String check(HttpSession session, Model model) {
		Applicant a = applicant(session);
		if (a.draft().getPurpose() == null) {
			return "redirect:" + BASE + "/purpose";
		}
		return checkPage(a, PageErrors.Shown.NONE, model);
	}

	@PostMapping("/check")
	String submit(HttpSession session, Model model, RedirectAttributes redirect) {
		Applicant a = applicant(session);
		if (a.draft().getPurpose() == null) {
			return "redirect:" + BASE + "/purpose";
		}
		VoucherApplication filed;
		try {
			filed = applications.apply(new VoucherApplications.Application(ProgramId.of(a.draft().getProgramId()),
					a.enterprise(), Money.parse(a.draft().getDenomination()), a.draft().getPurpose(),
					a.draft().getServiceCategories().stream().map(ServiceCategory::valueOf).toList()), a.user());
		}
		catch (DomainException e) {
			return checkPage(a, errors.of(e, "programId"), model);
		}
		ApplicationDraft.discard(session);
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/workspace/applications/" + filed.getId();
	}

	private String checkPage(Applicant a, PageErrors.Shown shown, Model model) {
		model.addAttribute("choice", choice(a));
		model.addAttribute("enterpriseName", enterprises.get(a.enterprise()).getName());
		model.addAttribute("denomination", Money.parse(a.draft().getDenomination()));
		model.addAttribute("purpose", a.draft().getPurpose());
		model.addAttribute("categories", a.draft().getServiceCategories());
		model.addAttribute(PageErrors.MODEL, shown);
		return "voucher/apply-check";
	}
}
