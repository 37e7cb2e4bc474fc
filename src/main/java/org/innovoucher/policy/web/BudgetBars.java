package org.innovoucher.policy.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.innovoucher.ledger.Balances;
import org.innovoucher.shared.Money;

/**
 * A region's budget as an execution bar: paid, approved, bound, reserved and available, each a share of
 * the bar's width (per cent, for the x and width of SVG rectangles drawn on the server). The figures
 * themselves are printed beside the bar; the bar only shows them.
 */
public record BudgetBars(String regionCode, Balances balances, List<Segment> segments, String spentPercent) {

	/** The parts of the budget, in the order the bar draws them from the left. */
	static final List<String> PARTS = List.of("paid", "approved", "bound", "reserved", "available");

	/** One part of the bar: its name (a class and a message key), where it starts and how wide it is, in per cent. */
	public record Segment(String part, Money amount, String x, String width) {
	}

	static BudgetBars of(Balances b) {
		List<Money> amounts = List.of(b.paid(), b.approved(), b.bound(), b.reserved(), b.available());
		// the bar is the budget, or the sum of its parts where clawbacks make them exceed it
		Money whole = amounts.stream().reduce(Money.ZERO, Money::plus).max(b.budget());
		List<Segment> segments = new ArrayList<>();
		BigDecimal x = BigDecimal.ZERO;
		for (int i = 0; i < PARTS.size(); i++) {
			BigDecimal width = percent(amounts.get(i), whole);
			segments.add(new Segment(PARTS.get(i), amounts.get(i), x.toPlainString(), width.toPlainString()));
			x = x.add(width);
		}
		Money spent = b.budget().minus(b.available());
		return new BudgetBars(b.regionCode(), b, segments, percent(spent, b.budget()).setScale(0, RoundingMode.HALF_UP)
			.toPlainString() + "%");
	}

	/** Whether anything has been budgeted: a bar of nothing is not drawn. */
	public boolean drawn() {
		return balances.budget().isPositive();
	}

	private static BigDecimal percent(Money part, Money whole) {
		if (!whole.isPositive() || !part.isPositive()) {
			return BigDecimal.ZERO;
		}
		return part.amount().multiply(BigDecimal.valueOf(100)).divide(whole.amount(), 2, RoundingMode.HALF_UP);
	}
}
