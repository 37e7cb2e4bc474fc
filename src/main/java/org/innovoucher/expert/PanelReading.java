package org.innovoucher.expert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A panel as one person may read it. Staff of the region read every member by name; an expert reads
 * their own seat and, once round two opened, the others' round-one scores and comments under letters,
 * never their names (domain.md: "without names").
 *
 * @param own the reading expert's seat; null for staff
 * @param others the other members as an expert sees them in round two, lettered; empty otherwise
 */
public record PanelReading(ReviewPanel panel, PanelAssignment own, List<Member> members, List<Member> others) {

	/** One member: named for staff; lettered and without id for an expert reading the others. */
	public record Member(String id, String label, String expertId, String name, PanelAssignment.Status status, LocalDate dueOn,
			List<RoundScores> rounds, String declinedReason) {

		/** The scores of {@code round}, or null until given. */
		public RoundScores round(int round) {
			return rounds.stream().filter(r -> r.round() == round).findFirst().orElse(null);
		}
	}

	/** One round's scores of one member. */
	public record RoundScores(int round, Map<String, BigDecimal> scores, BigDecimal total, String comment,
			LocalDate scoredOn) {
	}

	static PanelReading forStaff(ReviewPanel panel, Map<String, String> names) {
		List<Member> members = new ArrayList<>();
		for (PanelAssignment a : panel.getAssignments()) {
			members.add(new Member(a.getId(), letter(members.size()), a.getExpertId(), names.get(a.getExpertId()), a.getStatus(),
					a.getDueOn(), rounds(a, 2), a.getDeclinedReason()));
		}
		return new PanelReading(panel, null, members, List.of());
	}

	static PanelReading forExpert(ReviewPanel panel, String expertId) {
		PanelAssignment own = panel.seatOf(expertId).orElseThrow();
		Member self = new Member(own.getId(), null, expertId, null, own.getStatus(), own.getDueOn(), rounds(own, 2),
				own.getDeclinedReason());
		List<Member> others = new ArrayList<>();
		if (panel.getRound() == 2 && own.isActive()) {
			for (PanelAssignment a : panel.active()) {
				if (a != own) {
					others.add(new Member(null, letter(others.size()), null, null, null, null, rounds(a, 1), null));
				}
			}
		}
		return new PanelReading(panel, own, List.of(self), others);
	}

	private static List<RoundScores> rounds(PanelAssignment a, int upTo) {
		List<RoundScores> rounds = new ArrayList<>();
		for (int r = 1; r <= upTo; r++) {
			if (a.scored(r)) {
				rounds.add(new RoundScores(r, a.scores(r), a.total(r), a.comment(r), a.scoredOn(r)));
			}
		}
		return rounds;
	}

	private static String letter(int index) {
		return String.valueOf((char) ('A' + index));
	}

	/** Whether the reading expert still has to score the current round. */
	public boolean toScore() {
		return own != null && own.isActive() && own.getStatus() == PanelAssignment.Status.OPEN && !own.scored(panel.getRound());
	}

	/** Whether the reading expert may still decline: round one, not yet scored. */
	public boolean declinable() {
		return toScore() && panel.getStatus() == ReviewPanel.Status.ROUND_1;
	}
}
