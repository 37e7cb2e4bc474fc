package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
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
		Segment segment = new Segment(leaf, columns.column(key), columns.created(), key == Key.PRICE_DESC,
				Math.min(wanted, leaf.reader().maxDoc()));
		segments.add(segment);
		return segment;
	}

	/**
	 * One segment's {@code matched} matches read for the page alone, as the counts were kept. Newest
	 * first needs only the first matches in document order. By a key, the segment's documents in that
	 * order are walked until the page is full, where that is shorter than reading every match: the
	 * whole catalog by price is its first twenty (Lucene's collector would compare a million).
	 */
	void fill(LeafReaderContext leaf, SegmentColumns.Columns columns, Weight matches, int matched) throws IOException {
		Segment segment = segment(leaf, columns);
		if (segment.capacity == 0 || matched == 0) {
			return;
		}
		Bits live = leaf.reader().getLiveDocs();
		if (key != Key.NEWEST && matched == leaf.reader().numDocs()) {
			for (int doc : columns.sorted(key)) {
				if ((live == null || live.get(doc)) && segment.offer(doc)) {
					return;
				}
			}
			return;
		}
		long walked = (long) segment.capacity * leaf.reader().maxDoc() / matched;
		if (key != Key.NEWEST && walked * WALK_COST < matched
				&& walk(segment, columns.sorted(key), leaf, matches, walked, matched / WALK_COST)) {
			return;
		}
		Scorer scorer = matches.scorer(leaf);
		if (scorer == null) {
			return;
		}
		// in document order: newest first stops at the page's last, a key reads every match
		DocIdSetIterator docs = scorer.iterator();
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			if ((live == null || live.get(doc)) && segment.offer(doc) && key == Key.NEWEST) {
				return;
			}
		}
	}

	/**
	 * What a document looked at in the walk costs against one match read in document order: the walk
	 * sorts its stretch by document and asks the matches about each.
	 */
	private static final int WALK_COST = 4;

	/**
	 * The segment's documents in the key's order, a stretch at a time (as long as the matches' share
	 * says will fill the page, then longer), each stretch's matches found by advancing through them
	 * in document order, until the page is full. Where the matches lie further on in the key's order
	 * than their share says (the cheapest first, searching above a price) the walk gives up after
	 * {@code budget} documents, as long as reading every match would have taken, and answers false
	 * with the segment's page emptied again.
	 */
	private static boolean walk(Segment segment, int[] sorted, LeafReaderContext leaf, Weight matches, long expected,
			long budget) throws IOException {
		Bits live = leaf.reader().getLiveDocs();
		int length = (int) Math.min(sorted.length, expected + 16);
		for (int from = 0; from < sorted.length; from += length, length = (int) Math.min(sorted.length, 2L * length)) {
			if (from + (long) length > budget) {
				segment.clear();
				return false;
			}
			int to = (int) Math.min(sorted.length, (long) from + length);
			// each document with its place in the stretch, in document order
			long[] byDoc = new long[to - from];
			for (int i = from; i < to; i++) {
				byDoc[i - from] = ((long) sorted[i] << 32) | (i - from);
			}
			Arrays.sort(byDoc);
			Scorer scorer = matches.scorer(leaf);
			if (scorer == null) {
				return true;
			}
			DocIdSetIterator docs = scorer.iterator();
			boolean[] matching = new boolean[to - from];
			for (long docAndPlace : byDoc) {
				int doc = (int) (docAndPlace >>> 32);
				int at = docs.docID() < doc ? docs.advance(doc) : docs.docID();
				if (at == DocIdSetIterator.NO_MORE_DOCS) {
					break;
				}
				matching[(int) docAndPlace] = at == doc && (live == null || live.get(doc));
			}
			for (int i = from; i < to; i++) {
				if (matching[i - from] && segment.offer(sorted[i])) {
					return true;
				}
			}
		}
		return true;
	}

	/** The page's documents (numbers in the whole index), best first: the segments' best merged. */
	int[] best() {
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
		private final long[] created;
		private final boolean descending;
		private final int capacity;
		private final long[] keys;
		private final int[] docs;
		private int size;

		private Segment(LeafReaderContext leaf, long[] column, long[] created, boolean descending, int capacity) {
			this.leaf = leaf;
			this.column = column;
			this.created = created;
			this.descending = descending;
			this.capacity = capacity;
			this.keys = new long[capacity];
			this.docs = new int[capacity];
		}

		/** Offers a match; answers whether the heap is full (then a match in order after it is not needed). */
		boolean offer(int doc) {
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
			return size == capacity;
		}

		void clear() {
			size = 0;
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

		/** The heap's documents with their ages. */
		private void candidates(List<Candidate> into) {
			for (int i = 0; i < size; i++) {
				into.add(new Candidate(keys[i], created[docs[i]], leaf.docBase + docs[i]));
			}
		}
	}
}
