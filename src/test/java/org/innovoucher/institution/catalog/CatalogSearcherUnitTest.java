package org.innovoucher.institution.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
	private IndexSearcher view;

	@BeforeEach
	void index() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(
				analyzers.index(), java.util.Map.of(CatalogFields.GRAMS, analyzers.grams()))))) {
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

	private List<String> ids(String text) throws IOException {
		return searcher.search(view, new CatalogQuery(text, null, null, null, null, null, null, 0, 20)).ids();
	}

	private static CatalogRow row(String id, String title, String category, long priceFen, String region) {
		return new CatalogRow(id, "inst", title, category, "按国家标准出具报告", null, priceFen, 5, 0, true, "晋阳研究院",
				region, "RESEARCH_INSTITUTE", "RECOGNISED", "1/1", Instant.EPOCH);
	}
}
