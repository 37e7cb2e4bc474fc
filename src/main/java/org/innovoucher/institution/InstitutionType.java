package org.innovoucher.institution;

/** What kind of body a service institution is. */
public enum InstitutionType {
	UNIVERSITY, RESEARCH_INSTITUTE, KEY_LAB, TESTING_CERTIFICATION, IP_AGENCY, CONSULTING_FIRM, INCUBATOR,
	TECHNOLOGY_TRANSFER, SCIENCE_FINANCE, OTHER
}
