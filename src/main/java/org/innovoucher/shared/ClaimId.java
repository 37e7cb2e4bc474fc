package org.innovoucher.shared;

/** Which redemption claim: typed, so it cannot be swapped with the voucher or contract it draws on. */
public final class ClaimId extends TypedId {

	private ClaimId(String value) {
		super(value, "claimId");
	}

	public static ClaimId of(String value) {
		return new ClaimId(value);
	}
}
