package org.innovoucher.institution.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.index.IndexReader;

/**
 * What is worked out once per segment and kept as long as it lives: by its core (its documents,
 * whatever is deleted since) or by its reader (its documents as they are, deletions included), as
 * the cache helper given says. Dropped when the segment is closed (merged away or its deletions
 * changed).
 */
final class PerSegment<V> {

	private final Map<IndexReader.CacheKey, V> values = new ConcurrentHashMap<>();

	/** The kept value, or {@code compute}'s, kept from now on (not kept where there is no helper). */
	V get(IndexReader.CacheHelper helper, Supplier<V> compute) {
		if (helper == null) {
			return compute.get();
		}
		return values.computeIfAbsent(helper.getKey(), key -> {
			helper.addClosedListener(values::remove);
			return compute.get();
		});
	}
}
