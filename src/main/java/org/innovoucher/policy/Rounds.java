package org.innovoucher.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rounds of a program (domain.md, "Cycles and rounds"): the ones it lists, or those its cycle makes
 * inside the application window. An annual or rolling program is one round; a semi-annual, quarterly or
 * monthly one has a round per calendar half, quarter or month the window touches, cut to the window.
 */
public final class Rounds {

	/** Files of a round are reviewed together this many days after it closes, unless the program lists its rounds. */
	public static final int REVIEW_BATCH_DAYS_AFTER_CLOSE = 15;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private Rounds() {
	}

	/** The program's rounds in order: listed, or made by the cycle. */
	public static List<Round> of(ProgramRules.Window window) {
		if (window.rounds() != null && !window.rounds().isEmpty()) {
			return window.rounds();
		}
		return generate(window.cycle() == null ? ProgramRules.Window.CYCLE : window.cycle(),
				window.applicationOpensOn(), window.applicationClosesOn());
	}

	/** The round taking applications on this day, if any. */
	public static Optional<Round> on(ProgramRules.Window window, LocalDate day) {
		return of(window).stream().filter(r -> r.isOpenOn(day)).findFirst();
	}

	/** The round whose window holds this day, or the last that opened before it (a file filed late counts there). */
	public static Optional<Round> containing(ProgramRules.Window window, LocalDate day) {
		Round latest = null;
		for (Round round : of(window)) {
			if (!round.applicationOpensOn().isAfter(day)) {
				latest = round;
			}
		}
		return Optional.ofNullable(latest);
	}

	static List<Round> generate(Cycle cycle, LocalDate opensOn, LocalDate closesOn) {
		if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
			return List.of();
		}
		if (cycle == Cycle.ANNUAL || cycle == Cycle.ROLLING) {
			String name = opensOn.getYear() == closesOn.getYear() ? String.valueOf(opensOn.getYear())
					: opensOn.getYear() + "–" + closesOn.getYear();
			return List.of(new Round(name, opensOn, closesOn, cycle == Cycle.ROLLING ? null : batchAfter(closesOn)));
		}
		int months = switch (cycle) {
			case SEMI_ANNUAL -> 6;
			case QUARTERLY -> 3;
			default -> 1;
		};
		List<Round> rounds = new ArrayList<>();
		LocalDate periodStart = LocalDate.of(opensOn.getYear(), ((opensOn.getMonthValue() - 1) / months) * months + 1, 1);
		while (!periodStart.isAfter(closesOn)) {
			LocalDate periodEnd = periodStart.plusMonths(months).minusDays(1);
			LocalDate from = periodStart.isBefore(opensOn) ? opensOn : periodStart;
			LocalDate to = periodEnd.isAfter(closesOn) ? closesOn : periodEnd;
			rounds.add(new Round(name(cycle, periodStart), from, to, batchAfter(to)));
			periodStart = periodStart.plusMonths(months);
		}
		return List.copyOf(rounds);
	}

	private static String name(Cycle cycle, LocalDate periodStart) {
		int index = (periodStart.getMonthValue() - 1) / (cycle == Cycle.SEMI_ANNUAL ? 6 : 3) + 1;
		return switch (cycle) {
			case SEMI_ANNUAL -> periodStart.getYear() + " H" + index;
			case QUARTERLY -> periodStart.getYear() + " Q" + index;
			default -> periodStart.format(MONTH);
		};
	}

	private static LocalDate batchAfter(LocalDate closesOn) {
		return closesOn.plusDays(REVIEW_BATCH_DAYS_AFTER_CLOSE);
	}
}
