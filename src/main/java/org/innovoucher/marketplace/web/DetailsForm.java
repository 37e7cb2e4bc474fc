package org.innovoucher.marketplace.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.innovoucher.shared.Money;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * What the proposal's details page sends, as typed: what is delivered, its kind (unless a catalog
 * item fixed it), the amount and the date. Checked here for shape only (given, an amount of yuan, a
 * date); whether the voucher may pay for it is the service's to say when the proposal is filed.
 */
record DetailsForm(String title, String category, String amount, String signedOn) {

	static final int TITLE_MAX = 200;

	/** Each missing or unreadable answer, beside its input. */
	BindingResult check(boolean categoryFixed, ProposalChoices choices) {
		// a map, not the record: Spring reads a rejected field's value through getters a record lacks
		Map<String, Object> typed = new HashMap<>();
		typed.put("title", title);
		typed.put("category", category);
		typed.put("amount", amount);
		typed.put("signedOn", signedOn);
		BindingResult binding = new MapBindingResult(typed, "form");
		required(binding, "title", title, TITLE_MAX);
		if (!categoryFixed && choices.category(category) == null) {
			binding.rejectValue("category", "contract.new.category.required");
		}
		if (required(binding, "amount", amount, 20) && money() == null) {
			binding.rejectValue("amount", "contract.new.amount.format");
		}
		if (required(binding, "signedOn", signedOn, 10) && date() == null) {
			binding.rejectValue("signedOn", "contract.new.signedOn.format");
		}
		return binding;
	}

	/** The amount typed, thousands separators allowed (9,500); null when it is no amount of yuan. */
	Money money() {
		try {
			return Money.parse(amount.replace(",", ""));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return null;
		}
	}

	LocalDate date() {
		try {
			return LocalDate.parse(signedOn.trim());
		}
		catch (DateTimeParseException | NullPointerException e) {
			return null;
		}
	}

	private static boolean required(BindingResult binding, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			binding.rejectValue(field, "contract.new." + field + ".required");
			return false;
		}
		if (value.length() > max) {
			binding.rejectValue(field, "contract.new.tooLong", new Object[] { max }, null);
			return false;
		}
		return true;
	}
}
