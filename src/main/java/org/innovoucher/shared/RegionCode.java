package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An administrative division's code (GB/T 2260, e.g. 140100; {@link Regions#COUNTRY} for the whole country): typed, so a region cannot be passed where a party's id is meant. Whether the code exists is {@link Regions}' question. */
public record RegionCode(String value) {

	public RegionCode {
		Ids.requireValue(value, "regionCode");
	}

	@JsonCreator
	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
