package org.innovoucher.institution.catalog;

import java.util.List;

/**
 * The price ranges the catalog counts its items in, in yuan: what a voucher of 10,000 to 100,000
 * buys falls apart into useful steps.
 */
public enum PriceRanges {
	UP_TO_1K(0, 1_000), FROM_1K(1_000, 5_000), FROM_5K(5_000, 20_000), FROM_20K(20_000, 50_000),
	FROM_50K(50_000, 100_000), FROM_100K(100_000, -1);

	private final long fromYuan;
	private final long belowYuan;

	PriceRanges(long fromYuan, long belowYuan) {
		this.fromYuan = fromYuan;
		this.belowYuan = belowYuan;
	}

	public static PriceRanges of(long priceFen) {
		for (PriceRanges range : values()) {
			if (range.belowYuan < 0 || priceFen < range.belowYuan * 100) {
				return range;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	/** e.g. {@code 1000-5000}, the last one open: {@code 100000-}. */
	public String label() {
		return fromYuan + "-" + (belowYuan < 0 ? "" : Long.toString(belowYuan));
	}

	public long fromYuan() {
		return fromYuan;
	}

	/** The first price above the range, or -1 where it has no end. */
	public long belowYuan() {
		return belowYuan;
	}

	public static List<PriceRanges> inOrder() {
		return List.of(values());
	}
}
