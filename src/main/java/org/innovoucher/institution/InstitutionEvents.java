package org.innovoucher.institution;

import org.innovoucher.audit.AuditedEvent;

/** What happens to institutions and their catalogs; each is a line of the audit trail. */
public final class InstitutionEvents {

	static final String INSTITUTION = "INSTITUTION";
	static final String SERVICE = "SERVICE";

	private InstitutionEvents() {
	}

	/** An audited change of an institution. */
	interface InstitutionEvent extends AuditedEvent {

		String institutionId();

		@Override
		default String entityType() {
			return INSTITUTION;
		}

		@Override
		default String entityId() {
			return institutionId();
		}
	}

	/** An audited change of a catalog item. */
	interface ServiceItemEvent extends AuditedEvent {

		String serviceId();

		@Override
		default String entityType() {
			return SERVICE;
		}

		@Override
		default String entityId() {
			return serviceId();
		}
	}

	/** Self-registration: open to anyone, so the registrant is named as who acted. */
	public record InstitutionRegistered(String institutionId, String name, String registrant)
			implements InstitutionEvent {

		public String action() {
			return "INSTITUTION_REGISTERED";
		}

		public String from() {
			return null;
		}

		public String to() {
			return Institution.Status.PENDING_RECOGNITION.name();
		}

		public String reason() {
			return name;
		}

		@Override
		public String actor() {
			return registrant;
		}
	}

	/**
	 * A move along the recognition lifecycle, decided by an operator. The action names the status
	 * reached ({@code INSTITUTION_RECOGNISED}, also when a suspended institution is reinstated).
	 */
	public sealed interface RecognitionChanged extends InstitutionEvent {

		String institutionId();

		Institution.Status before();

		Institution.Status after();

		String why();

		default String action() {
			return "INSTITUTION_" + after().name();
		}

		default String from() {
			return before().name();
		}

		default String to() {
			return after().name();
		}

		default String reason() {
			return why();
		}

		static RecognitionChanged of(String institutionId, Institution.Status before, Institution.Status after,
				String why) {
			return switch (after) {
				case RECOGNISED -> before == Institution.Status.SUSPENDED
						? new InstitutionReinstated(institutionId, why)
						: new InstitutionRecognised(institutionId, why);
				case REJECTED -> new InstitutionRejected(institutionId, why);
				case SUSPENDED -> new InstitutionSuspended(institutionId, why);
				case REVOKED -> new InstitutionRevoked(institutionId, before, why);
				case PENDING_RECOGNITION -> throw new IllegalArgumentException("no move back to " + after);
			};
		}
	}

	public record InstitutionRecognised(String institutionId, String why) implements RecognitionChanged {

		public Institution.Status before() {
			return Institution.Status.PENDING_RECOGNITION;
		}

		public Institution.Status after() {
			return Institution.Status.RECOGNISED;
		}
	}

	public record InstitutionRejected(String institutionId, String why) implements RecognitionChanged {

		public Institution.Status before() {
			return Institution.Status.PENDING_RECOGNITION;
		}

		public Institution.Status after() {
			return Institution.Status.REJECTED;
		}
	}

	public record InstitutionSuspended(String institutionId, String why) implements RecognitionChanged {

		public Institution.Status before() {
			return Institution.Status.RECOGNISED;
		}

		public Institution.Status after() {
			return Institution.Status.SUSPENDED;
		}
	}

	public record InstitutionReinstated(String institutionId, String why) implements RecognitionChanged {

		public Institution.Status before() {
			return Institution.Status.SUSPENDED;
		}

		public Institution.Status after() {
			return Institution.Status.RECOGNISED;
		}
	}

	public record InstitutionRevoked(String institutionId, Institution.Status before, String why)
			implements RecognitionChanged {

		public Institution.Status after() {
			return Institution.Status.REVOKED;
		}
	}

	public record ServiceItemAdded(String serviceId, String institutionId, String title) implements ServiceItemEvent {

		public String action() {
			return "SERVICE_ADDED";
		}

		public String from() {
			return null;
		}

		public String to() {
			return "ACTIVE";
		}

		public String reason() {
			return title;
		}
	}

	/** The institution changed what an item says (title, price, ...); the reason names its title now. */
	public record ServiceItemChanged(String serviceId, String institutionId, String title) implements ServiceItemEvent {

		public String action() {
			return "SERVICE_CHANGED";
		}

		public String from() {
			return "ACTIVE";
		}

		public String to() {
			return "ACTIVE";
		}

		public String reason() {
			return title;
		}
	}

	public record ServiceItemWithdrawn(String serviceId, String institutionId) implements ServiceItemEvent {

		public String action() {
			return "SERVICE_WITHDRAWN";
		}

		public String from() {
			return "ACTIVE";
		}

		public String to() {
			return "WITHDRAWN";
		}

		public String reason() {
			return null;
		}
	}

	/** The institution named the account it is paid to; the trail shows the bank and the last four digits. */
	public record BankAccountChanged(String institutionId, Institution.Status status, String before, String after)
			implements InstitutionEvent {

		public String action() {
			return "BANK_ACCOUNT_CHANGED";
		}

		public String from() {
			return status.name();
		}

		public String to() {
			return status.name();
		}

		public String reason() {
			return before == null ? after : before + " -> " + after;
		}
	}
}
