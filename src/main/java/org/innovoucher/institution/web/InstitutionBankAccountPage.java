package org.innovoucher.institution.web;

import java.util.List;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionBankAccount;
import org.innovoucher.institution.Institutions;
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
 * The institution keeps the bank account it is paid to under the institution-payee mode ({@link InstitutionBankAccount}, as
 * {@code PUT /api/v1/institutions/{id}/bank-account}): only the institution itself.
 * Without one, a finance officer's payment run cannot pay it.
 */
@Controller
class InstitutionBankAccountPage implements WorkspaceLinks {

	static final String PAGE = "/workspace/institution/bank-account";

	private final InstitutionBankAccount accounts;
	private final Institutions institutions;
	private final MessageSource messages;

	InstitutionBankAccountPage(InstitutionBankAccount accounts, Institutions institutions, MessageSource messages) {
		this.accounts = accounts;
		this.institutions = institutions;
		this.messages = messages;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return isInstitution(user) ? List.of(WorkspaceLink.of(450, "menu.bankAccount", PAGE)) : List.of();
	}

	private static boolean isInstitution(CurrentUser user) {
		return user.has(Role.INSTITUTION) && user.institution() != null;
	}

	@GetMapping(PAGE)
	String page(Model model) {
		Institution institution = own();
		BankAccountForm.of(institution.getBankAccount())
			.show(model, institution.getName(), PAGE, institution.getBankAccount(), PageErrors.Shown.NONE);
		return "portal/bank-account";
	}

	@PostMapping(PAGE)
	String keep(BankAccountForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Institution institution = own();
		try {
			accounts.keep(institution.id(), form.account(), CurrentUser.require());
		}
		catch (DomainException e) {
			if (e.code() != ErrorCode.VALIDATION_FAILED) {
				throw e;
			}
			response.setStatus(400);
			form.show(model, institution.getName(), PAGE, institution.getBankAccount(), BankAccountForm.refusal(e, messages));
			return "portal/bank-account";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + PAGE;
	}

	private Institution own() {
		CurrentUser user = CurrentUser.require();
		if (!isInstitution(user)) {
			throw DomainException.forbidden("only the institution itself names the account it is paid to");
		}
		return institutions.get(user.institution());
	}
}
