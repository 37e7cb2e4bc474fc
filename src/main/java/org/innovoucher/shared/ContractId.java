package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which service contract: typed, so it cannot be swapped with the voucher or the claim. */
public record ContractId(String value) {

	public ContractId {
		Ids.requireValue(value, "contractId");
	}

	@JsonCreator
	public static ContractId of(String value) {
		return new ContractId(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
