package org.innovoucher.audit;

import java.time.OffsetDateTime;

/** One recorded change: who, when, what, from which state to which, why; and its chain hash. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record AuditEntry(long seq, OffsetDateTime at, String actor, String action, String entityType, String entityId,
		String from, String to, String reason, String prevHash, String hash) {
}
