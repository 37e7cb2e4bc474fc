package org.innovoucher.expert;

import org.innovoucher.audit.AuditedEvent;

/** What happens to experts and panels; each is a line of the audit trail. */
public final class ExpertEvents {

	static final String EXPERT = "EXPERT";
	static final String PANEL = "REVIEW_PANEL";

	private ExpertEvents() {
	}

	interface ExpertEvent extends AuditedEvent {

		String expertId();

		@Override
		default String entityType() {
			return EXPERT;
		}

		@Override
		default String entityId() {
			return expertId();
		}

		/** Most of these lines change no status: they say so once here. */
		@Override
		default String from() {
			return null;
		}

		@Override
		default String to() {
			return null;
		}
	}

	interface PanelEvent extends AuditedEvent {

		String panelId();

		@Override
		default String entityType() {
			return PANEL;
		}

		@Override
		default String entityId() {
			return panelId();
		}

		/** Most of these lines change no status: they say so once here. */
		@Override
		default String from() {
			return null;
		}

		@Override
		default String to() {
			return null;
		}
	}

	public record ExpertRegistered(String expertId, String name, String fields) implements ExpertEvent {

		@Override
		public String action() {
			return "EXPERT_REGISTERED";
		}

		@Override
		public String to() {
			return "AVAILABLE";
		}

		@Override
		public String reason() {
			return name + " (" + fields + ")";
		}
	}

	public record AvailabilityChanged(String expertId, boolean available) implements ExpertEvent {

		@Override
		public String action() {
			return "EXPERT_AVAILABILITY_CHANGED";
		}

		@Override
		public String from() {
			return available ? "UNAVAILABLE" : "AVAILABLE";
		}

		@Override
		public String to() {
			return available ? "AVAILABLE" : "UNAVAILABLE";
		}

		@Override
		public String reason() {
			return null;
		}
	}

	public record ConflictDeclared(String expertId, String uscc, String declared) implements ExpertEvent {

		@Override
		public String action() {
			return "EXPERT_CONFLICT_DECLARED";
		}

		@Override
		public String reason() {
			return uscc + ": " + declared;
		}
	}

	public record PanelDrawn(String panelId, String subjectType, String subjectId, String experts) implements PanelEvent {

		@Override
		public String action() {
			return "PANEL_DRAWN";
		}

		@Override
		public String to() {
			return "ROUND_1";
		}

		@Override
		public String reason() {
			return subjectType + " " + subjectId + ": " + experts;
		}
	}

	public record PanelNotDrawn(String panelId, String subjectType, String subjectId, String why) implements PanelEvent {

		@Override
		public String action() {
			return "PANEL_NOT_DRAWN";
		}

		@Override
		public String to() {
			return "UNDRAWN";
		}

		@Override
		public String reason() {
			return why;
		}
	}

	public record AssignmentDeclined(String panelId, String expertId, String replacedBy, String why) implements PanelEvent {

		@Override
		public String action() {
			return "ASSIGNMENT_DECLINED";
		}

		@Override
		public String reason() {
			return expertId + " declined (" + why + "), " + (replacedBy == null ? "no replacement: the panel shrinks" : "replaced by " + replacedBy);
		}
	}

	public record ScoresGiven(String panelId, String expertId, int round, java.math.BigDecimal total) implements PanelEvent {

		@Override
		public String action() {
			return "PANEL_SCORES_GIVEN";
		}

		@Override
		public String reason() {
			return "round " + round + " total " + total;
		}
	}

	public record SecondRoundOpened(String panelId, java.math.BigDecimal spread) implements PanelEvent {

		@Override
		public String action() {
			return "PANEL_SECOND_ROUND";
		}

		@Override
		public String from() {
			return "ROUND_1";
		}

		@Override
		public String to() {
			return "ROUND_2";
		}

		@Override
		public String reason() {
			return "spread " + spread;
		}
	}

	public record PanelConcluded(String panelId, String subjectType, String subjectId, String from, java.math.BigDecimal trimmedMean, boolean passed) implements PanelEvent {

		@Override
		public String action() {
			return "PANEL_CONCLUDED";
		}

		@Override
		public String to() {
			return "DONE";
		}

		@Override
		public String reason() {
			return "trimmed mean " + trimmedMean + (passed ? ", passed" : ", not passed");
		}
	}
}
