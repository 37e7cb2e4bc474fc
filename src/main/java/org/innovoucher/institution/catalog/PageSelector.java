package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.innovoucher.institution.CatalogQuery;

/**
 * The best matches of a search in an order by a key (price, lead time, or none: newest first), ties
 * to the newer item. It is fed by the pass that counts the facets, so a search reads its matches
 * once: each segment keeps its best in a small heap that turns most matches away with one
 * comparison. A segment whose counts were kept from an earlier search is read for the page alone
 * ({@link #fill}).
 */
final class PageSelector {

	/** What the page is ordered by; every order ends newest first. */
	enum Key {
		NEWEST, PRICE_ASC, PRICE_DESC, LEAD_TIME;

		static Key of(CatalogQuery.Order order) {
			return switch (order) {
				case PRICE_ASC -> PRICE_ASC;
				case PRICE_DESC -> PRICE_DESC;
				case LEAD_TIME -> LEAD_TIME;
				case RELEVANCE, NEWEST -> NEWEST;
			};
		}
	}

	/** One match that made its segment's best: its key, age and number in the whole index. */
	private record Candidate(long key, long created, int doc) {
	}

	private static final Comparator<Candidate> ORDER = Comparator.comparingLong(Candidate::key)
		.thenComparing(Comparator.comparingLong(Candidate::created).reversed())
		.thenComparingInt(Candidate::doc);

	private final Key key;
	private final int wanted;
	private final List<Segment> segments = new ArrayList<>();

	PageSelector(Key key, int wanted) {
		this.key = key;
		this.wanted = wanted;
	}

	/** A heap for one segment's matches, offered in any order. */
	Segment segment(LeafReaderContext leaf, SegmentColumns.Columns columns) {
		long[] column = switch (key) {
			case NEWEST -> null;
			case PRICE_ASC, PRICE_DESC -> columns.price();
			case LEAD_TIME -> columns.leadTime();
		};
		Segment segment = new Segment(leaf, column, key == Key.PRICE_DESC, Math.min(wanted, leaf.reader().maxDoc()));
		segments.add(segment);
		return segment;
	}

	/**
	 * One segment's matches read for the page alone. Newest first needs only the first matches in
	 * document order; by price or lead time Lucene's collector skips, by the key's points, every block
	 * of documents that cannot beat the page's last (a scan would read every match).
	 */
	void fill(LeafReaderContext leaf, SegmentColumns.Columns columns, Weight matches) throws IOException {
		Segment segment = segment(leaf, columns);
		if (segment.capacity == 0) {
			return;
		}
		if (key != Key.NEWEST) {
			BulkScorer scorer = matches.bulkScorer(leaf);
			if (scorer == null) {
				return;
			}
			// one key; ties go to the lower document, the newer
			TopFieldCollector best = new TopFieldCollectorManager(new Sort(new SortField(
					key == Key.LEAD_TIME ? CatalogFields.LEAD_TIME : CatalogFields.PRICE, SortField.Type.LONG,
					key == Key.PRICE_DESC)), segment.capacity, null, segment.capacity).newCollector();
			LeafCollector collector = best.getLeafCollector(leaf);
			scorer.score(collector, leaf.reader().getLiveDocs());
			collector.finish();
			for (ScoreDoc doc : best.topDocs().scoreDocs) {
				segment.offer(doc.doc - leaf.docBase);
			}
			return;
		}
		Scorer scorer = matches.scorer(leaf);
		if (scorer == null) {
			return;
		}
		DocIdSetIterator docs = scorer.iterator();
		Bits live = leaf.reader().getLiveDocs();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			if (live == null || live.get(doc)) {
				segment.offer(doc);
				if (segment.size == segment.capacity) {
					return;
				}
			}
		}
	}

	/** The page's documents (numbers in the whole index), best first: the segments' best merged. */
	int[] best() throws IOException {
		List<Candidate> all = new ArrayList<>();
		for (Segment segment : segments) {
			segment.candidates(all);
		}
		all.sort(ORDER);
		return all.stream().limit(wanted).mapToInt(Candidate::doc).toArray();
	}

	/**
	 * A bounded heap of one segment's best, the worst on top: a later match that is not better than
	 * the top is turned away at once. Within a segment the lower document is the newer.
	 */
	static final class Segment {

		private final LeafReaderContext leaf;
		private final long[] column;
		private final boolean descending;
		private final int capacity;
		private final long[] keys;
		private final int[] docs;
		private int size;

		private Segment(LeafReaderContext leaf, long[] column, boolean descending, int capacity) {
			this.leaf = leaf;
			this.column = column;
			this.descending = descending;
			this.capacity = capacity;
			this.keys = new long[capacity];
			this.docs = new int[capacity];
		}

		void offer(int doc) {
			long k = column == null ? 0 : descending ? -column[doc] : column[doc];
			if (size < capacity) {
				keys[size] = k;
				docs[size] = doc;
				up(size++);
			}
			else if (capacity > 0 && (k < keys[0] || (k == keys[0] && doc < docs[0]))) {
				keys[0] = k;
				docs[0] = doc;
				down(0);
			}
		}

		private boolean worse(int a, int b) {
			return keys[a] > keys[b] || (keys[a] == keys[b] && docs[a] > docs[b]);
		}

		private void up(int i) {
			while (i > 0 && worse(i, (i - 1) / 2)) {
				swap(i, (i - 1) / 2);
				i = (i - 1) / 2;
			}
		}

		private void down(int i) {
			while (true) {
				int worst = i;
				for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
					if (worse(child, worst)) {
						worst = child;
					}
				}
				if (worst == i) {
					return;
				}
				swap(i, worst);
				i = worst;
			}
		}

		private void swap(int a, int b) {
			long k = keys[a];
			keys[a] = keys[b];
			keys[b] = k;
			int d = docs[a];
			docs[a] = docs[b];
			docs[b] = d;
		}

		/** The heap's documents with their ages, read in document order as doc values must be. */
		private void candidates(List<Candidate> into) throws IOException {
			Integer[] order = new Integer[size];
			Arrays.setAll(order, i -> i);
			Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
			NumericDocValues created = DocValues.getNumeric(leaf.reader(), CatalogFields.CREATED);
			for (int i : order) {
				long age = created.advanceExact(docs[i]) ? created.longValue() : Long.MIN_VALUE;
				into.add(new Candidate(keys[i], age, leaf.docBase + docs[i]));
			}
		}
	}
}
