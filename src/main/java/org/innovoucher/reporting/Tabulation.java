package org.innovoucher.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;

/** What the statistics tables share: the city a region's figures count for, and how ratios are written. */
final class Tabulation {

	private Tabulation() {
	}

	/** The city of a region, or the province for records at province level. */
	static String city(String code, Regions regions) {
		List<String> chain = regions.selfAndAncestors(code);
		for (String candidate : chain) {
			Region region = regions.find(candidate).orElseThrow();
			if ("CITY".equals(region.level())) {
				return candidate;
			}
		}
		return chain.isEmpty() ? code : chain.get(chain.size() - 1);
	}

	/** {@code part / whole} with four decimals; null where the whole is zero (nothing was issued). */
	static String ratio(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
	}
}
