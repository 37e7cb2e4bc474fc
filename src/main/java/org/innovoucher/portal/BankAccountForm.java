package org.innovoucher.portal;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * The bank account form an enterprise and an institution keep their account with (one template,
 * {@code portal/bank-account}): what was typed, and {@link BankAccount}'s own refusals beside each
 * field in the page's language. The account is checked by {@link BankAccount} and kept by the
 * party's module, as {@code PUT /enterprises|institutions/{id}/bank-account} does.
 */
public record BankAccountForm(String accountName, String bankName, String bankCode, String accountNumber) {

	public static final List<String> FIELDS = List.of("accountName", "bankName", "bankCode", "accountNumber");

	public static BankAccountForm of(BankAccount account) {
		return account == null ? new BankAccountForm("", "", "", "")
				: new BankAccountForm(account.accountName(), account.bankName(), account.bankCode(), account.accountNumber());
	}

	/** The account typed, checked by {@link BankAccount}: a VALIDATION_FAILED naming each wrong field. */
	public BankAccount account() {
		return new BankAccount(accountName, bankName, bankCode, accountNumber);
	}

	/** Each field's refusal in the page's words ({@code bank.refused.<field>}), the rule's own where none. */
	public static PageErrors.Shown refusal(DomainException e, MessageSource messages) {
		List<PageErrors.Message> shown = new ArrayList<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			String field = FIELDS.contains(error.field()) ? error.field() : "accountName";
			shown.add(new PageErrors.Message(field, messages.getMessage("bank.refused." + field, null, error.message(),
					LocaleContextHolder.getLocale())));
		}
		return new PageErrors.Shown(shown);
	}

	/** What the page shows: whose account, where the form goes, what is kept and what was typed. */
	public void show(Model model, String partyName, String action, BankAccount kept, PageErrors.Shown errors) {
		model.addAttribute("partyName", partyName);
		model.addAttribute("action", action);
		model.addAttribute("kept", kept);
		model.addAttribute("form", this);
		model.addAttribute(PageErrors.MODEL, errors);
	}
}
