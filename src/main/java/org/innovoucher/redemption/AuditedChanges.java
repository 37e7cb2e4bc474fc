package org.innovoucher.redemption;

import org.innovoucher.audit.AuditedEvent;

/**
 * The module's audited entity types (their regions are {@link AuditedClaims}'), and what the events
 * of each say to the audit trail about which file changed.
 */
final class AuditedChanges {

	static final String CLAIM = "REDEMPTION";
	static final String NOTICE = "PUBLIC_NOTICE";
	static final String OBJECTION = "OBJECTION";
	static final String RUN = "PAYMENT_RUN";

	private AuditedChanges() {
	}

	/** An audited change of a claim. */
	interface ClaimEvent extends AuditedEvent {

		String claimId();

		@Override
		default String entityType() {
			return CLAIM;
		}

		@Override
		default String entityId() {
			return claimId();
		}
	}

	/** An audited change of a public notice. */
	interface NoticeEvent extends AuditedEvent {

		String noticeId();

		@Override
		default String entityType() {
			return NOTICE;
		}

		@Override
		default String entityId() {
			return noticeId();
		}
	}

	/** An audited change of an objection. */
	interface ObjectionEvent extends AuditedEvent {

		String objectionId();

		@Override
		default String entityType() {
			return OBJECTION;
		}

		@Override
		default String entityId() {
			return objectionId();
		}
	}

	/** An audited change of a payment run. */
	interface RunEvent extends AuditedEvent {

		String runId();

		@Override
		default String entityType() {
			return RUN;
		}

		@Override
		default String entityId() {
			return runId();
		}
	}
}
