package org.innovoucher.redemption.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.ClaimPayees;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.ClaimSettlement;
import org.innovoucher.redemption.PaymentDesk;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.PageIdempotency;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
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
 * Money paid back on clawed-back claims: the finance officer sees what is still owed and records a
 * transfer received with {@link ClaimSettlement#recover} (the API's operation: the amount at most
 * what is owed, a bank reference recorded once), by a form carrying an idempotency key.
 */
@Controller
@RequestMapping(RecoveryPages.BASE)
class RecoveryPages {

	static final String BASE = "/workspace/payments/recoveries";

	/** A claim with money owed, and its enterprise's name. */
	record Owed(Redemption claim, String enterpriseName) {
	}

	/** What the officer typed, shown again when it is refused. */
	record RecoveryForm(String amount, String recoveredOn, String reference, String idempotencyKey) {
	}

	private final PaymentDesk desk;
	private final ClaimSettlement settlement;
	private final ClaimQueries queries;
	private final ClaimPayees payees;
	private final PageIdempotency idempotency;
	private final PageErrors errors;
	private final ClaimPageSupport support;
	private final Spreadsheets spreadsheets;

	RecoveryPages(PaymentDesk desk, ClaimSettlement settlement, ClaimQueries queries, ClaimPayees payees,
			PageIdempotency idempotency, PageErrors errors, ClaimPageSupport support, Spreadsheets spreadsheets) {
		this.desk = desk;
		this.settlement = settlement;
		this.queries = queries;
		this.payees = payees;
		this.idempotency = idempotency;
		this.errors = errors;
		this.support = support;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("owed", desk.toRecover(CurrentUser.require()).stream().map(this::owed).toList());
		return "redemption/payments/recoveries";
	}

	/** Every clawed-back claim with money still owed, as a workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = CurrentUser.require();
		Spreadsheet sheet = spreadsheets.sheet("recovery.title")
			.column("clawback.enterprise", Spreadsheet.Kind.TEXT)
			.column("download.col.claim", Spreadsheet.Kind.TEXT)
			.column("recovery.clawedBack", Spreadsheet.Kind.MONEY)
			.column("recovery.recoveredSoFar", Spreadsheet.Kind.MONEY)
			.column("recovery.outstanding", Spreadsheet.Kind.MONEY)
			.column("download.address", Spreadsheet.Kind.TEXT);
		return sheet.everyPage(page -> desk.toRecover(user, page, PageResult.MAX_SIZE), owed -> {
			for (Redemption c : owed) {
				sheet.row(owed(c).enterpriseName(), c.getId(), c.getApprovedAmount(), c.getRecoveredAmount(),
						c.getOutstandingAmount(), BASE + "/" + c.getId());
			}
		}).download("money-owed-back");
	}

	@GetMapping("/{claimId}")
	String form(@PathVariable String claimId, Model model) {
		return page(model, claimId, new RecoveryForm("", support.today().toString(), "", UUID.randomUUID().toString()),
				PageErrors.Shown.NONE);
	}

	@PostMapping("/{claimId}")
	String recover(@PathVariable String claimId, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String recoveredOn, @RequestParam(required = false) String reference,
			@RequestParam(required = false) String idempotencyKey, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		RecoveryForm form = new RecoveryForm(blank(amount), blank(recoveredOn), blank(reference),
				idempotencyKey == null ? UUID.randomUUID().toString() : idempotencyKey);
		PageErrors.Shown typed = PageErrors.Shown.NONE;
		Money money = null;
		LocalDate date = null;
		try {
			money = Money.parse(form.amount().replace(",", "").replace("¥", ""));
		}
		catch (IllegalArgumentException e) {
			typed = typed.and(errors.on("amount", "recovery.refused.amount"));
		}
		try {
			date = LocalDate.parse(form.recoveredOn().strip());
		}
		catch (DateTimeParseException e) {
			typed = typed.and(errors.on("recoveredOn", "recovery.refused.recoveredOn"));
		}
		if (form.reference().isBlank()) {
			typed = typed.and(errors.on("reference", "recovery.refused.reference"));
		}
		if (typed.any()) {
			response.setStatus(400);
			return page(model, claimId, form, typed);
		}
		Money recovered = money;
		LocalDate on = date;
		try {
			idempotency.once(form.idempotencyKey(), user, claimId + "|" + form.amount() + "|" + on + "|" + form.reference(),
					() -> settlement.recover(ClaimId.of(claimId), recovered, on, form.reference(), user).getId());
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.code().status().value());
			return page(model, claimId, form, refusal(e));
		}
		Redemption after = queries.getVisible(ClaimId.of(claimId), user);
		redirect.addFlashAttribute("recovered", recovered);
		redirect.addFlashAttribute("outstanding", after.getOutstandingAmount());
		redirect.addFlashAttribute("enterpriseName", payees.of(after).name());
		return "redirect:" + BASE;
	}

	private String page(Model model, String claimId, RecoveryForm form, PageErrors.Shown shown) {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.FINANCE_OFFICER)) {
			throw DomainException.forbidden("recoveries are recorded by finance officers");
		}
		Redemption claim = queries.getVisible(ClaimId.of(claimId), user);
		model.addAttribute("owed", owed(claim));
		model.addAttribute("form", form);
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/payments/recovery";
	}

	/** The operation's field refusals beside their fields in the page's words, others beside the amount. */
	private PageErrors.Shown refusal(DomainException e) {
		if (e.fieldErrors().isEmpty()) {
			return errors.on(e.code() == ErrorCode.DUPLICATE_REFERENCE ? "reference" : "amount", "error.code." + e.code().name());
		}
		List<PageErrors.Message> shown = new ArrayList<>();
		for (DomainException.FieldError f : e.fieldErrors()) {
			String field = List.of("amount", "recoveredOn", "reference").contains(f.field()) ? f.field() : "amount";
			shown.addAll(errors.on(field, "recovery.refused." + field).messages());
		}
		return new PageErrors.Shown(shown);
	}

	private Owed owed(Redemption claim) {
		// who owes is who was paid: the institution where it filed the claim
		return new Owed(claim, payees.of(claim).name());
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}
}
