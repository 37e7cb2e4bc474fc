package org.innovoucher.policy.web;

import java.util.List;

import org.innovoucher.ledger.Balances;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramBudgets;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.portal.Formats;
import org.innovoucher.shared.Regions;
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

/**
 * A program's budgets per region from its books, each with an execution bar (paid, approved, bound,
 * reserved, available) and the figures beside it; a form sets a region's budget through
 * {@link ProgramBudgets}, as the API does.
 */
@Controller
@RequestMapping("/workspace/programs/{id}/budgets")
class ProgramBudgetPages {

	private final Programs programs;
	private final ProgramBudgets budgets;
	private final Regions regions;
	private final PageErrors pageErrors;
	private final Spreadsheets spreadsheets;
	private final Formats formats;

	ProgramBudgetPages(Programs programs, ProgramBudgets budgets, Regions regions, PageErrors pageErrors,
			Spreadsheets spreadsheets, Formats formats) {
		this.programs = programs;
		this.budgets = budgets;
		this.regions = regions;
		this.pageErrors = pageErrors;
		this.spreadsheets = spreadsheets;
		this.formats = formats;
	}

	@GetMapping
	String budgets(@PathVariable String id, Model model) {
		ProgramAdminPages.requirePolicyAdmin();
		return page(model, id, "", "", PageErrors.Shown.NONE);
	}

	/**
	 * The budgets per region as a workbook, a row per region with its figures; no row of all regions,
	 * which a spreadsheet adds up itself.
	 */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> budgetsWorkbook(@PathVariable String id) {
		CurrentUser user = ProgramAdminPages.requirePolicyAdmin();
		Program program = programs.getVisible(ProgramId.of(id), user);
		List<Balances> books = programs.ledger(program.id(), user);
		Spreadsheet sheet = spreadsheets.sheet("budgets.heading")
			.column("budgets.form.region", Spreadsheet.Kind.TEXT)
			.column("ledgerChecks.budget", Spreadsheet.Kind.MONEY);
		BudgetBars.PARTS.forEach(part -> sheet.column("budgets.part." + part, Spreadsheet.Kind.MONEY));
		for (Balances b : books.subList(0, books.size() - 1)) {
			sheet.row(formats.region(b.regionCode()), b.budget(), b.paid(), b.approved(), b.bound(), b.reserved(),
					b.available());
		}
		return sheet.download("budgets-" + program.getId());
	}

	@PostMapping
	String set(@PathVariable String id, @RequestParam(defaultValue = "") String regionCode,
			@RequestParam(defaultValue = "") String amount, Model model, RedirectAttributes redirect) {
		CurrentUser user = ProgramAdminPages.requirePolicyAdmin();
		Money money;
		try {
			money = Money.parse(amount.replace(",", "").replace("，", ""));
		}
		catch (IllegalArgumentException e) {
			return page(model, id, regionCode, amount, pageErrors.on("amount", "budgets.refused.amount"));
		}
		try {
			budgets.setBudget(ProgramId.of(id), regionCode, money, user);
		}
		catch (DomainException e) {
			String field = e.code() == ErrorCode.BUDGET_EXHAUSTED || e.code() == ErrorCode.INVALID_STATE ? "amount"
					: "regionCode";
			return page(model, id, regionCode, amount, pageErrors.of(e, field, "budgets.refused"));
		}
		redirect.addFlashAttribute("setRegion", regionCode);
		redirect.addFlashAttribute("setAmount", money);
		return "redirect:/workspace/programs/" + id + "/budgets";
	}

	private String page(Model model, String id, String regionCode, String amount, PageErrors.Shown shown) {
		CurrentUser user = CurrentUser.require();
		Program program = programs.getVisible(ProgramId.of(id), user);
		List<Balances> books = programs.ledger(program.id(), user);
		model.addAttribute("program", program);
		model.addAttribute("bars", books.subList(0, books.size() - 1).stream().map(BudgetBars::of).toList());
		model.addAttribute("parts", BudgetBars.PARTS);
		model.addAttribute("total", BudgetBars.of(books.get(books.size() - 1)));
		model.addAttribute("regions", regions.selfAndDescendants(program.getRegionCode()));
		model.addAttribute("regionCode", regionCode);
		model.addAttribute("amount", amount);
		model.addAttribute(PageErrors.MODEL, shown);
		return "policy/admin-budgets";
	}
}
