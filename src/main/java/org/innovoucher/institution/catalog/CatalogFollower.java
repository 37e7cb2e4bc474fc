package org.innovoucher.institution.catalog;

import org.innovoucher.institution.InstitutionEvents;
import org.innovoucher.shared.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps this instance's index in step with the catalog. Writes made here are applied as soon as
 * their transaction commits, so the next request finds them; writes of other instances arrive by
 * the periodic catch-up ({@code innovoucher.catalog.refresh-interval}, a few seconds), which also
 * repairs anything an in-process update missed. An administrator may rebuild the index whole with
 * the job {@code catalog-reindex}.
 */
@Component
class CatalogFollower implements Job {

	private static final Logger log = LoggerFactory.getLogger(CatalogFollower.class);

	private final CatalogIndex index;
	private final CatalogRows rows;

	CatalogFollower(CatalogIndex index, CatalogRows rows) {
		this.index = index;
		this.rows = rows;
	}

	@EventListener
	void on(InstitutionEvents.ServiceItemAdded e) {
		afterCommit(() -> index.reindex(rows.item(e.serviceId())));
	}

	@EventListener
	void on(InstitutionEvents.ServiceItemChanged e) {
		afterCommit(() -> index.reindex(rows.item(e.serviceId())));
	}

	@EventListener
	void on(InstitutionEvents.ServiceItemWithdrawn e) {
		afterCommit(() -> index.reindex(rows.item(e.serviceId())));
	}

	@EventListener
	void on(InstitutionEvents.RecognitionChanged e) {
		afterCommit(() -> index.reindex(rows.ofInstitution(e.institutionId())));
	}

	@Scheduled(fixedDelayString = "${innovoucher.catalog.refresh-interval:PT2S}",
			initialDelayString = "${innovoucher.catalog.refresh-interval:PT2S}")
	void catchUp() {
		try {
			index.catchUp();
		}
		catch (RuntimeException e) {
			// the next round reads the same changes again
			log.warn("catalog index catch-up failed: {}", e.getMessage());
		}
	}

	@Override
	public String name() {
		return "catalog-reindex";
	}

	@Override
	public int run() {
		return index.rebuild();
	}

	/** After the writer's commit: before it the change is not there to read. */
	private static void afterCommit(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					work.run();
				}
				catch (RuntimeException e) {
					// the write stands; the catch-up applies it a moment later
					log.warn("catalog index update failed, left to the catch-up: {}", e.getMessage());
				}
			}
		});
	}
}
