package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which enterprise: typed, so it cannot be passed where a voucher, program or institution is meant. */
public record EnterpriseId(String value) {

	public EnterpriseId {
		Ids.requireValue(value, "enterpriseId");
	}

	@JsonCreator
	public static EnterpriseId of(String value) {
		return new EnterpriseId(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
