package org.innovoucher.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The bank account an enterprise or an institution is paid to: the account's name, the bank's name,
 * the bank's 12-digit CNAPS code (大额支付系统行号, what a Chinese credit transfer routes by) and the
 * account number (digits only; Chinese banks use 8 to 32). Validates itself, reporting every field
 * that is wrong at once, by the field names of the request body.
 */
@Embeddable
public record BankAccount(@Column(name = "bank_account_name") String accountName,
		@Column(name = "bank_name") String bankName, @Column(name = "bank_code") String bankCode,
		@Column(name = "bank_account_number") String accountNumber) {

	public static final int BANK_CODE_DIGITS = 12;
	public static final int ACCOUNT_NUMBER_MIN = 8;
	public static final int ACCOUNT_NUMBER_MAX = 32;
	/** A credit transfer carries the creditor's name in at most 140 characters (ISO 20022 Max140Text). */
	public static final int ACCOUNT_NAME_MAX = 140;

	public BankAccount {
		List<DomainException.FieldError> errors = new ArrayList<>();
		accountName = text(errors, "accountName", accountName, ACCOUNT_NAME_MAX);
		bankName = text(errors, "bankName", bankName, TextLimits.NAME);
		// spaces are how people write account numbers down; they are not part of the number
		bankCode = bankCode == null ? null : bankCode.strip();
		accountNumber = accountNumber == null ? null : accountNumber.replace(" ", "").strip();
		if (bankCode == null || bankCode.isEmpty()) {
			errors.add(new DomainException.FieldError("bankCode", "required"));
		}
		else if (!bankCode.matches("\\d{" + BANK_CODE_DIGITS + "}")) {
			errors.add(new DomainException.FieldError("bankCode", "the bank's CNAPS code: " + BANK_CODE_DIGITS + " digits"));
		}
		if (accountNumber == null || accountNumber.isEmpty()) {
			errors.add(new DomainException.FieldError("accountNumber", "required"));
		}
		else if (!accountNumber.matches("\\d+")) {
			errors.add(new DomainException.FieldError("accountNumber", "digits only"));
		}
		else if (accountNumber.length() < ACCOUNT_NUMBER_MIN || accountNumber.length() > ACCOUNT_NUMBER_MAX) {
			errors.add(new DomainException.FieldError("accountNumber",
					ACCOUNT_NUMBER_MIN + " to " + ACCOUNT_NUMBER_MAX + " digits"));
		}
		if (!errors.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED,
					String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()), errors);
		}
	}

	private static String text(List<DomainException.FieldError> errors, String field, String value, int max) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			errors.add(new DomainException.FieldError(field, "required"));
		}
		else if (stripped.length() > max) {
			errors.add(new DomainException.FieldError(field, "at most " + max + " characters"));
		}
		return stripped;
	}

	/** The account as the audit trail and messages show it: the bank and the last four digits only. */
	public String masked() {
		return bankName + " (" + bankCode + ") ****" + accountNumber.substring(accountNumber.length() - 4);
	}
}
