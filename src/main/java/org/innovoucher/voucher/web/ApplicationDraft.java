package org.innovoucher.voucher.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.innovoucher.shared.EnterpriseId;

import jakarta.servlet.http.HttpSession;

/**
 * The answers of an application in the making, kept in the session from one question page to the
 * next until it is filed. It belongs to one enterprise: an agency that switches to another
 * enterprise starts afresh.
 */
class ApplicationDraft implements Serializable {

	private static final String SESSION_KEY = ApplicationDraft.class.getName();

	private final String enterpriseId;
	private String programId;
	private String denomination;
	private String purpose;
	private List<String> serviceCategories = new ArrayList<>();

	private ApplicationDraft(String enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	/** The enterprise's draft of this session, a new one where there is none. */
	static ApplicationDraft of(HttpSession session, EnterpriseId enterprise) {
		if (session.getAttribute(SESSION_KEY) instanceof ApplicationDraft draft
				&& draft.enterpriseId.equals(enterprise.value())) {
			return draft;
		}
		ApplicationDraft draft = new ApplicationDraft(enterprise.value());
		session.setAttribute(SESSION_KEY, draft);
		return draft;
	}

	static void discard(HttpSession session) {
		session.removeAttribute(SESSION_KEY);
	}

	/** Another program: the amount chosen for the previous one may not be offered in this one. */
	void chooseProgram(String id) {
		if (!id.equals(programId)) {
			denomination = null;
			serviceCategories = new ArrayList<>();
		}
		programId = id;
	}

	String getProgramId() {
		return programId;
	}

	String getDenomination() {
		return denomination;
	}

	void setDenomination(String denomination) {
		this.denomination = denomination;
	}

	String getPurpose() {
		return purpose;
	}

	void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	List<String> getServiceCategories() {
		return serviceCategories;
	}

	void setServiceCategories(List<String> serviceCategories) {
		this.serviceCategories = serviceCategories == null ? new ArrayList<>() : new ArrayList<>(serviceCategories);
	}
}
