package org.innovoucher.enterprise;

import java.time.LocalDate;

import org.innovoucher.audit.AuditedEvent;

/** What happens to enterprises and their agency delegations; each is a line of the audit trail. */
public final class EnterpriseEvents {

	private static final String ENTERPRISE = "ENTERPRISE";
	private static final String DELEGATION = "DELEGATION";

	private EnterpriseEvents() {
	}

	/** Self-registration: open to anyone, so the registrant is named as who acted. */
	public record EnterpriseRegistered(String enterpriseId, String name, String registrant) implements AuditedEvent {

		public String action() {
			return "ENTERPRISE_REGISTERED";
		}

		public String entityType() {
			return ENTERPRISE;
		}

		public String entityId() {
			return enterpriseId;
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
			implements AuditedEvent {

		public String action() {
			return "ENTERPRISE_BANNED";
		}

		public String entityType() {
			return ENTERPRISE;
		}

		public String entityId() {
			return enterpriseId;
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
			implements AuditedEvent {

		public String action() {
			return "DELEGATION_GRANTED";
		}

		public String entityType() {
			return DELEGATION;
		}

		public String entityId() {
			return delegationId;
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

	public record DelegationRevoked(String delegationId, String enterpriseId) implements AuditedEvent {

		public String action() {
			return "DELEGATION_REVOKED";
		}

		public String entityType() {
			return DELEGATION;
		}

		public String entityId() {
			return delegationId;
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
}
