package org.innovoucher.audit;

import java.time.OffsetDateTime;

/**
 * One recorded change: who, when, what, from which state to which, why, in which region's file
 * (none for system-wide records); and its seal in the chain.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record AuditEntry(long seq, OffsetDateTime at, String actor, String action, String entityType, String entityId,
		String from, String to, String reason, String regionCode, String prevHash, String hash) {
}
