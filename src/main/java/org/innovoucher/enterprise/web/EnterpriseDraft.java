package org.innovoucher.enterprise.web;

import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.portal.RegistrationDraft;

/** An enterprise's registration while it goes through the pages: what only enterprises are asked. */
class EnterpriseDraft extends RegistrationDraft {

	private String legalRepresentative;
	private String industry;
	private SizeClass sizeClass;
	private String techSmeNumber;
	private String contactPhone;

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}

	public String getIndustry() {
		return industry;
	}

	void setIndustry(String industry) {
		this.industry = industry;
	}

	public SizeClass getSizeClass() {
		return sizeClass;
	}

	void setSizeClass(SizeClass sizeClass) {
		this.sizeClass = sizeClass;
	}

	/** The national technology-based SME registration number; null when the enterprise has none. */
	public String getTechSmeNumber() {
		return techSmeNumber;
	}

	void setTechSmeNumber(String techSmeNumber) {
		this.techSmeNumber = techSmeNumber;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}
}
