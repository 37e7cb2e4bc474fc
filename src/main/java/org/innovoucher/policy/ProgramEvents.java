package org.innovoucher.policy;

import org.innovoucher.audit.AuditedDataChange;
import org.innovoucher.shared.Money;

/** What happens to programs: authoring, publication, closing and budgets; each is a line of the audit trail. */
public final class ProgramEvents {

	static final String PROGRAM = "PROGRAM";

	private ProgramEvents() {
	}

	/** A change of a program's file; the entity is always the program. */
	interface ProgramEvent extends AuditedDataChange {

		String programId();

		default String entityType() {
			return PROGRAM;
		}

		default String entityId() {
			return programId();
		}
	}

	public record ProgramCreated(String programId, String name) implements ProgramEvent {

		public String action() {
			return "PROGRAM_CREATED";
		}

		public String to() {
			return Program.Status.DRAFT.name();
		}

		public String reason() {
			return name;
		}
	}

	/** New rules: a draft's version in place ({@code v1} to {@code v1}), an open program's next version. */
	public record ProgramAmended(String programId, int fromVersion, int toVersion, String name) implements ProgramEvent {

		public String action() {
			return "PROGRAM_AMENDED";
		}

		public String from() {
			return "v" + fromVersion;
		}

		public String to() {
			return "v" + toVersion;
		}

		public String reason() {
			return name;
		}
	}

	public record ProgramPublished(String programId) implements ProgramEvent {

		public String action() {
			return "PROGRAM_PUBLISHED";
		}

		public String from() {
			return Program.Status.DRAFT.name();
		}

		public String to() {
			return Program.Status.OPEN.name();
		}
	}

	public record ProgramClosed(String programId) implements ProgramEvent {

		public String action() {
			return "PROGRAM_CLOSED";
		}

		public String from() {
			return Program.Status.OPEN.name();
		}

		public String to() {
			return Program.Status.CLOSED.name();
		}
	}

	/** A region's budget of the program set to {@code amount}. */
	public record BudgetAllocated(String programId, String regionCode, Money amount) implements ProgramEvent {

		public String action() {
			return "BUDGET_SET";
		}

		public String reason() {
			return regionCode + " = " + amount;
		}
	}
}
