package org.innovoucher.enterprise;

import java.time.LocalDate;

import org.innovoucher.audit.AuditedEvent;

/** What happens to enterprises and their agency delegations; each is a line of the audit trail. */
public final class EnterpriseEvents {

	static final String ENTERPRISE = "ENTERPRISE";
	static final String DELEGATION = "DELEGATION";

	private EnterpriseEvents() {
	}

	/** An audited change of an enterprise. */
	interface EnterpriseEvent extends AuditedEvent {

		String enterpriseId();

		@Override
		default String entityType() {
			return ENTERPRISE;
		}

		@Override
		default String entityId() {
			return enterpriseId();
		}
	}

	/** An audited change of an agency delegation. */
	interface DelegationEvent extends AuditedEvent {

		String delegationId();

		@Override
		default String entityType() {
			return DELEGATION;
		}

		@Override
		default String entityId() {
			return delegationId();
		}
	}

	/** Self-registration: open to anyone, so the registrant is named as who acted. */
	public record EnterpriseRegistered(String enterpriseId, String name, String registrant) implements EnterpriseEvent {

		public String action() {
			return "ENTERPRISE_REGISTERED";
		}

		public String from() {
			return null;
		}

		public String to() {
			return Enterprise.Status.ACTIVE.name();
		}

		public String reason() {
			return name;
		}

		@Override
		public String actor() {
			return registrant;
		}
	}

	/** Banned until {@code bannedUntil} (a longer earlier ban stays); {@code why} as the caller gave it. */
	public record EnterpriseBanned(String enterpriseId, Enterprise.Status before, LocalDate bannedUntil, String why)
			implements EnterpriseEvent {

		public String action() {
			return "ENTERPRISE_BANNED";
		}

		public String from() {
			return before.name();
		}

		public String to() {
			return Enterprise.Status.BANNED.name();
		}

		public String reason() {
			return "until " + bannedUntil + ": " + why;
		}
	}

	public record DelegationGranted(String delegationId, String enterpriseId, String agencyUsername)
			implements DelegationEvent {

		public String action() {
			return "DELEGATION_GRANTED";
		}

		public String from() {
			return null;
		}

		public String to() {
			return "ACTIVE";
		}

		public String reason() {
			return "enterprise " + enterpriseId + " to agency " + agencyUsername;
		}
	}

	public record DelegationRevoked(String delegationId, String enterpriseId) implements DelegationEvent {

		public String action() {
			return "DELEGATION_REVOKED";
		}

		public String from() {
			return "ACTIVE";
		}

		public String to() {
			return "REVOKED";
		}

		public String reason() {
			return null;
		}
	}

	/** The enterprise named the account it is paid to; the trail shows the bank and the last four digits. */
	public record BankAccountChanged(String enterpriseId, Enterprise.Status status, String before, String after)
			implements EnterpriseEvent {

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
