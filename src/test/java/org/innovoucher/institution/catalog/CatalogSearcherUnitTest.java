package org.innovoucher.institution.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.innovoucher.institution.CatalogQuery;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogSearcherUnitTest {

	private final CatalogAnalyzers analyzers = CatalogAnalyzers.load();
	private final CatalogFields fields = new CatalogFields(code -> List.of(code, code.substring(0, 4) + "00"),
			code -> code.substring(0, 4) + "00");
	private final CatalogSearcher searcher = new CatalogSearcher(analyzers);
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private IndexSearcher view;

	@BeforeEach
	void index() throws IOException {
		try (IndexWriter writer = new IndexWriter(directory, CatalogFields.writerConfig(analyzers))) {
			writer.addDocument(fields.document(row("a", "检验检测服务", "RESEARCH_DEVELOPMENT", 800_000, "140105")));
			writer.addDocument(fields.document(row("b", "材料化验", "RESEARCH_DEVELOPMENT", 300_000, "140105")));
			writer.addDocument(fields.document(row("c", "电池寿命评估", "CONSULTING", 6_000_000, "140202")));
		}
		view = new IndexSearcher(DirectoryReader.open(directory));
	}

	@Test
	void aWordInsideALongerChineseTitleIsFound() throws IOException {
		assertThat(ids("检测")).containsExactlyInAnyOrder("a", "b");
		assertThat(ids("寿命")).containsExactly("c");
	}

	@Test
	void aWordOfTheDescriptionIsFoundByItsCharacterPairs() throws IOException {
		assertThat(ids("出具报告")).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(ids("报告出具")).isEmpty();
	}

	@Test
	void everyTypedWordMustOccur() throws IOException {
		assertThat(ids("检测 材料")).containsExactly("b");
		assertThat(ids("% 检测")).isEmpty();
	}

	@Test
	void facetsCountTheFilteredMatchesByCityAndPriceRange() throws IOException {
		CatalogSearcher.Hits hits = searcher.search(view, new CatalogQuery(null, ServiceCategory.RESEARCH_DEVELOPMENT,
				null, null, Money.of(1000), null, CatalogQuery.Order.PRICE_ASC, 0, 20));
		assertThat(hits.ids()).containsExactly("b", "a");
		assertThat(hits.facets().get(CatalogFields.CITY)).containsExactly(new CatalogSearcher.Count("140100", 2));
		assertThat(hits.facets().get(CatalogFields.PRICE_RANGE)).containsExactlyInAnyOrder(
				new CatalogSearcher.Count("1000-5000", 1), new CatalogSearcher.Count("5000-20000", 1));
	}

	@Test
	void itemsRankByWhereTheWordsOccurAndEqualRanksGoNewestFirstAcrossSegments() throws IOException {
		// each commit below makes a segment of its own; the newest items are in the middle one
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				CatalogFields.writerConfig(analyzers).setMergePolicy(NoMergePolicy.INSTANCE))) {
			writer.addDocument(fields.document(row("title-old", "芯片检测", "TESTING_CERTIFICATION", 100_000, "140105", 1, "晋阳研究院")));
			writer.addDocument(fields.document(row("described", "材料分析", "TESTING_CERTIFICATION", 100_000, "140105", 9, "晋阳研究院", "芯片检测报告")));
			writer.commit();
			writer.addDocument(fields.document(row("title-new", "芯片检测", "TESTING_CERTIFICATION", 100_000, "140105", 5, "晋阳研究院")));
			writer.addDocument(fields.document(row("named", "材料分析", "TESTING_CERTIFICATION", 100_000, "140105", 6, "芯片检测中心")));
			writer.commit();
			writer.addDocument(fields.document(row("title-mid", "芯片检测", "TESTING_CERTIFICATION", 100_000, "140105", 3, "晋阳研究院")));
			writer.commit();
		}
		IndexSearcher segments = new IndexSearcher(DirectoryReader.open(directory));
		assertThat(segments.getIndexReader().leaves()).hasSize(3);

		// in the title first, then in the institution's name, then only in the description
		assertThat(searcher.search(segments, query("芯片", CatalogQuery.Order.RELEVANCE, 0, 20)).ids())
			.containsExactly("title-new", "title-mid", "title-old", "named", "described");
		// a page further on continues the same order
		assertThat(searcher.search(segments, query("芯片", CatalogQuery.Order.RELEVANCE, 1, 2)).ids())
			.containsExactly("title-old", "named");
		// equal prices: newest first too
		assertThat(searcher.search(segments, query("芯片", CatalogQuery.Order.PRICE_ASC, 0, 3)).ids())
			.containsExactly("described", "named", "title-new");
		CatalogSearcher.Hits all = searcher.search(segments, query(null, CatalogQuery.Order.RELEVANCE, 0, 2));
		assertThat(all.ids()).containsExactly("described", "named");
		assertThat(all.total()).isEqualTo(5);
	}

	@Test
	void theCountsOfTheWholeCatalogAndOfASearchMadeBeforeLeaveOutItemsWithdrawnSince() throws IOException {
		CatalogQuery research = new CatalogQuery("检测", ServiceCategory.RESEARCH_DEVELOPMENT, null, null, null, null,
				CatalogQuery.Order.RELEVANCE, 0, 20);
		for (int again = 0; again < 2; again++) {
			assertThat(searcher.search(view, research).total()).isEqualTo(2);
		}
		CatalogSearcher.Hits before = searcher.search(view, query(null, CatalogQuery.Order.NEWEST, 0, 20));
		assertThat(before.total()).isEqualTo(3);
		assertThat(before.facets().get(CatalogFields.CATEGORY)).containsExactly(
				new CatalogSearcher.Count("RESEARCH_DEVELOPMENT", 2), new CatalogSearcher.Count("CONSULTING", 1));

		try (IndexWriter writer = new IndexWriter(directory, CatalogFields.writerConfig(analyzers))) {
			writer.deleteDocuments(new Term(CatalogFields.ID, "a"));
		}
		DirectoryReader changed = DirectoryReader.openIfChanged((DirectoryReader) view.getIndexReader());
		CatalogSearcher.Hits after = searcher.search(new IndexSearcher(changed), query(null, CatalogQuery.Order.NEWEST, 0, 20));
		assertThat(after.total()).isEqualTo(2);
		assertThat(after.ids()).containsExactlyInAnyOrder("b", "c");
		assertThat(after.facets().get(CatalogFields.CATEGORY)).containsExactly(
				new CatalogSearcher.Count("CONSULTING", 1), new CatalogSearcher.Count("RESEARCH_DEVELOPMENT", 1));
		CatalogSearcher.Hits searchedAgain = searcher.search(new IndexSearcher(changed), research);
		assertThat(searchedAgain.total()).isEqualTo(1);
		assertThat(searchedAgain.ids()).containsExactly("b");
		assertThat(searchedAgain.facets().get(CatalogFields.CATEGORY))
			.containsExactly(new CatalogSearcher.Count("RESEARCH_DEVELOPMENT", 1));
	}

	@Test
	void everyOrderPagesThroughTheMatchesOfManySegmentsAsASortOfThemWouldFirstTimeAndWhenTheCountsAreKept()
			throws IOException {
		// prices and lead times repeat, so ties (newest first) decide much of each order; segments of
		// 1,200 so that a page by a key is found both by walking the key's order (a common word, the
		// first pages; the cheapest are not chips, so the walk goes on past them, and at times gives
		// up) and by reading every match (a rare word, later pages)
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		java.util.Random random = new java.util.Random(3);
		List<CatalogRow> rows = new java.util.ArrayList<>();
		try (IndexWriter writer = new IndexWriter(directory,
				CatalogFields.writerConfig(analyzers).setMergePolicy(NoMergePolicy.INSTANCE))) {
			for (int n = 0; n < 4800; n++) {
				int kind = random.nextInt(20);
				String title = kind < 2 ? "量子通信测试" : kind < 16 ? "芯片检测" : "材料分析";
				CatalogRow row = new CatalogRow("item-" + n, "inst", title, "TESTING_CERTIFICATION", "按国家标准出具报告", null,
						100_000L * (1 + random.nextInt(8) + (title.startsWith("芯片") ? 1 : 0)), 1 + random.nextInt(5), random.nextInt(40), true, "晋阳研究院",
						"140105", "RESEARCH_INSTITUTE", "RECOGNISED", "1/1", Instant.EPOCH);
				writer.addDocument(fields.document(row));
				if (n % 7 == 0) {
					writer.deleteDocuments(new Term(CatalogFields.ID, row.id()));
				}
				else {
					rows.add(row);
				}
				if (n % 1200 == 1199) {
					writer.commit();
				}
			}
		}
		IndexSearcher segments = new IndexSearcher(DirectoryReader.open(directory));
		assertThat(segments.getIndexReader().leaves()).hasSizeGreaterThan(3);
		java.util.Comparator<CatalogRow> newest = java.util.Comparator.comparingLong(CatalogRow::createdMillis).reversed();
		java.util.Map<CatalogQuery.Order, java.util.Comparator<CatalogRow>> orders = java.util.Map.of(
				CatalogQuery.Order.PRICE_ASC, java.util.Comparator.comparingLong(CatalogRow::priceFen).thenComparing(newest),
				CatalogQuery.Order.PRICE_DESC,
				java.util.Comparator.comparingLong(CatalogRow::priceFen).reversed().thenComparing(newest),
				CatalogQuery.Order.LEAD_TIME, java.util.Comparator.comparingInt(CatalogRow::leadTimeDays).thenComparing(newest),
				CatalogQuery.Order.NEWEST, newest);
		java.util.Map<String, CatalogRow> byId = rows.stream()
			.collect(java.util.stream.Collectors.toMap(CatalogRow::id, r -> r));
		for (String words : java.util.Arrays.asList(null, "芯片", "量子通信")) {
			for (var order : orders.entrySet()) {
				List<CatalogRow> expected = rows.stream()
					.filter(r -> words == null || r.title().contains(words))
					.sorted(order.getValue())
					.toList();
				// a searcher of its own: the first page is picked in the pass that counts, the others
				// (and every page the second time) from counts kept
				CatalogSearcher searcher = new CatalogSearcher(analyzers);
				for (int again = 0; again < 2; again++) {
					for (int page = 0; page < 4; page++) {
						CatalogSearcher.Hits hits = searcher.search(segments, query(words, order.getKey(), page, 25));
						assertThat(hits.total()).isEqualTo(expected.size());
						// equal keys and equal ages may come in either order: compare what decides the order
						List<CatalogRow> found = hits.ids().stream().map(byId::get).toList();
						List<CatalogRow> wanted = expected.subList(Math.min(page * 25, expected.size()),
								Math.min(page * 25 + 25, expected.size()));
						assertThat(found).hasSameSizeAs(wanted);
						for (int i = 0; i < found.size(); i++) {
							assertThat(order.getValue().compare(found.get(i), wanted.get(i)))
								.as("%s %s page %d place %d", words, order.getKey(), page, i)
								.isZero();
						}
					}
				}
			}
		}
	}

	private static CatalogQuery query(String text, CatalogQuery.Order order, int page, int size) {
		return new CatalogQuery(text, null, null, null, null, null, order, page, size);
	}

	private List<String> ids(String text) throws IOException {
		return searcher.search(view, new CatalogQuery(text, null, null, null, null, null, null, 0, 20)).ids();
	}

	private static CatalogRow row(String id, String title, String category, long priceFen, String region) {
		return row(id, title, category, priceFen, region, 0, "晋阳研究院");
	}

	private static CatalogRow row(String id, String title, String category, long priceFen, String region, long created,
			String institution) {
		return row(id, title, category, priceFen, region, created, institution, "按国家标准出具报告");
	}

	private static CatalogRow row(String id, String title, String category, long priceFen, String region, long created,
			String institution, String description) {
		return new CatalogRow(id, "inst", title, category, description, null, priceFen, 5, created, true, institution,
				region, "RESEARCH_INSTITUTE", "RECOGNISED", "1/1", Instant.EPOCH);
	}
}
