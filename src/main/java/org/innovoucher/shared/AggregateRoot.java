package org.innovoucher.shared;

import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An aggregate that raises past-tense events from its named operations (Spring Data publishes them
 * when the aggregate is saved through its repository). The audit trail and the notifications listen.
 */
public abstract class AggregateRoot<A extends AggregateRoot<A>> extends AbstractAggregateRoot<A> {

	/** Raises {@code event}; it is published when this aggregate is next saved. */
	protected <T> T raise(T event) {
		return registerEvent(event);
	}

	/** The events raised since the aggregate was last saved, oldest first. */
	public List<Object> raisedEvents() {
		return List.copyOf(domainEvents());
	}
}
