package org.innovoucher.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code innovoucher.batch.*}: how many items one batch request may carry. A reviewer selects the
 * files of a queue page or two; a batch larger than this is refused whole, before anything is
 * decided, so a request never runs past the client's patience or the idempotency lease.
 */
@ConfigurationProperties("innovoucher.batch")
public record BatchProperties(Integer maxItems) {

	/** A month of a city's claims at the Shanxi scale, decided in seconds (BatchDecisionBenchmark). */
	public static final int DEFAULT_MAX_ITEMS = 500;

	public BatchProperties {
		maxItems = maxItems == null || maxItems < 1 ? DEFAULT_MAX_ITEMS : maxItems;
	}
}
