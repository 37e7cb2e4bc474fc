package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which voucher: typed, so it cannot be swapped with the claim or contract it serves. */
public record VoucherId(String value) {

	public VoucherId {
		Ids.requireValue(value, "voucherId");
	}

	@JsonCreator
	public static VoucherId of(String value) {
		return new VoucherId(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
