package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts the facets of everything a query matched, and so how many it matched, and feeds the same
 * matches to the page's {@link PageSelector} where the page is ordered by a key: one pass over the
 * matches does both. Every item has exactly one value in each facet (category, city, institution
 * type, price range), and few values exist, so counting a million matches is a few array increments
 * per match ({@link SegmentColumns}). The counts of the whole catalog (a search without words or
 * filters, the catalog's first page) are kept per segment as long as its deletions do not change,
 * and so are the counts of recent searches (a page further on, another order, the next visitor's
 * same words), as search engines keep their recent requests' aggregations; such a segment is then
 * read for the page alone. The query is counted without scores, so the searcher's query cache keeps
 * the matches of words searched often.
 */
final class FacetCounter {

	/** How many matched in all, and per facet each value's count. */
	record Counted(long total, Map<String, Map<String, Long>> counts) {
	}

	/** A search's counts in one segment as it is (with its deletions), kept for the next same search. */
	private record Recent(IndexReader.CacheKey segment, Query query) {
	}

	/**
	 * How many segments' counts of recent searches are kept: a few kilobytes each (a count per city),
	 * so some tens of megabytes at most.
	 */
	private static final int RECENT = 10_000;

	/** One segment's counts by its own ordinals, and how many documents they cover. */
	private record SegmentCounts(SegmentColumns.Columns values, int[][] counts, int matched) {
	}

	private final SegmentColumns columns;
	private final PerSegment<SegmentCounts> everything = new PerSegment<>();
	/**
	 * Read by every search at once without a lock: a map kept in access order under one lock had
	 * searches wait, on two cores, for a holder the scheduler had paused (a tenth of a second's waits
	 * at 8 clients). Evicted in the searching thread: no pool of its own.
	 */
	private final Cache<Recent, SegmentCounts> recent = Caffeine.newBuilder()
		.maximumSize(RECENT)
		.executor(Runnable::run)
		.build();
	private final Set<IndexReader.CacheKey> watched = ConcurrentHashMap.newKeySet();

	FacetCounter(SegmentColumns columns) {
		this.columns = columns;
	}

	/** The counts of what {@code query} matches; {@code page}, where given, is offered every match. */
	Counted count(IndexSearcher view, Query query, PageSelector page) throws IOException {
		List<SegmentCounts> all = new ArrayList<>();
		Weight weight = null;
		for (LeafReaderContext leaf : view.getIndexReader().leaves()) {
			SegmentCounts counts;
			Recent key = null;
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			if (query instanceof MatchAllDocsQuery) {
				counts = everythingIn(leaf.reader());
			}
			else {
				key = helper == null ? null : new Recent(helper.getKey(), query);
				counts = key == null ? null : recent.getIfPresent(key);
			}
			if (weight == null && (counts == null || page != null)) {
				weight = view.createWeight(view.rewrite(new ConstantScoreQuery(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
			}
			if (counts == null) {
				counts = countIn(leaf, weight, page);
				if (key != null) {
					remember(helper, key, counts);
				}
			}
			else if (page != null) {
				page.fill(leaf, counts.values(), weight, counts.matched());
			}
			all.add(counts);
		}
		return label(all);
	}

	private Counted label(List<SegmentCounts> segmentCounts) {
		List<String> dimensions = columns.dimensions();
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		dimensions.forEach(d -> counts.put(d, new LinkedHashMap<>()));
		long total = 0;
		for (SegmentCounts segment : segmentCounts) {
			total += segment.matched();
			for (int d = 0; d < dimensions.size(); d++) {
				Map<String, Long> dim = counts.get(dimensions.get(d));
				int[] n = segment.counts()[d];
				for (int ord = 0; ord < n.length; ord++) {
					if (n[ord] > 0) {
						dim.merge(segment.values().labels()[d][ord], (long) n[ord], Long::sum);
					}
				}
			}
		}
		return new Counted(total, counts);
	}

	/** One segment's matches counted by the segment's own ordinals, each also offered to the page. */
	private SegmentCounts countIn(LeafReaderContext leaf, Weight weight, PageSelector page) throws IOException {
		SegmentColumns.Columns values = columns.of(leaf.reader());
		int[][] ords = values.ords();
		int[][] counts = emptyCounts(values);
		int[] matched = { 0 };
		PageSelector.Segment best = page == null ? null : page.segment(leaf, values);
		BulkScorer scorer = weight.bulkScorer(leaf);
		if (scorer != null) {
			scorer.score(new LeafCollector() {
				@Override
				public void setScorer(Scorable ignored) {
					// counts need no scores
				}

				@Override
				public void collect(int doc) {
					matched[0]++;
					tally(ords, counts, doc);
					if (best != null) {
						best.offer(doc);
					}
				}
			}, leaf.reader().getLiveDocs());
		}
		return new SegmentCounts(values, counts, matched[0]);
	}

	/** Kept until the segment's deletions change or it is merged away, or newer searches push it out. */
	private void remember(IndexReader.CacheHelper helper, Recent key, SegmentCounts counts) {
		if (watched.add(helper.getKey())) {
			helper.addClosedListener(closed -> {
				watched.remove(closed);
				recent.asMap().keySet().removeIf(k -> k.segment() == closed);
			});
		}
		recent.put(key, counts);
	}

	private static int[][] emptyCounts(SegmentColumns.Columns values) {
		int[][] counts = new int[values.labels().length][];
		for (int d = 0; d < counts.length; d++) {
			counts[d] = new int[values.labels()[d].length];
		}
		return counts;
	}

	/** One document's value counted in each facet. */
	private static void tally(int[][] ords, int[][] counts, int doc) {
		for (int d = 0; d < ords.length; d++) {
			int ord = ords[d][doc];
			if (ord >= 0) {
				counts[d][ord]++;
			}
		}
	}

	/** Every live document of a segment counted; kept until its deletions change (a new reader). */
	private SegmentCounts everythingIn(LeafReader reader) {
		return everything.get(reader.getReaderCacheHelper(), () -> countEverything(reader));
	}

	private SegmentCounts countEverything(LeafReader reader) {
		SegmentColumns.Columns values = columns.of(reader);
		int[][] counts = emptyCounts(values);
		Bits live = reader.getLiveDocs();
		int matched = 0;
		for (int doc = 0; doc < reader.maxDoc(); doc++) {
			if (live == null || live.get(doc)) {
				matched++;
				tally(values.ords(), counts, doc);
			}
		}
		return new SegmentCounts(values, counts, matched);
	}
}
