package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which redemption claim: typed, so it cannot be swapped with the voucher or contract it draws on. */
public record ClaimId(String value) {

	public ClaimId {
		Ids.requireValue(value, "claimId");
	}

	@JsonCreator
	public static ClaimId of(String value) {
		return new ClaimId(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
