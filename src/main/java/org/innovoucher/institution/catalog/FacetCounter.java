package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the facets of everything a query matched. Every item has exactly one value in each facet
 * (category, city, institution type, price range), and few values exist, so each segment's values
 * are read once into arrays indexed by document (kept as long as the segment lives): counting a
 * million matches is then a few array increments per match, not a walk through doc values.
 */
final class FacetCounter {

	/** One segment's value of each facet per document, and the values' labels. */
	private record SegmentValues(int[][] ords, String[][] labels) {
	}

	private final List<String> dimensions;
	private final Map<IndexReader.CacheKey, SegmentValues> segments = new ConcurrentHashMap<>();

	FacetCounter(List<String> dimensions) {
		this.dimensions = List.copyOf(dimensions);
	}

	/** A collector manager whose result is the counts per facet, each value with its count. */
	CollectorManager<Counting, Map<String, Map<String, Long>>> manager() {
		return new CollectorManager<>() {
			@Override
			public Counting newCollector() {
				return new Counting();
			}

			@Override
			public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) {
				Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
				dimensions.forEach(d -> counts.put(d, new LinkedHashMap<>()));
				collectors.forEach(c -> c.addTo(counts));
				return counts;
			}
		};
	}

	/** Counts per segment, by the segment's own ordinals; labelled at the end. */
	final class Counting extends SimpleCollector {

		private final List<SegmentValues> seen = new ArrayList<>();
		private final List<int[][]> counted = new ArrayList<>();
		private int[][] ords;
		private int[][] counts;

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			SegmentValues values = valuesOf(context.reader());
			ords = values.ords();
			counts = new int[dimensions.size()][];
			for (int d = 0; d < counts.length; d++) {
				counts[d] = new int[values.labels()[d].length];
			}
			seen.add(values);
			counted.add(counts);
		}

		@Override
		public void collect(int doc) {
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

		void addTo(Map<String, Map<String, Long>> into) {
			for (int s = 0; s < seen.size(); s++) {
				for (int d = 0; d < dimensions.size(); d++) {
					Map<String, Long> dim = into.get(dimensions.get(d));
					int[] n = counted.get(s)[d];
					for (int ord = 0; ord < n.length; ord++) {
						if (n[ord] > 0) {
							dim.merge(seen.get(s).labels()[d][ord], (long) n[ord], Long::sum);
						}
					}
				}
			}
		}
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
				java.util.Arrays.fill(ords[d], -1);
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
