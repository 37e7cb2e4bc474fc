package org.innovoucher.institution.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.Institutions;
import org.innovoucher.institution.Recognitions;
import org.innovoucher.portal.Formats;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's recognition queue: institutions of their regions by status (pending ones, oldest
 * first, with the working days they have waited), one institution with every fact and the decisions
 * its status allows, and a question before the decision is made. The same {@link Recognitions} as the
 * API decides, with its role and region checks.
 */
@Controller
@RequestMapping("/workspace/recognitions")
class RecognitionPages {

	static final int PAGE_SIZE = 50;
	static final String BASE = "/workspace/recognitions";
	static final String FORM = "recognitionForm";
	/** The statuses the queue has a tab for: those the operator still acts on. */
	static final List<Institution.Status> TABS = List.of(Institution.Status.PENDING_RECOGNITION,
			Institution.Status.RECOGNISED, Institution.Status.SUSPENDED);

	/** One institution in the queue and the working days it has waited since it registered. */
	record Waiting(Institution institution, LocalDate registered, int waitedDays) {
	}

	private final Institutions institutions;
	private final Recognitions recognitions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final PageErrors pageErrors;
	private final Regions regions;
	private final Spreadsheets spreadsheets;
	private final Formats formats;

	RecognitionPages(Institutions institutions, Recognitions recognitions, WorkingDays workingDays, BusinessClock clock,
			PageErrors pageErrors, Regions regions, Spreadsheets spreadsheets, Formats formats) {
		this.spreadsheets = spreadsheets;
		this.formats = formats;
		this.regions = regions;
		this.institutions = institutions;
		this.recognitions = recognitions;
		this.workingDays = workingDays;
		this.clock = clock;
		this.pageErrors = pageErrors;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "PENDING_RECOGNITION") Institution.Status status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = operator();
		PageResult<Institution> found = institutions.list(user, status, null, null, null,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, order(status)));
		model.addAttribute("status", status);
		model.addAttribute("tabs", TABS);
		model.addAttribute("found", found);
		model.addAttribute("rows", found.items().stream().map(this::waiting).toList());
		return "institution/recognitions";
	}

	/** The institutions of one status, all of them, as a workbook; the pending ones with the days they waited. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> queueWorkbook(
			@RequestParam(defaultValue = "PENDING_RECOGNITION") Institution.Status status) {
		CurrentUser user = operator();
		boolean pending = status == Institution.Status.PENDING_RECOGNITION;
		Spreadsheet sheet = spreadsheets.sheet("recog.tab." + status)
			.column("recog.column.institution", Spreadsheet.Kind.TEXT)
			.column("register.field.type", Spreadsheet.Kind.TEXT)
			.column("progadmin.col.region", Spreadsheet.Kind.TEXT)
			.column("recog.column.categories", Spreadsheet.Kind.TEXT)
			.column("recog.column.qualifications", Spreadsheet.Kind.TEXT)
			.column("recog.column.registered", Spreadsheet.Kind.DATE);
		if (pending) {
			sheet.column("xlsx.recog.waited", Spreadsheet.Kind.COUNT);
		}
		sheet.column("download.address", Spreadsheet.Kind.TEXT);
		sheet.everyPage(page -> institutions.list(user, status, null, null, null,
				PageResult.request(page, PageResult.MAX_SIZE, order(status))),
				found -> found.forEach(i -> sheet.row(cells(sheet, waiting(i), pending))));
		return sheet.download("institutions-" + status.name().toLowerCase(Locale.ROOT));
	}

	@GetMapping("/{id}")
	String institution(@PathVariable String id, Model model) {
		CurrentUser user = operator();
		return page(model, visible(id, user), new RecognitionForm(), PageErrors.Shown.NONE);
	}

	/** The decision as typed: refused beside its field, or asked once more on the question page. */
	@PostMapping("/{id}")
	String check(@PathVariable String id, @ModelAttribute(FORM) RecognitionForm form, BindingResult binding,
			Model model) {
		CurrentUser user = operator();
		Institution institution = visible(id, user);
		form.check(institution, binding);
		if (binding.hasErrors()) {
			return page(model, institution, form, pageErrors.of(binding));
		}
		model.addAttribute("institution", institution);
		model.addAttribute(FORM, form);
		return "institution/recognition-confirm";
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable String id, @ModelAttribute(FORM) RecognitionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = operator();
		Institution institution = visible(id, user);
		form.check(institution, binding);
		if (binding.hasErrors()) {
			// the status changed since the question was asked (another operator decided): shown on the page
			return page(model, institution, form, pageErrors.of(binding));
		}
		Institution.Status before = institution.getStatus();
		Institution decided;
		try {
			decided = recognitions.decide(institution.id(), form.parsedNext(), form.trimmedReason(), user);
		}
		catch (DomainException e) {
			return page(model, visible(id, user), form, pageErrors.of(e, "next"));
		}
		redirect.addFlashAttribute("done", before.name() + "." + decided.getStatus().name());
		redirect.addFlashAttribute("doneName", decided.getName());
		// back to the queue the institution was in when it was pending (the next one waits there), else to its new tab
		return before == Institution.Status.PENDING_RECOGNITION ? "redirect:/workspace/recognitions"
				: "redirect:/workspace/recognitions?status=" + decided.getStatus().name();
	}

	/** An institution's cells in the workbook; its lists joined as the page joins the qualifications. */
	private Object[] cells(Spreadsheet sheet, Waiting w, boolean pending) {
		Institution i = w.institution();
		List<Object> cells = new ArrayList<>(List.of(i.getName(), sheet.words("institutionType." + i.getType()),
				formats.region(i.getRegionCode()),
				String.join("、", i.getCategories().stream().map(c -> sheet.words("category." + c)).toList()),
				String.join("、", i.getQualifications()), w.registered()));
		if (pending) {
			cells.add(w.waitedDays());
		}
		cells.add(BASE + "/" + i.getId());
		return cells.toArray();
	}

	/** The oldest application first: nobody should wait longest unseen. */
	private static Sort order(Institution.Status status) {
		return status == Institution.Status.PENDING_RECOGNITION
				? Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")) : Sort.by("name", "id");
	}

	/** An operator, or a 403 before anything is read. */
	static CurrentUser operator() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("institutions are recognised by an operator");
		}
		return user;
	}

	/** The institution where the operator's regions cover it; outside them it is not there (404). */
	private Institution visible(String id, CurrentUser user) {
		Institution institution = institutions.get(InstitutionId.of(id));
		if (!user.isStaffCovering(institution.getRegionCode(), regions)) {
			throw DomainException.notFound("institution", id);
		}
		return institution;
	}

	private Waiting waiting(Institution institution) {
		LocalDate registered = institution.getCreatedAt().atZone(BusinessClock.ZONE).toLocalDate();
		return new Waiting(institution, registered, Math.max(0, workingDays.workingDaysBetween(registered, clock.today())));
	}

	private String page(Model model, Institution institution, RecognitionForm form, PageErrors.Shown shown) {
		model.addAttribute("row", waiting(institution));
		model.addAttribute("institution", institution);
		model.addAttribute("moves", institution.getStatus().moves().stream().sorted().toList());
		model.addAttribute(FORM, form);
		model.addAttribute(PageErrors.MODEL, shown);
		return "institution/recognition";
	}
}
