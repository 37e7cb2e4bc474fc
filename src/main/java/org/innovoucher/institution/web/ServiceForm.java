package org.innovoucher.institution.web;

import java.util.Locale;

import org.innovoucher.institution.InstitutionCatalog;
import org.innovoucher.institution.ServiceItem;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.TextLimits;
import org.springframework.validation.Errors;

/**
 * One catalog item as the institution types it: every field text, so what was typed stays on the
 * page after a refusal (a price of "abc" included). The limits are the API's.
 */
public class ServiceForm {

	static final int MAX_LEAD_TIME_DAYS = 3650;

	private String title;
	private String category;
	private String description;
	private String price;
	private String priceUnit;
	private String leadTimeDays;
	private String standards;

	static ServiceForm of(ServiceItem item) {
		ServiceForm form = new ServiceForm();
		form.title = item.getTitle();
		form.category = item.getCategory().name();
		form.description = item.getDescription();
		form.price = item.getPrice().amount().toPlainString();
		form.priceUnit = item.getPriceUnit();
		form.leadTimeDays = Integer.toString(item.getLeadTimeDays());
		form.standards = item.getStandards();
		return form;
	}

	/** Each missing, too long or unreadable field gets its message beside it. */
	void check(Errors errors) {
		required(errors, "title", title, TextLimits.NAME);
		if (blank(category)) {
			errors.rejectValue("category", "instws.form.category.required");
		}
		else if (parsedCategory() == null) {
			errors.rejectValue("category", "instws.form.category.unknown");
		}
		required(errors, "description", description, TextLimits.LONG_TEXT);
		if (blank(price)) {
			errors.rejectValue("price", "instws.form.price.required");
		}
		else if (parsedPrice() == null) {
			errors.rejectValue("price", "instws.form.price.invalid");
		}
		required(errors, "priceUnit", priceUnit, TextLimits.LABEL);
		if (blank(leadTimeDays)) {
			errors.rejectValue("leadTimeDays", "instws.form.leadTimeDays.required");
		}
		else if (parsedLeadTime() == null) {
			errors.rejectValue("leadTimeDays", "instws.form.leadTimeDays.invalid", new Object[] { MAX_LEAD_TIME_DAYS },
					null);
		}
		if (standards != null && standards.length() > TextLimits.MEDIUM_TEXT) {
			errors.rejectValue("standards", "instws.form.tooLong", new Object[] { TextLimits.MEDIUM_TEXT }, null);
		}
	}

	/** The checked form as the catalog service takes it. */
	InstitutionCatalog.NewService toService() {
		return new InstitutionCatalog.NewService(title, parsedCategory(), description, parsedPrice(), priceUnit,
				parsedLeadTime(), standards);
	}

	private static void required(Errors errors, String field, String value, int max) {
		if (blank(value)) {
			errors.rejectValue(field, "instws.form." + field + ".required");
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "instws.form.tooLong", new Object[] { max }, null);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	ServiceCategory parsedCategory() {
		try {
			return ServiceCategory.valueOf(category.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return null;
		}
	}

	/** Yuan as typed, with a thousands separator or a currency sign forgiven. */
	private Money parsedPrice() {
		try {
			return Money.parse(price.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").trim());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return null;
		}
	}

	private Integer parsedLeadTime() {
		try {
			int days = Integer.parseInt(leadTimeDays.trim());
			return days < 0 || days > MAX_LEAD_TIME_DAYS ? null : days;
		}
		catch (NumberFormatException | NullPointerException e) {
			return null;
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price;
	}

	public String getPriceUnit() {
		return priceUnit;
	}

	public void setPriceUnit(String priceUnit) {
		this.priceUnit = priceUnit;
	}

	public String getLeadTimeDays() {
		return leadTimeDays;
	}

	public void setLeadTimeDays(String leadTimeDays) {
		this.leadTimeDays = leadTimeDays;
	}

	public String getStandards() {
		return standards;
	}

	public void setStandards(String standards) {
		this.standards = standards;
	}
}
