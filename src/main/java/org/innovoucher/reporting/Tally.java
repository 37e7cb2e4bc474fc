package org.innovoucher.reporting;

import org.innovoucher.shared.Money;

/**
 * The running sums of one cell of a statistics table: issued and redeemed counts and amounts, the
 * enterprises that received and redeemed, and the innovation outputs of the paid claims. An
 * enterprise has one region, so distinct counts per district add up to the city's.
 */
class Tally {

	long issuedCount;
	Money issuedAmount = Money.ZERO;
	long redeemedCount;
	Money redeemedAmount = Money.ZERO;
	long enterprisesIssued;
	long enterprisesRedeemed;
	final long[] outputs = new long[7];

	void add(Tally other) {
		issuedCount += other.issuedCount;
		issuedAmount = issuedAmount.plus(other.issuedAmount);
		redeemedCount += other.redeemedCount;
		redeemedAmount = redeemedAmount.plus(other.redeemedAmount);
		enterprisesIssued += other.enterprisesIssued;
		enterprisesRedeemed += other.enterprisesRedeemed;
		for (int i = 0; i < outputs.length; i++) {
			outputs[i] += other.outputs[i];
		}
	}

	Statistics.Outputs outputs() {
		return new Statistics.Outputs(outputs[0], outputs[1], outputs[2], outputs[3], outputs[4], outputs[5],
				outputs[6]);
	}
}
