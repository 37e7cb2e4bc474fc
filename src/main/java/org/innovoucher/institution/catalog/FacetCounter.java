package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
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

/**
 * Counts the facets of everything a query matched, and so how many it matched. Every item has
 * exactly one value in each facet (category, city, institution type, price range), and few values
 * exist, so each segment's values are read once into arrays indexed by document (kept as long as the
 * segment lives): counting a million matches is then a few array increments per match, not a walk
 * through doc values. The counts of the whole catalog (a search without words or filters, the
 * catalog's first page) are kept per segment as long as its deletions do not change, and so are the
 * counts of recent searches (a page further on, another order, the next visitor's same words), as
 * search engines keep their recent requests' aggregations. The query is counted without scores, so
 * the searcher's query cache keeps the matches of words searched often.
 */
final class FacetCounter {

	/** How many matched in all, and per facet each value's count. */
	record Counted(long total, Map<String, Map<String, Long>> counts) {
	}

	/** One segment's value of each facet per document, and the values' labels. */
	private record SegmentValues(int[][] ords, String[][] labels) {
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
	private record SegmentCounts(SegmentValues values, int[][] counts, int matched) {
	}

	private final List<String> dimensions;
	private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();
	private final Map<IndexReader.CacheKey, SegmentCounts> everything = new ConcurrentHashMap<>();
	private final Map<Recent, SegmentCounts> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Recent, SegmentCounts> eldest) {
			return size() > RECENT;
		}
	});
	private final Set<IndexReader.CacheKey> watched = ConcurrentHashMap.newKeySet();

	FacetCounter(List<String> dimensions) {
		this.dimensions = List.copyOf(dimensions);
	}

	Counted count(IndexSearcher view, Query query) throws IOException {
		List<SegmentCounts> all = new ArrayList<>();
		Weight weight = null;
		for (LeafReaderContext leaf : view.getIndexReader().leaves()) {
			if (query instanceof MatchAllDocsQuery) {
				all.add(everythingIn(leaf.reader()));
				continue;
			}
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			Recent key = helper == null ? null : new Recent(helper.getKey(), query);
			SegmentCounts counts = key == null ? null : recent.get(key);
			if (counts == null) {
				if (weight == null) {
					weight = view.createWeight(view.rewrite(new ConstantScoreQuery(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
				}
				counts = countIn(leaf, weight);
				if (key != null) {
					remember(helper, key, counts);
				}
			}
			all.add(counts);
		}
		return label(all);
	}

	private Counted label(List<SegmentCounts> segmentCounts) {
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

	/** One segment's matches counted by the segment's own ordinals; labelled when all are counted. */
	private SegmentCounts countIn(LeafReaderContext leaf, Weight weight) throws IOException {
		SegmentValues values = valuesOf(leaf.reader());
		int[][] ords = values.ords();
		int[][] counts = emptyCounts(values);
		int[] matched = { 0 };
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
				synchronized (recent) {
					recent.keySet().removeIf(k -> k.segment() == closed);
				}
			});
		}
		recent.put(key, counts);
	}

	private int[][] emptyCounts(SegmentValues values) {
		int[][] counts = new int[dimensions.size()][];
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
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return countEverything(reader);
		}
		return everything.computeIfAbsent(helper.getKey(), key -> {
			helper.addClosedListener(everything::remove);
			return countEverything(reader);
		});
	}

	private SegmentCounts countEverything(LeafReader reader) {
		SegmentValues values = valuesOf(reader);
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

	private SegmentValues valuesOf(LeafReader reader) {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return read(reader);
		}
		return segments.computeIfAbsent(helper.getKey(), key -> {
			helper.addClosedListener(segments::remove);
			return read(reader);
		});
	}

	private SegmentValues read(LeafReader reader) {
		try {
			int[][] ords = new int[dimensions.size()][reader.maxDoc()];
			String[][] labels = new String[dimensions.size()][];
			for (int d = 0; d < dimensions.size(); d++) {
				SortedDocValues values = DocValues.getSorted(reader, dimensions.get(d));
				Arrays.fill(ords[d], -1);
				for (int doc = values.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
					ords[d][doc] = values.ordValue();
				}
				labels[d] = new String[values.getValueCount()];
				for (int ord = 0; ord < labels[d].length; ord++) {
					labels[d][ord] = values.lookupOrd(ord).utf8ToString();
				}
			}
			return new SegmentValues(ords, labels);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
