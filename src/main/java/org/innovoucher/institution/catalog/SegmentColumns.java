package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;

/**
 * What a search reads of every document it matches, as plain arrays per segment: each facet's value
 * (an ordinal and its label) and the sort keys (price in fen, lead time in days). Read once when a
 * segment is first searched and kept as long as it lives: counting and ranking a million matches is
 * then array reads, not a walk through doc values per match. At a million items they take about
 * 28 MB.
 */
final class SegmentColumns {

	/** One segment's columns. An ordinal of -1 is a document without that facet. */
	record Columns(int[][] ords, String[][] labels, long[] price, long[] leadTime) {
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
			return new Columns(ords, labels, numbers(reader, CatalogFields.PRICE), numbers(reader, CatalogFields.LEAD_TIME));
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
