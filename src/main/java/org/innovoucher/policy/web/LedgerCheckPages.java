package org.innovoucher.policy.web;

import java.util.List;
import java.util.function.Consumer;

import org.innovoucher.ledger.Balances;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ledger's checks per program for the supervisor ({@link Programs#integrity}, as
 * {@code GET /api/v1/programs/{id}/ledger} answers them): every transaction balanced, the running
 * balances reconciled with the entries, every transaction still matching its seal; each a clear pass
 * or fail, beside the program's figures (budget, reserved, bound, approved, paid, clawed back,
 * receivable, available) in the regions the supervisor covers.
 */
@Controller
class LedgerCheckPages implements WorkspaceLinks {

	static final String PAGE = "/workspace/supervision/ledger";
	static final int PAGE_SIZE = 10;

	/** One program's books: its figures (the total row) and the auditor's three checks. */
	record Checked(Program program, Balances total, Ledger.Integrity integrity) {

		boolean passed() {
			return integrity.balanced() && integrity.reconciled() && integrity.sealed();
		}
	}

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"));

	private final Programs programs;
	private final Spreadsheets spreadsheets;

	LedgerCheckPages(Programs programs, Spreadsheets spreadsheets) {
		this.programs = programs;
		this.spreadsheets = spreadsheets;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return user.has(Role.SUPERVISOR) ? List.of(WorkspaceLink.of(367, "menu.ledgerChecks", PAGE)) : List.of();
	}

	/** The newest programs first, or the one program asked for by {@code programId}. */
	@GetMapping(PAGE)
	String checks(@RequestParam(required = false) String programId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		CurrentUser user = staff();
		List<Program> shown;
		if (programId != null && !programId.isBlank()) {
			shown = List.of(programs.getVisible(ProgramId.of(programId.strip()), user));
			model.addAttribute("found", null);
		}
		else {
			PageResult<Program> found = programs.list(user,
					PageResult.request(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST));
			shown = found.items();
			model.addAttribute("found", found);
		}
		List<Checked> checked = checked(shown, user);
		model.addAttribute("checked", checked);
		model.addAttribute("failed", checked.stream().filter(c -> !c.passed()).count());
		return "policy/ledger-checks";
	}

	/** The same checks, of every program or of the one asked for, as a workbook: a row per program. */
	@GetMapping(path = PAGE, params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> checksWorkbook(@RequestParam(required = false) String programId) {
		CurrentUser user = staff();
		Spreadsheet sheet = spreadsheets.sheet("ledgerChecks.title")
			.column("progadmin.col.name", Spreadsheet.Kind.TEXT);
		for (String check : List.of("balanced", "reconciled", "sealed")) {
			sheet.column("ledgerChecks." + check, Spreadsheet.Kind.TEXT);
		}
		for (String figure : List.of("budget", "reserved", "bound", "approved", "paid", "clawedBack", "receivable",
				"available")) {
			sheet.column("ledgerChecks." + figure, Spreadsheet.Kind.MONEY);
		}
		sheet.column("download.address", Spreadsheet.Kind.TEXT);
		Consumer<List<Program>> write = shown -> checked(shown, user).forEach(c -> {
			Balances t = c.total();
			Ledger.Integrity i = c.integrity();
			sheet.row(c.program().getName(), passOrFail(sheet, i.balanced()), passOrFail(sheet, i.reconciled()),
					passOrFail(sheet, i.sealed()), t.budget(), t.reserved(), t.bound(), t.approved(), t.paid(),
					t.clawedBack(), t.receivable(), t.available(), PAGE + "?programId=" + c.program().getId());
		});
		if (programId != null && !programId.isBlank()) {
			write.accept(List.of(programs.getVisible(ProgramId.of(programId.strip()), user)));
		}
		else {
			sheet.everyPage(page -> programs.list(user, PageResult.request(page, PageResult.MAX_SIZE, NEWEST_FIRST)),
					write);
		}
		return sheet.download("ledger-checks");
	}

	private static String passOrFail(Spreadsheet sheet, boolean passed) {
		return sheet.words(passed ? "ledgerChecks.pass" : "ledgerChecks.fail");
	}

	private List<Checked> checked(List<Program> shown, CurrentUser user) {
		return shown.stream().filter(p -> p.getStatus() != Program.Status.DRAFT).map(p -> {
			List<Balances> books = programs.ledger(ProgramId.of(p.getId()), user);
			return new Checked(p, books.get(books.size() - 1), programs.integrity(ProgramId.of(p.getId()), user));
		}).toList();
	}

	private static CurrentUser staff() {
		CurrentUser user = CurrentUser.require();
		if (!user.isStaff()) {
			throw DomainException.forbidden("the ledger is for staff");
		}
		return user;
	}
}
