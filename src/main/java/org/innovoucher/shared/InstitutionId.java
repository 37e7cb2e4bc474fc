package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which service institution: typed, so it cannot be passed where an enterprise's id is meant. */
public record InstitutionId(String value) {

	public InstitutionId {
		Ids.requireValue(value, "institutionId");
	}

	@JsonCreator
	public static InstitutionId of(String value) {
		return new InstitutionId(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
