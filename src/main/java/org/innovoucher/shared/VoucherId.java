package org.innovoucher.shared;

/** Which voucher: typed, so it cannot be swapped with the claim or contract it serves. */
public final class VoucherId extends TypedId {

	private VoucherId(String value) {
		super(value, "voucherId");
	}

	public static VoucherId of(String value) {
		return new VoucherId(value);
	}
}
