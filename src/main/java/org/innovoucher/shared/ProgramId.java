package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which voucher program: typed, so it cannot be passed where a voucher's or a region's code is meant. */
public record ProgramId(String value) {

	public ProgramId {
		Ids.requireValue(value, "programId");
	}

	@JsonCreator
	public static ProgramId of(String value) {
		return new ProgramId(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
