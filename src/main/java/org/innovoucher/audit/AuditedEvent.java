package org.innovoucher.audit;

/**
 * A domain event that is also a line of the audit trail. Aggregates raise these from their named
 * operations; the audit module appends every published one in the publisher's transaction, so a
 * state change and its record commit or roll back together and no operation can forget its line.
 */
public interface AuditedEvent {

	/** What happened, e.g. {@code CLAIM_CONFIRMED}. */
	String action();

	/** The kind of file, e.g. {@code REDEMPTION}; the region of the entry is asked of its module. */
	String entityType();

	String entityId();

	/** The status before the change; null where the file is created. */
	String from();

	/** The status after the change (the same as {@link #from()} where only data changed). */
	String to();

	/** Why, or what was changed (amounts, references); may be null. */
	String reason();

	/**
	 * Who acted, where the signed-in caller cannot tell: a self-registration names the registrant, a
	 * public objection "public". Null (the default) records the current caller, or "system" for
	 * scheduled work.
	 */
	default String actor() {
		return null;
	}
}
