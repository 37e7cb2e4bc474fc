package org.innovoucher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;

import org.innovoucher.content.Article;
import org.innovoucher.content.ArticleKind;
import org.innovoucher.content.ArticleWriting;
import org.innovoucher.content.Articles;
import org.innovoucher.content.Language;
import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The portal's articles for the demo, in Chinese and English: a policy interpretation of the Shanxi
 * program, a FAQ, a how-to-apply guide and two success cases. Each is a Markdown file under
 * {@code demo/articles/}, named {@code <n>-<kind>-<lang>.md}, its first line the title; the demo
 * operator writes and publishes them for the program {@link DemoData} opened, after it (order 20).
 */
@Component
@Profile("demo")
class DemoArticles {

	private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);
	private static final String OPERATOR = "demo-operator";

	private final Accounts accounts;
	private final Programs programs;
	private final ArticleWriting writing;
	private final Articles articles;

	DemoArticles(Accounts accounts, Programs programs, ArticleWriting writing, Articles articles) {
		this.accounts = accounts;
		this.programs = programs;
		this.writing = writing;
		this.articles = articles;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void seed() {
		UserAccount account = accounts.findByUsername(OPERATOR).orElse(null);
		if (account == null || !articles.latest(Language.ZH_CN, null, 1).isEmpty()) {
			return;
		}
		CurrentUser operator = new CurrentUser(account.getId(), account.getUsername(), EnumSet.of(Role.OPERATOR),
				account.getRegionCode(), null, null);
		String program = shanxiProgram();
		Resource[] files = files();
		// written in reverse so that, newest first, the portal lists them in their numbered order
		Arrays.sort(files, Comparator.comparing(Resource::getFilename).reversed());
		for (Resource file : files) {
			operator.runAs(() -> writing.write(text(file, program), true, operator));
		}
		log.info("Demo profile: seeded {} portal articles for program {}", files.length, program);
	}

	private String shanxiProgram() {
		PageResult<Program> open = programs.list(null,
				PageResult.request(0, PageResult.MAX_SIZE, Sort.by("createdAt").descending()));
		return open.items().stream()
			.filter(Program::isOpen)
			.filter(p -> "140000".equals(p.getRegionCode()))
			.map(Program::getId)
			.findFirst()
			.orElse(null);
	}

	private static Resource[] files() {
		try {
			return new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md");
		}
		catch (IOException e) {
			throw new UncheckedIOException("reading the demo articles", e);
		}
	}

	/** {@code 1-POLICY_INTERPRETATION-zh-CN.md}: the kind and language from the name, the title from the first line. */
	private static Article.Text text(Resource file, String program) {
		String name = file.getFilename().replace(".md", "");
		String[] parts = name.split("-", 3);
		try {
			String markdown = file.getContentAsString(StandardCharsets.UTF_8);
			int firstLineEnd = markdown.indexOf('\n');
			String title = markdown.substring(0, firstLineEnd).replaceFirst("^#\\s*", "").strip();
			String body = markdown.substring(firstLineEnd + 1).strip();
			return new Article.Text(ArticleKind.valueOf(parts[1]), Language.of(parts[2]), title, body, program);
		}
		catch (IOException e) {
			throw new UncheckedIOException("reading " + name, e);
		}
	}
}
