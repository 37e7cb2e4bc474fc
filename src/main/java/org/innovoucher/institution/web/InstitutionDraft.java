package org.innovoucher.institution.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.institution.InstitutionType;
import org.innovoucher.portal.RegistrationDraft;
import org.innovoucher.shared.ServiceCategory;

/** An institution's registration while it goes through the pages: what only institutions are asked. */
class InstitutionDraft extends RegistrationDraft {

	private InstitutionType type;
	private Set<ServiceCategory> categories = Set.of();
	private List<String> qualifications = List.of();

	public InstitutionType getType() {
		return type;
	}

	void setType(InstitutionType type) {
		this.type = type;
	}

	/** The kinds of service it offers, in the order the lists show them. */
	public Set<ServiceCategory> getCategories() {
		return categories;
	}

	void setCategories(Set<ServiceCategory> categories) {
		this.categories = categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
	}

	public List<String> getQualifications() {
		return qualifications;
	}

	void setQualifications(List<String> qualifications) {
		this.qualifications = List.copyOf(qualifications);
	}
}
