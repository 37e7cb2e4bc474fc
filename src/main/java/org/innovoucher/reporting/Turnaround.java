package org.innovoucher.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * How long each step of the service takes, in working days of the official calendar: the one place
 * of the turnaround rule. A step lasts the working days after the day it began up to and including
 * the day it ended ({@link org.innovoucher.shared.WorkingDays#workingDaysBetween}): decided on the
 * day of submission is 0, submitted on a Friday and decided on the Monday is 1, and the weekends,
 * holidays and adjusted working days (调休) of the calendar count as the calendar says. A step counts
 * in the year it ended; one not ended yet, or ending before it began (data corrected by hand), does
 * not count. Reported per step: how many files went through it, the average with one decimal and
 * the longest.
 */
public final class Turnaround {

	/** The steps the evaluations time, in the order a file goes through them. */
	public enum Step {
		/** An application, from its submission to the bureau's decision. */
		APPLICATION_DECISION,
		/** A claim, from its submission to the institution's confirmation. */
		CLAIM_CONFIRMATION,
		/** A claim, from the institution's confirmation to the bureau's decision. */
		CLAIM_DECISION,
		/** A claim, from the bureau's decision to its payment. */
		CLAIM_PAYMENT,
		/** A claim, from its submission to its payment. */
		CLAIM_TOTAL
	}

	/** One step's figures; the average and the longest are null where no file went through it. */
	public record Figures(Step step, long count, String averageDays, Integer longestDays) {
	}

	private final ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween;
	private final Integer fromYear;
	private final Integer toYear;
	private final long[] days = new long[Step.values().length];
	private final long[] counts = new long[Step.values().length];
	private final int[] longest = new int[Step.values().length];

	/**
	 * Counts with {@code workingDaysBetween} (the calendar's, {@code WorkingDays::workingDaysBetween})
	 * the steps that ended from year {@code fromYear} to {@code toYear} (each open where null).
	 */
	public Turnaround(ToIntBiFunction<LocalDate, LocalDate> workingDaysBetween, Integer fromYear, Integer toYear) {
		this.workingDaysBetween = workingDaysBetween;
		this.fromYear = fromYear;
		this.toYear = toYear;
	}

	/** {@code count} files that went through {@code step} from {@code began} to {@code ended} (either may be null). */
	public Turnaround add(Step step, LocalDate began, LocalDate ended, long count) {
		if (began == null || ended == null || ended.isBefore(began) || !inYears(ended)) {
			return this;
		}
		int taken = workingDaysBetween.applyAsInt(began, ended);
		int i = step.ordinal();
		days[i] += taken * count;
		counts[i] += count;
		longest[i] = Math.max(longest[i], taken);
		return this;
	}

	/** {@code count} claims with these dates, each date null where the claim has not reached it. */
	public Turnaround addClaim(LocalDate submitted, LocalDate confirmed, LocalDate decided, LocalDate paid, long count) {
		add(Step.CLAIM_CONFIRMATION, submitted, confirmed, count);
		add(Step.CLAIM_DECISION, confirmed, decided, count);
		add(Step.CLAIM_PAYMENT, decided, paid, count);
		return add(Step.CLAIM_TOTAL, submitted, paid, count);
	}

	public List<Figures> figures() {
		List<Figures> figures = new ArrayList<>();
		for (Step step : Step.values()) {
			int i = step.ordinal();
			figures.add(counts[i] == 0 ? new Figures(step, 0, null, null)
					: new Figures(step, counts[i], BigDecimal.valueOf(days[i])
						.divide(BigDecimal.valueOf(counts[i]), 1, RoundingMode.HALF_UP)
						.toPlainString(), longest[i]));
		}
		return figures;
	}

	private boolean inYears(LocalDate ended) {
		return (fromYear == null || ended.getYear() >= fromYear) && (toYear == null || ended.getYear() <= toYear);
	}
}
