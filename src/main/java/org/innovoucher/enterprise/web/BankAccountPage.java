package org.innovoucher.enterprise.web;

import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.EnterpriseBankAccount;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.portal.BankAccountForm;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The enterprise keeps the bank account its subsidy is paid to ({@link EnterpriseBankAccount}, as
 * {@code PUT /api/v1/enterprises/{id}/bank-account}): only the enterprise itself, not an agency.
 * Without one, a finance officer's payment run refuses its claims.
 */
@Controller
class BankAccountPage implements WorkspaceLinks {

	static final String PAGE = "/workspace/bank-account";

	private final EnterpriseBankAccount accounts;
	private final Enterprises enterprises;
	private final MessageSource messages;

	BankAccountPage(EnterpriseBankAccount accounts, Enterprises enterprises, MessageSource messages) {
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.messages = messages;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return isEnterprise(user) ? List.of(WorkspaceLink.of(850, "menu.bankAccount", PAGE)) : List.of();
	}

	private static boolean isEnterprise(CurrentUser user) {
		return user.has(Role.ENTERPRISE) && user.enterpriseId() != null;
	}

	@GetMapping(PAGE)
	String page(Model model) {
		Enterprise enterprise = own();
		BankAccountForm.of(enterprise.getBankAccount())
			.show(model, enterprise.getName(), PAGE, enterprise.getBankAccount(), PageErrors.Shown.NONE);
		return "portal/bank-account";
	}

	@PostMapping(PAGE)
	String keep(BankAccountForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Enterprise enterprise = own();
		try {
			accounts.keep(enterprise.id(), form.account(), CurrentUser.require());
		}
		catch (DomainException e) {
			if (e.code() != ErrorCode.VALIDATION_FAILED) {
				throw e;
			}
			response.setStatus(400);
			form.show(model, enterprise.getName(), PAGE, enterprise.getBankAccount(), BankAccountForm.refusal(e, messages));
			return "portal/bank-account";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + PAGE;
	}

	private Enterprise own() {
		CurrentUser user = CurrentUser.require();
		if (!isEnterprise(user)) {
			throw DomainException.forbidden("only the enterprise itself names the account it is paid to");
		}
		return enterprises.get(user.enterprise());
	}
}
