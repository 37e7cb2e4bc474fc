package org.innovoucher.shared;

/** Which enterprise: typed, so it cannot be passed where a voucher, program or institution is meant. */
public final class EnterpriseId extends TypedId {

	private EnterpriseId(String value) {
		super(value, "enterpriseId");
	}

	public static EnterpriseId of(String value) {
		return new EnterpriseId(value);
	}
}
