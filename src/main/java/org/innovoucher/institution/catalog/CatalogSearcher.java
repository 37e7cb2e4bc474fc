package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
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

	private static final List<String> DIMENSIONS = List.of(CatalogFields.CATEGORY, CatalogFields.CITY,
			CatalogFields.TYPE, CatalogFields.PRICE_RANGE);

	private final QueryBuilder words;
	private final QueryBuilder grams;
	/** Kept in this order: the queries built from it are then equal from one search to the next. */
	private static final Map<String, Float> RANKED_FIELDS = new LinkedHashMap<>(
			Map.of(CatalogFields.TITLE, 3f, CatalogFields.OWNER, 1.5f, CatalogFields.BODY, 1f));
	/** At a million items a cached match set takes 125 kB: about 500 of them. */
	private static final LRUQueryCache CACHE = new LRUQueryCache(1_000, 64L * 1024 * 1024);
	private static final QueryCachingPolicy AGAIN = new UsageTrackingQueryCachingPolicy() {
		@Override
		protected int minFrequencyToCache(Query query) {
			return 2;
		}
	};

	private final SegmentColumns columns = new SegmentColumns(DIMENSIONS);
	private final FacetCounter facetCounter = new FacetCounter(columns);

	CatalogSearcher(CatalogAnalyzers analyzers) {
		this.words = new QueryBuilder(analyzers.query());
		this.grams = new QueryBuilder(analyzers.grams());
	}

	/**
	 * One pass counts everything matched, without scores (cheap, and cached for words searched
	 * often), and where the page is ordered by price, lead time or age it picks the page's best from
	 * the same matches. Ranked by relevance, another pass finds only the page's best, skipping what
	 * cannot make it.
	 */
	Hits search(IndexSearcher view, CatalogQuery q) throws IOException {
		Query query = query(q);
		int wanted = (int) Math.min(q.offset() + q.size(), CatalogQuery.WINDOW);
		boolean ranked = q.hasText() && q.order() == CatalogQuery.Order.RELEVANCE;
		PageSelector page = ranked ? null : new PageSelector(PageSelector.Key.of(q.order()), wanted);
		FacetCounter.Counted counted = facetCounter.count(view, query, page);
		long total = counted.total();
		long offset = q.offset();
		if (offset < total && offset + q.size() > CatalogQuery.WINDOW) {
			throw DomainException.invalid("page",
					"only the first " + CatalogQuery.WINDOW + " results are paged: narrow the search");
		}
		List<String> ids = List.of();
		if (offset < total) {
			int[] docs = ranked ? bestMatches(view, ranked(q, query), wanted) : page.best();
			ids = ids(view, docs, (int) offset);
		}
		return new Hits(ids, total, facets(counted.counts()));
	}

	/**
	 * The ids of the documents from {@code from} on, in their order. Read from the ids' doc values,
	 * each segment's in document order as they must be: a stored field would unpack a block of
	 * documents for each.
	 */
	private static List<String> ids(IndexSearcher view, int[] docs, int from) throws IOException {
		int n = Math.max(0, docs.length - from);
		Integer[] byDoc = new Integer[n];
		Arrays.setAll(byDoc, i -> from + i);
		Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i]));
		String[] ids = new String[n];
		List<LeafReaderContext> leaves = view.getIndexReader().leaves();
		BinaryDocValues values = null;
		int leafOf = -1;
		for (int i : byDoc) {
			int leaf = ReaderUtil.subIndex(docs[i], leaves);
			if (leaf != leafOf) {
				values = DocValues.getBinary(leaves.get(leaf).reader(), CatalogFields.ID);
				leafOf = leaf;
			}
			if (!values.advanceExact(docs[i] - leaves.get(leaf).docBase)) {
				throw new IllegalStateException("catalog document without an id: " + docs[i]);
			}
			ids[i - from] = values.binaryValue().utf8ToString();
		}
		return Arrays.asList(ids);
	}

	/**
	 * The best {@code wanted} matches, ties to the newer item. Each segment keeps its items newest
	 * first, so within a segment the first of equal scores is the newest: each segment's best are
	 * found by score alone, skipping every match that cannot beat them, and the segments' best are
	 * then merged by score and age. (Ranking by score and age at once would have to look at every
	 * match as good as the page's last, and with titles repeating there are thousands.)
	 */
	private int[] bestMatches(IndexSearcher view, Query query, int wanted) throws IOException {
		Weight weight = view.createWeight(view.rewrite(query), ScoreMode.TOP_SCORES, 1f);
		List<ScoreDoc> best = new ArrayList<>();
		Map<Integer, Long> created = new HashMap<>();
		for (LeafReaderContext leaf : view.getIndexReader().leaves()) {
			BulkScorer scorer = weight.bulkScorer(leaf);
			if (scorer == null) {
				continue;
			}
			TopScoreDocCollector segmentBest = new TopScoreDocCollectorManager(wanted, null, wanted).newCollector();
			LeafCollector collector = segmentBest.getLeafCollector(leaf);
			scorer.score(collector, leaf.reader().getLiveDocs());
			collector.finish();
			long[] ages = columns.of(leaf.reader()).created();
			for (ScoreDoc doc : segmentBest.topDocs().scoreDocs) {
				created.put(doc.doc, ages[doc.doc - leaf.docBase]);
				best.add(doc);
			}
		}
		best.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score)
			.thenComparingLong(d -> created.get(d.doc))
			.reversed());
		return best.stream().limit(wanted).mapToInt(d -> d.doc).toArray();
	}

	/** Every word must occur in one of the fields (as a phrase where it is several terms). */
	Query query(CatalogQuery q) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean any = false;
		if (q.hasText()) {
			for (String typed : typedWords(q)) {
				all.add(word(typed), Occur.MUST);
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

	/** The words typed, as many as count. */
	private static List<String> typedWords(CatalogQuery q) {
		return Arrays.stream(q.text().trim().split("\\s+")).limit(CatalogQuery.MAX_WORDS).toList();
	}

	/**
	 * One typed word: a phrase of its SmartChinese words (with synonyms) in the title, the
	 * institution's name or the rest, or of its character pairs anywhere. A word with nothing
	 * searchable in it (e.g. {@code %}) matches nothing, as it occurs nowhere.
	 */
	private Query word(String word) {
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		List<Query> named = named(word);
		named.forEach(phrase -> either.add(phrase, Occur.SHOULD));
		Query pairs = grams.createPhraseQuery(CatalogFields.GRAMS, word);
		if (pairs != null) {
			either.add(pairs, Occur.SHOULD);
		}
		return named.isEmpty() && pairs == null ? new MatchNoDocsQuery("nothing searchable in " + word) : either.build();
	}

	/** A word as a phrase in the title (counts most), the institution's name or the category words. */
	private List<Query> named(String word) {
		List<Query> phrases = new ArrayList<>();
		for (Map.Entry<String, Float> field : RANKED_FIELDS.entrySet()) {
			Query phrase = words.createPhraseQuery(field.getKey(), word);
			if (phrase != null) {
				phrases.add(new BoostQuery(new ConstantScoreQuery(phrase), field.getValue()));
			}
		}
		return phrases;
	}

	/**
	 * What ranks the matches: each word in the title, the institution's name or the category words.
	 * A match only in the description (through its character pairs) adds nothing: such items come
	 * after those named so, newest first. The matches themselves are a filter, kept by the cache.
	 */
	Query ranked(CatalogQuery q, Query matches) {
		BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(matches, Occur.FILTER);
		for (String typed : typedWords(q)) {
			named(typed).forEach(phrase -> ranked.add(phrase, Occur.SHOULD));
		}
		return ranked.build();
	}

	private static long fen(Money money, long otherwise) {
		return money == null ? otherwise : money.amount().movePointRight(2).longValueExact();
	}

	/**
	 * The searchers of an index: they keep the matches of what is searched again and again (a word,
	 * a filter, a combination) as bit sets, from the second time on, dropped with their segment. A new
	 * segment's columns and orders are read as the searcher is made, by whoever refreshes the index,
	 * not by the first search to meet it (a merged segment of a million items takes a second).
	 */
	SearcherFactory searchers() {
		return new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
				for (LeafReaderContext leaf : reader.leaves()) {
					columns.warm(leaf.reader());
				}
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setQueryCache(CACHE);
				searcher.setQueryCachingPolicy(AGAIN);
				return searcher;
			}
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
