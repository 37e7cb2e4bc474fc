package org.innovoucher.audit;

/**
 * An audited change that moves no status (accounts, programs' texts and budgets): from and to are
 * null unless the event's record names them, and so is the reason unless it says why or what changed.
 */
public interface AuditedDataChange extends AuditedEvent {

	@Override
	default String from() {
		return null;
	}

	@Override
	default String to() {
		return null;
	}

	@Override
	default String reason() {
		return null;
	}
}
