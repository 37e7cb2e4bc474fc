package org.innovoucher.content;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to HTML a page may show as it is. The renderer passes raw HTML through, so the sanitiser,
 * not the renderer, is the guard: only formatting, blocks, tables, images and http(s)/mailto links
 * survive, never a script, an event handler or a javascript: address; links are marked
 * {@code rel="nofollow noopener"} so an operator's link neither lends rank nor reaches back.
 */
final class MarkdownHtml {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(Sanitizers.IMAGES)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("http", "https", "mailto")
			.allowAttributes("href", "title").onElements("a")
			.requireRelsOnLinks("nofollow", "noopener")
			.allowElements("pre", "code", "hr", "br")
			.toFactory());

	private MarkdownHtml() {
	}

	static String render(String markdown) {
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}
}
