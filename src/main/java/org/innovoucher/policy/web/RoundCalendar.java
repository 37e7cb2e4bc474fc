package org.innovoucher.policy.web;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.policy.Round;

/**
 * A program's rounds as the public program page shows them: each with whether it is past, taking
 * applications now or still to come (written out, never by colour alone), and the round an applicant
 * applies in now, or the next one to wait for.
 */
record RoundCalendar(List<Entry> entries, Round current, Round next) {

	enum State {
		PAST, CURRENT, UPCOMING
	}

	record Entry(Round round, State state) {
	}

	static RoundCalendar of(List<Round> rounds, LocalDate today) {
		Round current = null;
		Round next = null;
		List<Entry> entries = new java.util.ArrayList<>();
		for (Round round : rounds) {
			State state = round.isOpenOn(today) ? State.CURRENT
					: round.applicationOpensOn().isAfter(today) ? State.UPCOMING : State.PAST;
			if (state == State.CURRENT) {
				current = round;
			}
			if (state == State.UPCOMING && next == null) {
				next = round;
			}
			entries.add(new Entry(round, state));
		}
		return new RoundCalendar(List.copyOf(entries), current, next);
	}
}
