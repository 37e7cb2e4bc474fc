package org.innovoucher.redemption.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innovoucher.policy.Programs;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.PaymentDesk;
import org.innovoucher.redemption.PaymentRun;
import org.innovoucher.redemption.PaymentRunFiles;
import org.innovoucher.redemption.PaymentRunRefused;
import org.innovoucher.redemption.PaymentRuns;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.PageIdempotency;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * The finance officer's payment runs as pages, on {@link PaymentRuns} and {@link PaymentRunFiles}
 * (the API's services, so the same rules): the claims ready for payment to select with checkboxes,
 * recorded in one run by a form that carries an idempotency key (a double submit records one run),
 * a run refused as a whole with every claim that stopped it and why, the run's page with its files
 * and its release by a second officer, and the history of runs.
 */
@Controller
@RequestMapping(PaymentRunPages.BASE)
class PaymentRunPages {

	static final String BASE = "/workspace/payments";
	static final int PAGE_SIZE = 20;

	/** A ready claim as the desk lists it, with working days left until its payment is due. */
	record ReadyRow(PaymentDesk.ReadyClaim ready, Integer daysLeft) {
	}

	/** A claim that stopped a run, with its payee where the desk knows it, and why in words. */
	record RefusedRow(String claimId, String payeeName, String reason) {
	}

	/** What the officer typed and ticked, shown again when the run is refused. */
	record RunForm(List<String> redemptionIds, String paidOn, String reference, String idempotencyKey) {

		public boolean selected(String id) {
			return redemptionIds.contains(id);
		}
	}

	private final PaymentRuns runs;
	private final PaymentRunFiles files;
	private final PaymentDesk desk;
	private final Programs programs;
	private final PageIdempotency idempotency;
	private final PageErrors errors;
	private final ClaimPageSupport support;
	private final org.springframework.context.MessageSource messages;
	private final Spreadsheets spreadsheets;

	PaymentRunPages(PaymentRuns runs, PaymentRunFiles files, PaymentDesk desk, Programs programs,
			PageIdempotency idempotency, PageErrors errors, ClaimPageSupport support,
			org.springframework.context.MessageSource messages, Spreadsheets spreadsheets) {
		this.runs = runs;
		this.files = files;
		this.desk = desk;
		this.programs = programs;
		this.idempotency = idempotency;
		this.errors = errors;
		this.support = support;
		this.messages = messages;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String desk(@RequestParam(defaultValue = "0") int page, Model model) {
		RunForm form = new RunForm(List.of(), support.today().toString(), "", UUID.randomUUID().toString());
		return deskPage(model, page, form, PageErrors.Shown.NONE, List.of());
	}

	/** Every claim ready for payment as a workbook; the officer sees no page of a claim, so no address. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> readyWorkbook() {
		CurrentUser user = CurrentUser.require();
		Spreadsheet sheet = spreadsheets.sheet("payments.ready")
			.column("payments.col.payee", Spreadsheet.Kind.TEXT)
			.column("download.col.claim", Spreadsheet.Kind.TEXT)
			.column("payments.col.amount", Spreadsheet.Kind.MONEY)
			.column("payments.col.account", Spreadsheet.Kind.TEXT)
			.column("payments.col.due", Spreadsheet.Kind.DATE);
		return sheet.everyPage(page -> desk.readyForPayment(user, page, PageResult.MAX_SIZE), ready -> {
			for (PaymentDesk.ReadyClaim r : ready) {
				sheet.row(r.payeeName(), r.claim().getId(), r.claim().getApprovedAmount(),
						sheet.words(r.bankAccountKept() ? "payments.account.kept" : "payments.account.missing"), r.dueOn());
			}
		}).download("claims-ready-for-payment");
	}

	/** The history of runs ({@code list=runs}: the desk's other list) as a workbook, every page of it. */
	@GetMapping(params = { Spreadsheets.FORMAT, "list=runs" })
	ResponseEntity<byte[]> runsWorkbook() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.FINANCE_OFFICER)) {
			// as the desk: a supervisor reads runs through the API, the desk is the finance officer's
			throw DomainException.forbidden("the payment desk is the finance officer's");
		}
		Spreadsheet sheet = spreadsheets.sheet("payments.history")
			.column("payments.reference.short", Spreadsheet.Kind.TEXT)
			.column("payments.col.status", Spreadsheet.Kind.TEXT)
			.column("payments.col.count", Spreadsheet.Kind.COUNT)
			.column("payments.col.total", Spreadsheet.Kind.MONEY)
			.column("payments.paidOn", Spreadsheet.Kind.DATE)
			.column("download.address", Spreadsheet.Kind.TEXT);
		return sheet.everyPage(page -> runs.list(user, history(page, PageResult.MAX_SIZE)), found -> {
			for (PaymentRun run : found) {
				sheet.row(run.getReference(), sheet.words("payments.status." + run.getStatus()), run.getCount(),
						run.getTotal(), run.getPaidOn(), BASE + "/runs/" + run.getId());
			}
		}).download("payment-runs");
	}

	private static Pageable history(int page, int size) {
		return PageResult.request(page, size, Sort.by("recordedAt").descending().and(Sort.by("id")));
	}

	@PostMapping("/runs")
	String record(@RequestParam(required = false) List<String> redemptionIds, @RequestParam(required = false) String paidOn,
			@RequestParam(required = false) String reference, @RequestParam(required = false) String idempotencyKey,
			HttpServletResponse response, Model model) {
		CurrentUser user = CurrentUser.require();
		List<String> ids = redemptionIds == null ? List.of() : redemptionIds;
		RunForm form = new RunForm(ids, paidOn == null ? "" : paidOn, reference == null ? "" : reference,
				idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey);
		LocalDate date;
		try {
			date = paidOn == null || paidOn.isBlank() ? null : LocalDate.parse(paidOn.strip());
		}
		catch (DateTimeParseException e) {
			response.setStatus(400);
			return deskPage(model, 0, form, errors.on("paidOn", "payments.refused.paidOn"), List.of());
		}
		String runId;
		try {
			String content = String.join(",", ids.stream().sorted().toList()) + "|" + paidOn + "|" + reference;
			runId = idempotency.once(form.idempotencyKey(), user, content,
					() -> runs.record(new PaymentRuns.Request(ids, date, reference), user).getId());
		}
		catch (PaymentRunRefused refused) {
			response.setStatus(refused.code().status().value());
			return deskPage(model, 0, form, errors.on("redemptionIds", "payments.refused.summary", refused.refusals().size()),
					refusedRows(refused, user));
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.code().status().value());
			return deskPage(model, 0, form, refusal(e), List.of());
		}
		return "redirect:" + BASE + "/runs/" + runId;
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable String id, Model model) {
		return runPage(model, runs.get(id, CurrentUser.require()), PageErrors.Shown.NONE);
	}

	/** A second finance officer releases a run that waits; the officer who recorded it is told why not. */
	@PostMapping("/runs/{id}/release")
	String release(@PathVariable String id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		try {
			runs.release(id, user);
		}
		catch (PaymentRunRefused refused) {
			response.setStatus(refused.code().status().value());
			model.addAttribute("refusals", refusedRows(refused, user));
			return runPage(model, runs.get(id, user), errors.on("release", "payments.refused.summary",
					refused.refusals().size()));
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.code().status().value());
			return runPage(model, runs.get(id, user), errors.on("release", e.code() == ErrorCode.SEPARATION_OF_DUTIES
					? "payments.release.notYours" : "error.code." + e.code().name()));
		}
		redirect.addFlashAttribute("released", true);
		return "redirect:" + BASE + "/runs/" + id;
	}

	/** The run's payment file: {@code pain.001} (ISO 20022 XML) or {@code xlsx}, as the API writes it. */
	@GetMapping("/runs/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable String id, @RequestParam(required = false) String format) {
		CurrentUser user = CurrentUser.require();
		PaymentRunFiles.RunFile file;
		MediaType type;
		if ("xlsx".equals(format)) {
			file = files.xlsx(id, user);
			type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		else {
			file = files.pain001(id, user);
			type = MediaType.APPLICATION_XML;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	private String deskPage(Model model, int page, RunForm form, PageErrors.Shown shown, List<RefusedRow> refusals) {
		CurrentUser user = CurrentUser.require();
		List<ReadyRow> ready = desk.readyForPayment(user)
			.stream()
			.map(r -> new ReadyRow(r, r.dueOn() == null ? null : support.workingDaysLeft(r.dueOn())))
			.toList();
		PageResult<PaymentRun> history = runs.list(user, history(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("ready", ready);
		model.addAttribute("awaiting", desk.awaitingRelease(user));
		model.addAttribute("history", history);
		model.addAttribute("form", form);
		model.addAttribute("refusals", refusals);
		model.addAttribute("today", support.today().toString());
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/payments/desk";
	}

	private String runPage(Model model, PaymentRun run, PageErrors.Shown shown) {
		model.addAttribute("run", run);
		model.addAttribute("threshold", programs.currentRules(ProgramId.of(run.getProgramId())).payment()
			.paymentReleaseThreshold());
		model.addAttribute("programName", programs.get(ProgramId.of(run.getProgramId())).getName());
		model.addAttribute("mine", run.getRecordedBy().equals(CurrentUser.require().id()));
		model.addAttribute(PageErrors.MODEL, shown);
		if (!model.containsAttribute("refusals")) {
			model.addAttribute("refusals", List.of());
		}
		return "redemption/payments/run";
	}

	/** Every claim that stopped the run, its payee's name where the desk lists it, and why in words. */
	private List<RefusedRow> refusedRows(PaymentRunRefused refused, CurrentUser user) {
		Map<String, String> payees = desk.readyForPayment(user)
			.stream()
			.collect(Collectors.toMap(r -> r.claim().getId(), PaymentDesk.ReadyClaim::payeeName, (a, b) -> a));
		List<RefusedRow> rows = new ArrayList<>();
		for (PaymentRunRefused.Refusal r : refused.refusals()) {
			rows.add(new RefusedRow(r.redemptionId(), payees.getOrDefault(r.redemptionId(), ""),
					text("payments.refusal." + r.code().name())));
		}
		return rows;
	}

	/** A field's refusal beside the field in the page's words; others beside the claims' list. */
	private PageErrors.Shown refusal(DomainException e) {
		if (e.fieldErrors().isEmpty()) {
			return errors.on(e.code() == ErrorCode.DUPLICATE_REFERENCE ? "reference" : "redemptionIds",
					"error.code." + e.code().name());
		}
		Function<DomainException.FieldError, PageErrors.Message> word = f -> new PageErrors.Message(f.field(),
				messages.getMessage("payments.refused." + f.field(), null, f.message(),
						org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return new PageErrors.Shown(e.fieldErrors().stream().map(word).distinct().toList());
	}

	private String text(String key) {
		return messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}
}
