package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of a catalog item in the index: words to search (title, the institution's name, the
 * rest), the filters (category, type, the region and every region above it, the price in fen), the
 * sort keys and the facets (category, city, institution type, price range).
 */
public final class CatalogFields {

	public static final String ID = "id";
	public static final String STAMP = "stamp";
	public static final String TITLE = "title";
	public static final String OWNER = "owner";
	public static final String BODY = "body";
	public static final String GRAMS = "grams";
	public static final String CATEGORY = "category";
	public static final String TYPE = "type";
	public static final String REGION = "region";
	public static final String CITY = "city";
	public static final String PRICE = "price";
	public static final String PRICE_RANGE = "priceRange";
	public static final String LEAD_TIME = "leadTime";
	public static final String CREATED = "created";

	/**
	 * The version of these fields. An index on disk built with another is not opened but built anew:
	 * it would lack what searches now rely on. Raise it whenever a field is added or changed.
	 */
	public static final String LAYOUT = "3";

	/**
	 * Each segment keeps its items newest first: a search newest first reads a page's worth per
	 * segment and stops, and relevance ties (which are many: titles repeat) need no second look.
	 */
	private static final Sort INDEX_ORDER = new Sort(new SortField(CREATED, SortField.Type.LONG, true));

	private final Properties categoryWords = new Properties();
	private final Function<String, List<String>> regionAndAbove;
	private final Function<String, String> cityOf;

	/**
	 * @param regionAndAbove a region code and the codes above it, up to the province
	 * @param cityOf the city a region lies in (itself where it is a city or a province)
	 */
	public CatalogFields(Function<String, List<String>> regionAndAbove, Function<String, String> cityOf) {
		this.regionAndAbove = regionAndAbove;
		this.cityOf = cityOf;
		try (Reader reader = new InputStreamReader(
				CatalogFields.class.getResourceAsStream("/catalog/category-words.properties"), StandardCharsets.UTF_8)) {
			categoryWords.load(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How an index of these fields is written: each field's analysis, and each segment newest first. */
	static IndexWriterConfig writerConfig(CatalogAnalyzers analyzers) {
		return new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzers.index(), Map.of(GRAMS, analyzers.grams())))
			.setIndexSort(INDEX_ORDER);
	}

	public Document document(CatalogRow row) {
		Document doc = new Document();
		doc.add(new StringField(ID, row.id(), Field.Store.YES));
		// the page's ids are read from doc values: a stored field unpacks a block of documents for one
		doc.add(new BinaryDocValuesField(ID, new BytesRef(row.id())));
		doc.add(new StoredField(STAMP, row.stamp()));
		doc.add(new TextField(TITLE, row.title(), Field.Store.NO));
		doc.add(new TextField(OWNER, row.institutionName(), Field.Store.NO));
		// the segmenter is the slow part of indexing: it reads the short texts that rank (title, name,
		// category); the long description is found through its character pairs only
		String category = row.category() + " " + categoryWords.getProperty(row.category(), "");
		doc.add(new TextField(BODY, category, Field.Store.NO));
		doc.add(new TextField(GRAMS, String.join(" ", row.title(), row.institutionName(), category,
				row.description(), row.standards() == null ? "" : row.standards()), Field.Store.NO));
		doc.add(new StringField(CATEGORY, row.category(), Field.Store.NO));
		doc.add(new StringField(TYPE, row.type(), Field.Store.NO));
		for (String region : regionAndAbove.apply(row.regionCode())) {
			doc.add(new StringField(REGION, region, Field.Store.NO));
		}
		doc.add(new LongPoint(PRICE, row.priceFen()));
		doc.add(new NumericDocValuesField(PRICE, row.priceFen()));
		// points beside the sort keys' doc values: a sorted search skips the blocks that cannot make the page
		doc.add(new LongPoint(LEAD_TIME, row.leadTimeDays()));
		doc.add(new NumericDocValuesField(LEAD_TIME, row.leadTimeDays()));
		doc.add(new LongPoint(CREATED, row.createdMillis()));
		doc.add(new NumericDocValuesField(CREATED, row.createdMillis()));
		doc.add(new SortedDocValuesField(CATEGORY, new BytesRef(row.category())));
		doc.add(new SortedDocValuesField(CITY, new BytesRef(cityOf.apply(row.regionCode()))));
		doc.add(new SortedDocValuesField(TYPE, new BytesRef(row.type())));
		doc.add(new SortedDocValuesField(PRICE_RANGE, new BytesRef(PriceRanges.of(row.priceFen()).label())));
		return doc;
	}
}
