package org.innovoucher.ledger;

import org.innovoucher.shared.Money;

/** A region's (or the program's total) position, as the contract shows it. */
public record Balances(String regionCode, Money budget, Money reserved, Money bound, Money approved, Money paid,
		Money released, Money clawedBack, Money receivable, Money available) {

	public static Balances empty(String regionCode) {
		return new Balances(regionCode, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
				Money.ZERO, Money.ZERO, Money.ZERO);
	}

	Balances plus(Balances other, String regionCode) {
		return new Balances(regionCode, budget.plus(other.budget), reserved.plus(other.reserved), bound.plus(other.bound),
				approved.plus(other.approved), paid.plus(other.paid), released.plus(other.released),
				clawedBack.plus(other.clawedBack), receivable.plus(other.receivable), available.plus(other.available));
	}
}
