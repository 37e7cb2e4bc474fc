package org.innovoucher.redemption.web;

import org.springframework.validation.Errors;

/**
 * What the objection form sends: the claim objected to, who objects and how to reach them, and why.
 * The limits are the API's; each missing or too long field gets its message beside it.
 */
public class ObjectionForm {

	static final int NAME = 100;
	static final int CONTACT = 200;
	static final int REASON = 4000;

	private String redemptionId;
	private String name;
	private String contact;
	private String reason;

	void check(Errors errors) {
		required(errors, "redemptionId", redemptionId, Integer.MAX_VALUE);
		required(errors, "name", name, NAME);
		required(errors, "contact", contact, CONTACT);
		required(errors, "reason", reason, REASON);
	}

	private static void required(Errors errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "notice.objection." + field + ".required");
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "notice.objection.tooLong", new Object[] { max }, null);
		}
	}

	public String getRedemptionId() {
		return redemptionId;
	}

	public void setRedemptionId(String redemptionId) {
		this.redemptionId = redemptionId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
