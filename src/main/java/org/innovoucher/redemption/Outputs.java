package org.innovoucher.redemption;

import jakarta.persistence.Embeddable;

/** The innovation outputs a claim reports. */
@Embeddable
public record Outputs(int inventionPatents, int utilityModels, int designPatents, int trademarks,
		int softwareCopyrights, int newProducts, int testReports) {

	public static final Outputs NONE = new Outputs(0, 0, 0, 0, 0, 0, 0);

	public Outputs {
		if (inventionPatents < 0 || utilityModels < 0 || designPatents < 0 || trademarks < 0 || softwareCopyrights < 0
				|| newProducts < 0 || testReports < 0) {
			throw new IllegalArgumentException("output counts are never negative");
		}
	}
}
