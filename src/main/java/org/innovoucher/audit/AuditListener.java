package org.innovoucher.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends audited events to the trail. A plain, synchronous listener on purpose: it runs in the
 * publisher's transaction (the trail writes its entries just before that transaction commits), not
 * after the commit as the notification listeners do.
 */
@Component
class AuditListener {

	private final AuditTrail trail;

	AuditListener(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AuditedEvent event) {
		if (event.actor() != null) {
			trail.recordAs(event.actor(), event.action(), event.entityType(), event.entityId(), event.from(), event.to(),
					event.reason());
			return;
		}
		trail.record(event.action(), event.entityType(), event.entityId(), event.from(), event.to(), event.reason());
	}
}
