package org.innovoucher.voucher.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.policy.Programs;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.innovoucher.voucher.ApplicationChoices;
import org.innovoucher.voucher.ApplicationRounds;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's applications: the list, one application followed (its status in words, the
 * review's due date, the bureau's reason), resubmitted when returned and withdrawn while it may be.
 * Each action is the API's call on {@link VoucherApplications}.
 */
@Controller
class ApplicationPages {

	static final int PAGE_SIZE = 20;

	private final VoucherApplications applications;
	private final ApplicationChoices choices;
	private final Programs programs;
	private final ActingFor actingFor;
	private final PageErrors errors;
	private final ApplyPages apply;
	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final Spreadsheets spreadsheets;
	private final ApplicationRounds rounds;

	ApplicationPages(VoucherApplications applications, ApplicationChoices choices, Programs programs,
			ActingFor actingFor, PageErrors errors, ApplyPages apply, WorkingDays workingDays, BusinessClock clock,
			Spreadsheets spreadsheets, ApplicationRounds rounds) {
		this.rounds = rounds;
		this.applications = applications;
		this.choices = choices;
		this.programs = programs;
		this.actingFor = actingFor;
		this.errors = errors;
		this.apply = apply;
		this.workingDays = workingDays;
		this.clock = clock;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping("/workspace/applications")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		PageResult<VoucherApplication> found = applications.applications(user, actingFor.enterprise(user), null,
				paging(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("applications", found);
		model.addAttribute("programNames", programNames(found.items()));
		return "voucher/applications";
	}

	/** The enterprise's applications, every page of them, as a workbook. */
	@GetMapping(value = "/workspace/applications", params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = CurrentUser.require();
		EnterpriseId enterprise = actingFor.enterprise(user);
		Spreadsheet sheet = spreadsheets.sheet("applications.title")
			.column("review.queue.program", Spreadsheet.Kind.TEXT)
			.column("review.queue.denomination", Spreadsheet.Kind.MONEY)
			.column("review.queue.status", Spreadsheet.Kind.TEXT)
			.column("download.col.submittedOn", Spreadsheet.Kind.DATE)
			.column("download.address", Spreadsheet.Kind.TEXT);
		return sheet.everyPage(page -> applications.applications(user, enterprise, null, paging(page, PageResult.MAX_SIZE)),
				found -> {
					Map<String, String> names = programNames(found);
					for (VoucherApplication a : found) {
						sheet.row(names.get(a.getProgramId()), a.getDenomination(),
								sheet.words("status.application." + a.getStatus()), a.getSubmittedOn(),
								"/workspace/applications/" + a.getId());
					}
				}).download("voucher-applications");
	}

	private static Pageable paging(int page, int size) {
		return PageResult.request(page, size, Sort.by("createdAt").descending());
	}

	private Map<String, String> programNames(List<VoucherApplication> found) {
		Map<String, String> names = new HashMap<>();
		found.forEach(a -> names.computeIfAbsent(a.getProgramId(), id -> programs.get(a.program()).getName()));
		return names;
	}

	/** One of the enterprise's applications; another's is not found, as in the API. */
	private VoucherApplication own(String id, CurrentUser user) {
		EnterpriseId enterprise = actingFor.enterprise(user);
		VoucherApplication application = applications.applicationVisible(id, user);
		if (!application.enterprise().equals(enterprise)) {
			throw DomainException.notFound("voucher application", id);
		}
		return application;
	}

	@GetMapping("/workspace/applications/{id}")
	String application(@PathVariable String id, Model model) {
		VoucherApplication application = own(id, CurrentUser.require());
		model.addAttribute("voucherApplication", application);
		model.addAttribute("programName", programs.get(application.program()).getName());
		model.addAttribute("round", rounds.of(application).orElse(null));
		model.addAttribute("mayResubmit", application.canMoveTo(VoucherApplication.Status.SUBMITTED));
		model.addAttribute("mayWithdraw", application.canMoveTo(VoucherApplication.Status.WITHDRAWN));
		if (application.getStatus() == VoucherApplication.Status.SUBMITTED && application.getReviewDueOn() != null) {
			model.addAttribute("reviewDaysLeft", workingDays.workingDaysBetween(clock.today(), application.getReviewDueOn()));
		}
		return "voucher/application";
	}

	@GetMapping("/workspace/applications/{id}/resubmission")
	String resubmission(@PathVariable String id, Model model) {
		VoucherApplication application = own(id, CurrentUser.require());
		return resubmitPage(application, application.getDenomination().amount().toPlainString(),
				application.getPurpose(), application.getServiceCategories(), PageErrors.Shown.NONE, model);
	}

	@PostMapping("/workspace/applications/{id}/resubmission")
	String resubmit(@PathVariable String id, @RequestParam(required = false) String denomination,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) List<String> serviceCategories,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		VoucherApplication application = own(id, user);
		List<String> categories = serviceCategories == null ? List.of() : serviceCategories;
		ApplicationChoices.Choice choice = choices.of(application.program(), application.enterprise(), user);
		Money amount = choice.denominations().stream()
			.filter(d -> d.amount().toPlainString().equals(denomination))
			.findFirst()
			.orElse(null);
		PageErrors.Shown shown = amount == null ? errors.on("denomination", "apply.denomination.required")
				: apply.checkPurpose(purpose, categories, choice);
		if (!shown.any()) {
			try {
				applications.resubmit(id, amount, purpose.trim(),
						categories.stream().map(ServiceCategory::valueOf).toList(), user);
				redirect.addFlashAttribute("resubmitted", true);
				return "redirect:/workspace/applications/" + id;
			}
			catch (DomainException e) {
				shown = errors.of(e, "denomination");
			}
		}
		return resubmitPage(application, denomination, purpose, categories, shown, model);
	}

	private String resubmitPage(VoucherApplication application, String denomination, String purpose,
			List<String> categories, PageErrors.Shown shown, Model model) {
		model.addAttribute("voucherApplication", application);
		model.addAttribute("choice", choices.of(application.program(), application.enterprise(), CurrentUser.require()));
		model.addAttribute("chosen", denomination);
		model.addAttribute("purpose", purpose);
		model.addAttribute("categories", categories);
		model.addAttribute(PageErrors.MODEL, shown);
		return "voucher/resubmit";
	}

	@GetMapping("/workspace/applications/{id}/withdrawal")
	String confirmWithdrawal(@PathVariable String id, Model model) {
		VoucherApplication application = own(id, CurrentUser.require());
		model.addAttribute("voucherApplication", application);
		model.addAttribute("programName", programs.get(application.program()).getName());
		model.addAttribute(PageErrors.MODEL, PageErrors.Shown.NONE);
		return "voucher/withdraw";
	}

	@PostMapping("/workspace/applications/{id}/withdrawal")
	String withdraw(@PathVariable String id, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		VoucherApplication application = own(id, user);
		try {
			applications.withdraw(id, user);
		}
		catch (DomainException e) {
			model.addAttribute("voucherApplication", application);
			model.addAttribute("programName", programs.get(application.program()).getName());
			model.addAttribute(PageErrors.MODEL, errors.of(e, "withdraw"));
			return "voucher/withdraw";
		}
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/workspace/applications/" + id;
	}
}
