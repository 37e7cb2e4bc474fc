package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How catalog text becomes terms. Chinese is cut into words by SmartChinese (a hidden Markov model
 * over a dictionary), English lower-cased and stemmed; that is what relevance is computed on. The
 * query side adds the synonyms of {@code catalog/synonyms.txt}, so 检测 also finds 检验 and 检验检测;
 * synonyms are applied when searching only, so editing the list needs no re-index. A second view
 * of the text in overlapping pairs of characters (CJK bigrams) finds a Chinese word even where the
 * segmenter cut the item's text differently from the query's.
 */
public final class CatalogAnalyzers {

	private static final String SYNONYMS = "/catalog/synonyms.txt";

	private final Analyzer index;
	private final Analyzer query;
	private final Analyzer grams;

	private CatalogAnalyzers(SynonymMap synonyms) {
		CharArraySet stop = SmartChineseAnalyzer.getDefaultStopSet();
		this.index = new WordsAnalyzer(stop, null);
		this.query = new WordsAnalyzer(stop, synonyms);
		this.grams = new CJKAnalyzer(CharArraySet.EMPTY_SET);
	}

	/** The analyzers with the synonyms shipped in the application. */
	public static CatalogAnalyzers load() {
		try (Reader reader = new InputStreamReader(CatalogAnalyzers.class.getResourceAsStream(SYNONYMS),
				StandardCharsets.UTF_8)) {
			return withSynonyms(reader);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The analyzers with the given synonyms, in Solr's format (a line of equivalent words). */
	public static CatalogAnalyzers withSynonyms(Reader solrSynonyms) throws IOException {
		try (Analyzer parsing = new WordsAnalyzer(SmartChineseAnalyzer.getDefaultStopSet(), null)) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, parsing);
			parser.parse(solrSynonyms);
			return new CatalogAnalyzers(parser.build());
		}
		catch (ParseException e) {
			throw new IllegalStateException("the catalog's synonym list is malformed: " + e.getMessage(), e);
		}
	}

	/** Chinese words and English stems, as indexed. */
	public Analyzer index() {
		return index;
	}

	/** Chinese words and English stems with their synonyms, for what a searcher typed. */
	public Analyzer query() {
		return query;
	}

	/** Overlapping character pairs of Chinese text and whole Latin words, lower case. */
	public Analyzer grams() {
		return grams;
	}

	/** SmartChinese's own chain (its tokenizer lower-cases Latin text), plus synonyms when asked. */
	private static final class WordsAnalyzer extends Analyzer {

		private final CharArraySet stop;
		private final SynonymMap synonyms;

		WordsAnalyzer(CharArraySet stop, SynonymMap synonyms) {
			this.stop = stop;
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new HMMChineseTokenizer();
			TokenStream result = new PorterStemFilter(tokenizer);
			result = new StopFilter(result, stop);
			if (synonyms != null) {
				result = new SynonymGraphFilter(result, synonyms, true);
			}
			return new TokenStreamComponents(tokenizer, result);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}
	}
}
