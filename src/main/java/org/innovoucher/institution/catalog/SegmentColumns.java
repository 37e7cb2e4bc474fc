package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.IntroSorter;

/**
 * What a search reads of every document it matches, as plain arrays per segment: each facet's value
 * (an ordinal and its label) and the sort keys (price in fen, lead time in days, when it was
 * created: equal keys rank the newer first, and the segments' best are merged by it). Read once, as
 * the searcher that first holds a segment is made ({@link #warm}), and kept as long as the segment
 * lives: counting and ranking a million matches is then array reads, not a walk through doc values
 * per match. At a million items they take about
 * 36 MB, and the orders 12 MB more.
 */
final class SegmentColumns {

	/**
	 * One segment's columns. An ordinal of -1 is a document without that facet. The documents in
	 * each order by a key are worked out once, with the columns ({@link SegmentColumns#warm}): 4 MB
	 * an order at a million.
	 */
	record Columns(int[][] ords, String[][] labels, long[] price, long[] leadTime, long[] created,
			AtomicReferenceArray<int[]> sorted) {

		Columns(int[][] ords, String[][] labels, long[] price, long[] leadTime, long[] created) {
			this(ords, labels, price, leadTime, created, new AtomicReferenceArray<>(PageSelector.Key.values().length));
		}

		/** The column a key orders by; none for newest first, which is the documents' own order. */
		long[] column(PageSelector.Key key) {
			return switch (key) {
				case NEWEST -> null;
				case PRICE_ASC, PRICE_DESC -> price;
				case LEAD_TIME -> leadTime;
			};
		}

		/** Every document in the key's order, ties to the lower document (the newer). */
		int[] sorted(PageSelector.Key key) {
			int[] docs = sorted.get(key.ordinal());
			if (docs == null) {
				// one sorts; another search in the same order meanwhile waits for it
				synchronized (sorted) {
					docs = sorted.get(key.ordinal());
					if (docs == null) {
						docs = key == PageSelector.Key.PRICE_DESC ? highestFirst(sorted(PageSelector.Key.PRICE_ASC), price)
								: sort(column(key));
						sorted.set(key.ordinal(), docs);
					}
				}
			}
			return docs;
		}

		/**
		 * The lowest-first order turned round, each run of equal keys kept as it is (the newer first):
		 * one pass instead of a second sort.
		 */
		private static int[] highestFirst(int[] lowestFirst, long[] column) {
			int[] docs = new int[lowestFirst.length];
			int written = 0;
			for (int end = lowestFirst.length; end > 0;) {
				int start = end - 1;
				while (start > 0 && column[lowestFirst[start - 1]] == column[lowestFirst[end - 1]]) {
					start--;
				}
				System.arraycopy(lowestFirst, start, docs, written, end - start);
				written += end - start;
				end = start;
			}
			return docs;
		}

		private static int[] sort(long[] column) {
			int[] docs = new int[column.length];
			Arrays.setAll(docs, doc -> doc);
			new IntroSorter() {
				private int pivot;

				@Override
				protected void swap(int i, int j) {
					int doc = docs[i];
					docs[i] = docs[j];
					docs[j] = doc;
				}

				@Override
				protected void setPivot(int i) {
					pivot = docs[i];
				}

				@Override
				protected int comparePivot(int j) {
					return compareDocs(pivot, docs[j]);
				}

				@Override
				protected int compare(int i, int j) {
					return compareDocs(docs[i], docs[j]);
				}

				private int compareDocs(int a, int b) {
					int byKey = Long.compare(column[a], column[b]);
					return byKey != 0 ? byKey : Integer.compare(a, b);
				}
			}.sort(0, docs.length);
			return docs;
		}
	}

	private final List<String> dimensions;
	private final PerSegment<Columns> segments = new PerSegment<>();

	SegmentColumns(List<String> dimensions) {
		this.dimensions = List.copyOf(dimensions);
	}

	List<String> dimensions() {
		return dimensions;
	}

	Columns of(LeafReader reader) {
		return segments.get(reader.getCoreCacheHelper(), () -> read(reader));
	}

	/** A segment's columns and its documents in every order by a key, read now if not yet. */
	void warm(LeafReader reader) {
		Columns columns = of(reader);
		for (PageSelector.Key key : PageSelector.Key.values()) {
			if (columns.column(key) != null) {
				columns.sorted(key);
			}
		}
	}

	private Columns read(LeafReader reader) {
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
			return new Columns(ords, labels, numbers(reader, CatalogFields.PRICE), numbers(reader, CatalogFields.LEAD_TIME),
					numbers(reader, CatalogFields.CREATED));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long[] numbers(LeafReader reader, String field) throws IOException {
		long[] column = new long[reader.maxDoc()];
		NumericDocValues values = DocValues.getNumeric(reader, field);
		for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
			column[doc] = values.longValue();
		}
		return column;
	}
}
