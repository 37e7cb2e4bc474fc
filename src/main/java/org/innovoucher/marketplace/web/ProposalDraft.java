package org.innovoucher.marketplace.web;

import java.io.Serializable;

import org.innovoucher.shared.EnterpriseId;

/**
 * The answers of a contract proposal while the enterprise goes through its pages, kept in the
 * session until it is filed (GOV.UK: one small group of questions per page, then check your answers).
 * Kept as typed, so a page shows what was entered; the service judges them when the proposal is filed.
 * One draft per session and enterprise: an agency that switches enterprise starts again.
 */
class ProposalDraft implements Serializable {

	static final String SESSION_KEY = ProposalDraft.class.getName();

	private final String enterpriseId;
	private String serviceId;
	private String institutionId;
	private String title;
	private String category;
	private String amount;
	private String signedOn;
	private String voucherId;

	ProposalDraft(EnterpriseId enterpriseId) {
		this.enterpriseId = enterpriseId.value();
	}

	boolean isFor(EnterpriseId enterprise) {
		return enterpriseId.equals(enterprise.value());
	}

	/** From a catalog item: its institution, title, category and price come with it. */
	public boolean isFromCatalog() {
		return serviceId != null;
	}

	/** Every page's answer is there: the check page may be shown. */
	boolean isComplete() {
		return institutionId != null && title != null && amount != null && signedOn != null && voucherId != null
				&& (category != null || serviceId != null);
	}

	public String getServiceId() {
		return serviceId;
	}

	void setServiceId(String serviceId) {
		this.serviceId = serviceId;
	}

	public String getInstitutionId() {
		return institutionId;
	}

	void setInstitutionId(String institutionId) {
		this.institutionId = institutionId;
	}

	public String getTitle() {
		return title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	public String getCategory() {
		return category;
	}

	void setCategory(String category) {
		this.category = category;
	}

	public String getAmount() {
		return amount;
	}

	void setAmount(String amount) {
		this.amount = amount;
	}

	public String getSignedOn() {
		return signedOn;
	}

	void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public String getVoucherId() {
		return voucherId;
	}

	void setVoucherId(String voucherId) {
		this.voucherId = voucherId;
	}
}
