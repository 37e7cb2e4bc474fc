package org.innovoucher.expert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a panel advises: the mean of its members' weighted totals, the trimmed mean (highest and
 * lowest dropped once five or more scored, so one outlier cannot carry the file), the spread (highest
 * minus lowest) and whether the trimmed mean reaches the pass mark.
 */
public record PanelResult(BigDecimal mean, BigDecimal trimmedMean, BigDecimal spread, boolean passed) {

	/** From five scores on, the highest and the lowest are dropped. */
	public static final int TRIM_FROM = 5;

	public static PanelResult of(List<BigDecimal> totals, BigDecimal passMark) {
		if (totals.isEmpty()) {
			throw new IllegalArgumentException("a panel result needs at least one score");
		}
		List<BigDecimal> sorted = new ArrayList<>(totals);
		Collections.sort(sorted);
		BigDecimal trimmed = totals.size() >= TRIM_FROM ? average(sorted.subList(1, sorted.size() - 1)) : average(sorted);
		return new PanelResult(average(sorted), trimmed, spread(totals), trimmed.compareTo(passMark) >= 0);
	}

	/** Highest minus lowest total. */
	public static BigDecimal spread(List<BigDecimal> totals) {
		return Collections.max(totals).subtract(Collections.min(totals)).setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal average(List<BigDecimal> values) {
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
	}
}
