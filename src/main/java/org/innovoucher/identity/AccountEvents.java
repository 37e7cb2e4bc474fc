package org.innovoucher.identity;

import org.innovoucher.audit.AuditedDataChange;

/** What happens to accounts; each is a line of the audit trail (entity type {@code USER}). */
public final class AccountEvents {

	static final String USER = "USER";

	private AccountEvents() {
	}

	/** A change of an account; the entity is always the account. */
	interface AccountEvent extends AuditedDataChange {

		String userId();

		default String entityType() {
			return USER;
		}

		default String entityId() {
			return userId();
		}
	}

	/**
	 * An account was created. {@code creator} is who acted: the signed-in caller, else the registrant
	 * of a party's account (a self-registration), else "system" (the bootstrap administrator).
	 */
	public record UserCreated(String userId, String roles, String regionCode, String creator) implements AccountEvent {

		public String action() {
			return "USER_CREATED";
		}

		public String to() {
			return "ENABLED";
		}

		public String reason() {
			return "roles " + roles + (regionCode == null ? "" : " in " + regionCode);
		}

		@Override
		public String actor() {
			return creator;
		}
	}

	public record UserDisabled(String userId) implements AccountEvent {

		public String action() {
			return "USER_DISABLED";
		}

		public String from() {
			return "ENABLED";
		}

		public String to() {
			return "DISABLED";
		}
	}

	public record UserEnabled(String userId) implements AccountEvent {

		public String action() {
			return "USER_ENABLED";
		}

		public String from() {
			return "DISABLED";
		}

		public String to() {
			return "ENABLED";
		}
	}

	/** New roles and region, each written as {@code [ROLES] in region}. */
	public record UserRolesChanged(String userId, String from, String to) implements AccountEvent {

		public String action() {
			return "USER_ROLES_CHANGED";
		}
	}

	/** An administrator set a new password. */
	public record UserPasswordReset(String userId) implements AccountEvent {

		public String action() {
			return "USER_PASSWORD_RESET";
		}
	}

	/** The account's holder changed their own password. */
	public record UserPasswordChanged(String userId) implements AccountEvent {

		public String action() {
			return "USER_PASSWORD_CHANGED";
		}
	}
}
