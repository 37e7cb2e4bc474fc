package org.innovoucher.shared.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects items during a transaction and hands them to a writer together, just before the
 * transaction commits and after the persistence context is flushed. The hash chains use it so that
 * their head row is the last lock a transaction takes: appends never deadlock with the row locks
 * business operations take in between. {@code order} sets which buffer writes first where several
 * take part in one transaction.
 */
public final class BeforeCommitBuffer<T> {

	private static final HibernateJpaDialect TRANSLATOR = new HibernateJpaDialect();

	private final EntityManager entityManager;
	private final int order;
	private final Consumer<List<T>> writer;

	public BeforeCommitBuffer(EntityManager entityManager, int order, Consumer<List<T>> writer) {
		this.entityManager = entityManager;
		this.order = order;
		this.writer = writer;
	}

	/**
	 * Flushes as a repository would: a value the database refuses (a NUL character, a duplicate) comes
	 * out as Spring's data access exception, which the API answers as bad input or a conflict, not as
	 * Hibernate's own exception (a 500).
	 */
	// not "flush": inside the synchronization that name is TransactionSynchronization.flush(), a no-op
	private void flushEntities() {
		try {
			entityManager.flush();
		}
		catch (RuntimeException e) {
			DataAccessException translated = TRANSLATOR.translateExceptionIfPossible(e);
			throw translated != null ? translated : e;
		}
	}

	/** Adds {@code item} to the current transaction's buffer; there must be an active transaction. */
	public void add(T item) {
		@SuppressWarnings("unchecked")
		List<T> buffer = (List<T>) TransactionSynchronizationManager.getResource(this);
		if (buffer == null) {
			List<T> created = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					flushEntities();
					writer.accept(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommitBuffer.this);
				}

				@Override
				public int getOrder() {
					return order;
				}
			});
			buffer = created;
		}
		buffer.add(item);
	}
}
