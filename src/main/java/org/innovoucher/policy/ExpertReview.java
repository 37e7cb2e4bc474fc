package org.innovoucher.policy;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which files go to an expert panel and how the panel scores (domain.md, "Expert review"). Scores are
 * out of 100; a second round follows when the highest and lowest score of the first lie more than
 * {@code secondRoundSpread} apart.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertReview(Boolean applications, Boolean claims, Boolean institutions, Integer panelSize,
		BigDecimal passMark, BigDecimal secondRoundSpread, Integer roundWorkingDays) {

	public static final int PANEL_SIZE = 3;
	public static final BigDecimal PASS_MARK = new BigDecimal("60.00");
	public static final BigDecimal SECOND_ROUND_SPREAD = new BigDecimal("20.00");
	public static final int ROUND_WORKING_DAYS = 5;
	/** One expert is a consultation, nine a large panel; more would outrun any pool a city has. */
	public static final int SMALLEST_PANEL = 1;
	public static final int LARGEST_PANEL = 9;

	/** Nothing goes to a panel unless the program says so. */
	public static ExpertReview none() {
		return new ExpertReview(null, null, null, null, null, null, null).withDefaults();
	}

	ExpertReview withDefaults() {
		return new ExpertReview(applications != null && applications, claims != null && claims,
				institutions != null && institutions, panelSize == null ? PANEL_SIZE : panelSize,
				passMark == null ? PASS_MARK : passMark, secondRoundSpread == null ? SECOND_ROUND_SPREAD : secondRoundSpread,
				roundWorkingDays == null ? ROUND_WORKING_DAYS : roundWorkingDays);
	}
}
