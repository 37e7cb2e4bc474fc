package org.innovoucher.expert;

/** The kinds of file a panel reviews; each is described by the module that owns it. */
public enum ReviewSubjectType {
	VOUCHER_APPLICATION, REDEMPTION, INSTITUTION
}
