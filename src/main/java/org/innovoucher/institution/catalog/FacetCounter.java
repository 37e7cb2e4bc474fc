package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.Bits;

/**
 * Counts the facets of everything a query matched, and so how many it matched. Every item has
 * exactly one value in each facet (category, city, institution type, price range), and few values
 * exist, so each segment's values are read once into arrays indexed by document (kept as long as the
 * segment lives): counting a million matches is then a few array increments per match, not a walk
 * through doc values. The counts of the whole catalog (a search without words or filters, the
 * catalog's first page) are kept per segment as long as its deletions do not change. The query is
 * counted without scores, so the searcher's query cache keeps the matches of words searched often.
 */
final class FacetCounter {

	/** How many matched in all, and per facet each value's count. */
	record Counted(long total, Map<String, Map<String, Long>> counts) {
	}

	/** One segment's value of each facet per document, and the values' labels. */
	private record SegmentValues(int[][] ords, String[][] labels) {
	}

	/** One segment's counts by its own ordinals, and how many documents they cover. */
	private record SegmentCounts(SegmentValues values, int[][] counts, int matched) {
	}

	private final List<String> dimensions;
	private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();
	private final Map<IndexReader.CacheKey, SegmentCounts> everything = new ConcurrentHashMap<>();

	FacetCounter(List<String> dimensions) {
		this.dimensions = List.copyOf(dimensions);
	}

	Counted count(IndexSearcher view, Query query) throws IOException {
		if (query instanceof MatchAllDocsQuery) {
			List<SegmentCounts> all = new ArrayList<>();
			for (LeafReaderContext leaf : view.getIndexReader().leaves()) {
				all.add(everythingIn(leaf.reader()));
			}
			return label(all);
		}
		return view.search(new ConstantScoreQuery(query), new CollectorManager<Counting, Counted>() {
			@Override
			public Counting newCollector() {
				return new Counting();
			}

			@Override
			public Counted reduce(Collection<Counting> collectors) {
				List<SegmentCounts> all = new ArrayList<>();
				collectors.forEach(c -> all.addAll(c.done()));
				return label(all);
			}
		});
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

	/** Counts per segment, by the segment's own ordinals; labelled at the end. */
	private final class Counting extends SimpleCollector {

		private final List<SegmentCounts> done = new ArrayList<>();
		private SegmentValues values;
		private int[][] ords;
		private int[][] counts;
		private int matched;

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			finishSegment();
			values = valuesOf(context.reader());
			ords = values.ords();
			counts = emptyCounts(values);
		}

		@Override
		public void collect(int doc) {
			matched++;
			for (int d = 0; d < ords.length; d++) {
				int ord = ords[d][doc];
				if (ord >= 0) {
					counts[d][ord]++;
				}
			}
		}

		@Override
		public void setScorer(Scorable scorer) {
			// counts need no scores
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

		List<SegmentCounts> done() {
			finishSegment();
			return done;
		}

		private void finishSegment() {
			if (values != null) {
				done.add(new SegmentCounts(values, counts, matched));
				values = null;
				matched = 0;
			}
		}
	}

	private int[][] emptyCounts(SegmentValues values) {
		int[][] counts = new int[dimensions.size()][];
		for (int d = 0; d < counts.length; d++) {
			counts[d] = new int[values.labels()[d].length];
		}
		return counts;
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
				for (int d = 0; d < counts.length; d++) {
					int ord = values.ords()[d][doc];
					if (ord >= 0) {
						counts[d][ord]++;
					}
				}
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
