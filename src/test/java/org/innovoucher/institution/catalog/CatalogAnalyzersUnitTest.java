package org.innovoucher.institution.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CatalogAnalyzersUnitTest {

	private final CatalogAnalyzers analyzers = CatalogAnalyzers.load();

	@Test
	void chineseTextIsCutIntoWords() throws IOException {
		assertThat(terms(analyzers.index(), "检验检测服务")).containsExactly("检验", "检测", "服务");
		assertThat(terms(analyzers.index(), "电磁兼容检测")).containsExactly("电磁", "兼容", "检测");
	}

	@Test
	void aTypedWordBringsItsSynonymsOnTheQuerySideOnly() throws IOException {
		assertThat(terms(analyzers.query(), "检测")).contains("检测", "检验", "测试", "化验");
		assertThat(terms(analyzers.query(), "化验")).contains("化验", "检测");
		assertThat(terms(analyzers.query(), "专利")).contains("知识", "产权");
		assertThat(terms(analyzers.index(), "检测")).containsExactly("检测");
	}

	@Test
	void aWordWithoutSynonymsStaysAlone() throws IOException {
		assertThat(terms(analyzers.query(), "电池")).containsExactly("电池");
	}

	@Test
	void englishIsLowerCasedAndStemmed() throws IOException {
		assertThat(terms(analyzers.index(), "Battery TESTING")).containsExactly("batteri", "test");
	}

	@Test
	void punctuationAloneLeavesNothingToSearch() throws IOException {
		assertThat(terms(analyzers.query(), "%")).isEmpty();
		assertThat(terms(analyzers.grams(), "%")).isEmpty();
	}

	@Test
	void characterPairsOverlap() throws IOException {
		assertThat(terms(analyzers.grams(), "检验检测")).containsExactly("检验", "验检", "检测");
	}

	@Test
	void aMalformedSynonymListIsRefused() {
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> CatalogAnalyzers.withSynonyms(new StringReader("检测 => => 检验")))
			.isInstanceOf(RuntimeException.class);
	}

	static List<String> terms(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}
}
