package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.QueryBuilder;
import org.innovoucher.institution.CatalogQuery;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;

/**
 * Turns a {@link CatalogQuery} into a Lucene query, runs it on one view of the index and counts the
 * facets of everything it matched (every filter applied).
 */
public final class CatalogSearcher {

	/** A count of matching items with one value of a facet. */
	public record Count(String value, long count) {
	}

	/** The ids of one page of hits, best first, how many matched in all, and the facets' counts. */
	public record Hits(List<String> ids, long total, Map<String, List<Count>> facets) {
	}

	private static final SortField NEWEST = new SortField(CatalogFields.CREATED, SortField.Type.LONG, true);
	private static final List<String> DIMENSIONS = List.of(CatalogFields.CATEGORY, CatalogFields.CITY,
			CatalogFields.TYPE, CatalogFields.PRICE_RANGE);

	private final QueryBuilder words;
	private final QueryBuilder grams;
	private final FacetCounter facetCounter = new FacetCounter(DIMENSIONS);

	CatalogSearcher(CatalogAnalyzers analyzers) {
		this.words = new QueryBuilder(analyzers.query());
		this.grams = new QueryBuilder(analyzers.grams());
	}

	Hits search(IndexSearcher view, CatalogQuery q) throws IOException {
		Query query = query(q);
		long offset = q.offset();
		// past the window only the count is wanted: it tells an empty page from a refused one
		int wanted = (int) Math.max(1, Math.min(offset + q.size(), CatalogQuery.WINDOW));
		Object[] results = view.search(query, new MultiCollectorManager(
				new TopFieldCollectorManager(sort(q), wanted, null, Integer.MAX_VALUE), facetCounter.manager()));
		TopDocs top = (TopDocs) results[0];
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Long>> counts = (Map<String, Map<String, Long>>) results[1];
		long total = top.totalHits.value;
		if (offset < total && offset + q.size() > CatalogQuery.WINDOW) {
			throw DomainException.invalid("page",
					"only the first " + CatalogQuery.WINDOW + " results are paged: narrow the search");
		}
		List<String> ids = new ArrayList<>();
		ScoreDoc[] docs = top.scoreDocs;
		for (long n = offset; n < docs.length; n++) {
			ids.add(view.storedFields().document(docs[(int) n].doc).get(CatalogFields.ID));
		}
		return new Hits(ids, total, facets(counts));
	}

	/** Every word must occur in one of the fields (as a phrase where it is several terms). */
	Query query(CatalogQuery q) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean any = false;
		if (q.hasText()) {
			String[] typed = q.text().trim().split("\\s+");
			for (int n = 0; n < typed.length && n < CatalogQuery.MAX_WORDS; n++) {
				all.add(word(typed[n]), Occur.MUST);
				any = true;
			}
		}
		if (q.category() != null) {
			all.add(new TermQuery(new Term(CatalogFields.CATEGORY, q.category().name())), Occur.FILTER);
			any = true;
		}
		if (q.type() != null) {
			all.add(new TermQuery(new Term(CatalogFields.TYPE, q.type().name())), Occur.FILTER);
			any = true;
		}
		if (q.regionCode() != null && !q.regionCode().isBlank()) {
			all.add(new TermQuery(new Term(CatalogFields.REGION, q.regionCode())), Occur.FILTER);
			any = true;
		}
		if (q.minPrice() != null || q.maxPrice() != null) {
			all.add(LongPoint.newRangeQuery(CatalogFields.PRICE, fen(q.minPrice(), 0),
					fen(q.maxPrice(), Long.MAX_VALUE)), Occur.FILTER);
			any = true;
		}
		return any ? all.build() : new MatchAllDocsQuery();
	}

	/**
	 * One typed word: a phrase of its SmartChinese words (with synonyms) in the title, the
	 * institution's name or the rest, or of its character pairs anywhere. A title match counts most.
	 * A word with nothing searchable in it (e.g. {@code %}) matches nothing, as it occurs nowhere.
	 */
	private Query word(String word) {
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		boolean any = false;
		for (Map.Entry<String, Float> field : Map.of(CatalogFields.TITLE, 3f, CatalogFields.OWNER, 1.5f,
				CatalogFields.BODY, 1f).entrySet()) {
			Query phrase = words.createPhraseQuery(field.getKey(), word);
			if (phrase != null) {
				either.add(new BoostQuery(phrase, field.getValue()), Occur.SHOULD);
				any = true;
			}
		}
		Query pairs = grams.createPhraseQuery(CatalogFields.GRAMS, word);
		if (pairs != null) {
			either.add(new BoostQuery(pairs, 0.5f), Occur.SHOULD);
			any = true;
		}
		return any ? either.build() : new MatchNoDocsQuery("nothing searchable in " + word);
	}

	private static long fen(Money money, long otherwise) {
		return money == null ? otherwise : money.amount().movePointRight(2).longValueExact();
	}

	static Sort sort(CatalogQuery q) {
		return switch (q.order()) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, NEWEST);
			case PRICE_ASC -> new Sort(new SortField(CatalogFields.PRICE, SortField.Type.LONG), SortField.FIELD_SCORE,
					NEWEST);
			case PRICE_DESC -> new Sort(new SortField(CatalogFields.PRICE, SortField.Type.LONG, true),
					SortField.FIELD_SCORE, NEWEST);
			case LEAD_TIME -> new Sort(new SortField(CatalogFields.LEAD_TIME, SortField.Type.LONG),
					SortField.FIELD_SCORE, NEWEST);
			case NEWEST -> new Sort(NEWEST);
		};
	}

	/** Each facet's values, most items first. */
	private static Map<String, List<Count>> facets(Map<String, Map<String, Long>> counts) {
		Map<String, List<Count>> facets = new LinkedHashMap<>();
		counts.forEach((dim, values) -> facets.put(dim, values.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(e -> new Count(e.getKey(), e.getValue()))
			.toList()));
		return facets;
	}

}
