package org.innovoucher.voucher.web;

import org.innovoucher.portal.ActingFor;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The voucher wallet: each voucher's serial, value, balance, validity, status and what it may buy. */
@Controller
class WalletPage {

	static final int PAGE_SIZE = 20;

	private final Vouchers vouchers;
	private final ActingFor actingFor;
	private final Spreadsheets spreadsheets;

	WalletPage(Vouchers vouchers, ActingFor actingFor, Spreadsheets spreadsheets) {
		this.vouchers = vouchers;
		this.actingFor = actingFor;
		this.spreadsheets = spreadsheets;
	}

	@GetMapping("/workspace/vouchers")
	String wallet(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("vouchers", vouchers.wallet(actingFor.enterprise(user), user, paging(Math.max(page, 0), PAGE_SIZE)));
		return "voucher/wallet";
	}

	/** Every voucher of the wallet as a workbook; a voucher has no page of its own, so no address. */
	@GetMapping(value = "/workspace/vouchers", params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> walletWorkbook() {
		CurrentUser user = CurrentUser.require();
		EnterpriseId enterprise = actingFor.enterprise(user);
		Spreadsheet sheet = spreadsheets.sheet("wallet.title")
			.column("review.queue.program", Spreadsheet.Kind.TEXT)
			.column("wallet.serial", Spreadsheet.Kind.TEXT)
			.column("wallet.faceValue", Spreadsheet.Kind.MONEY)
			.column("wallet.balance", Spreadsheet.Kind.MONEY)
			.column("wallet.validUntil", Spreadsheet.Kind.DATE)
			.column("review.queue.status", Spreadsheet.Kind.TEXT);
		return sheet.everyPage(page -> vouchers.wallet(enterprise, user, paging(page, PageResult.MAX_SIZE)), held -> {
			for (Vouchers.Held h : held) {
				Voucher v = h.voucher();
				sheet.row(h.programName(), v.getSerialNumber(), v.getFaceValue(), v.getBalance(), v.getValidUntil(),
						sheet.words("status.voucher." + v.getStatus()));
			}
		}).download("vouchers");
	}

	private static Pageable paging(int page, int size) {
		return PageResult.request(page, size, Sort.by("issuedOn").descending().and(Sort.by("id")));
	}
}
