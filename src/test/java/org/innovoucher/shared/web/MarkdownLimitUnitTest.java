package org.innovoucher.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.innovoucher.shared.TextLimits;
import org.junit.jupiter.api.Test;

/** The longest text a request may carry, an article's Markdown, fits the JSON body limit. */
class MarkdownLimitUnitTest {

	@Test
	void anArticlesLongestMarkdownInChineseFitsTheJsonBodyLimit() {
		// a Chinese character is three bytes in UTF-8; a character outside the BMP counts two in Java's length
		assertThat((long) TextLimits.MARKDOWN * 3).isLessThan(BodyLimitFilter.JSON_LIMIT);
	}
}
