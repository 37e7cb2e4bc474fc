package org.innovoucher.voucher.web;

import org.innovoucher.portal.ActingFor;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.Sort;
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

	WalletPage(Vouchers vouchers, ActingFor actingFor) {
		this.vouchers = vouchers;
		this.actingFor = actingFor;
	}

	@GetMapping("/workspace/vouchers")
	String wallet(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("vouchers", vouchers.wallet(actingFor.enterprise(user), user,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, Sort.by("issuedOn").descending().and(Sort.by("id")))));
		return "voucher/wallet";
	}
}
