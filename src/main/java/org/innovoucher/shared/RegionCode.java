package org.innovoucher.shared;

/**
 * An administrative division's code (GB/T 2260, e.g. 140100; {@link Regions#COUNTRY} for the whole
 * country): typed, so a region cannot be passed where a party's id is meant. Whether the code exists
 * is {@link Regions}' question.
 */
public final class RegionCode extends TypedId {

	private RegionCode(String value) {
		super(value, "regionCode");
	}

	public static RegionCode of(String value) {
		return new RegionCode(value);
	}
}
