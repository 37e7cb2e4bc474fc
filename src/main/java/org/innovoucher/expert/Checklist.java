package org.innovoucher.expert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.policy.ReviewCriterion;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;

/**
 * The criteria a panel scores, each with its weight, as the program's version had them when the panel
 * was drawn (a later edit of the program does not change a running review).
 */
public record Checklist(List<ReviewCriterion> criteria) {

	public static final BigDecimal LOWEST = BigDecimal.ZERO;
	public static final BigDecimal HIGHEST = new BigDecimal("100");

	public Checklist {
		criteria = List.copyOf(criteria);
	}

	/**
	 * The weighted total of one expert's scores: every criterion scored 0 to 100, nothing else;
	 * 400 naming each criterion missing or out of range as {@code scores.<criterion>}.
	 */
	public BigDecimal total(Map<String, BigDecimal> scores) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		for (ReviewCriterion c : criteria) {
			BigDecimal score = scores == null ? null : scores.get(c.criterion());
			if (score == null) {
				errors.add(new DomainException.FieldError("scores." + c.criterion(), "is required"));
			}
			else if (score.compareTo(LOWEST) < 0 || score.compareTo(HIGHEST) > 0) {
				errors.add(new DomainException.FieldError("scores." + c.criterion(), "must be between 0 and 100"));
			}
		}
		if (scores != null) {
			scores.keySet().stream().filter(k -> criteria.stream().noneMatch(c -> c.criterion().equals(k)))
				.forEach(k -> errors.add(new DomainException.FieldError("scores." + k, "is not a criterion of the checklist")));
		}
		if (!errors.isEmpty()) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "the scores do not fit the checklist", errors);
		}
		BigDecimal weighted = BigDecimal.ZERO;
		int weights = 0;
		for (ReviewCriterion c : criteria) {
			weighted = weighted.add(scores.get(c.criterion()).multiply(BigDecimal.valueOf(c.weight())));
			weights += c.weight();
		}
		return weighted.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
	}

	/** One criterion a line, its weight first: criteria are free text, so no separator inside them is safe but a newline. */
	String stored() {
		StringBuilder text = new StringBuilder();
		criteria.forEach(c -> text.append(c.weight()).append('\t').append(c.criterion().replace('\n', ' ')).append('\n'));
		return text.toString();
	}

	static Checklist fromStored(String text) {
		List<ReviewCriterion> criteria = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				int tab = line.indexOf('\t');
				criteria.add(new ReviewCriterion(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab))));
			}
		}
		return new Checklist(criteria);
	}

	/** Scores as stored: the same lines, the score where the weight stood. */
	static String storedScores(Map<String, BigDecimal> scores) {
		StringBuilder text = new StringBuilder();
		scores.forEach((k, v) -> text.append(v.toPlainString()).append('\t').append(k.replace('\n', ' ')).append('\n'));
		return text.toString();
	}

	static Map<String, BigDecimal> scoresFromStored(String text) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		if (text != null) {
			for (String line : text.split("\n")) {
				if (!line.isBlank()) {
					int tab = line.indexOf('\t');
					scores.put(line.substring(tab + 1), new BigDecimal(line.substring(0, tab)));
				}
			}
		}
		return scores;
	}
}
