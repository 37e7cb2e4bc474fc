package org.innovoucher.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Portal articles over HTTP: operators write and revise them, the public reads only the published
 * ones, filtered by kind, language and program, with the Markdown rendered to HTML nothing can run in.
 */
class ArticlesIntegrationTest extends IntegrationTestBase {

	private static Map<String, Object> article(String programId, String kind, String lang, String title,
			boolean published) {
		Map<String, Object> body = new LinkedHashMap<>(Api.obj("kind", kind, "lang", lang, "title", title, "body",
				"## " + title + "\n\nVouchers pay **50%** of the excess.", "published", published));
		if (programId != null) {
			body.put("programId", programId);
		}
		return body;
	}

	private String write(World w, Map<String, Object> body) {
		Response created = api.post("/api/v1/articles", w.operator, body);
		assertThat(created.status()).as("write %s", created).isEqualTo(201);
		return created.text("id");
	}

	private List<String> publicTitles(String query) {
		Response list = api.get("/api/v1/public/articles?size=200&" + query, null);
		assertThat(list.status()).as("list %s", list).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		list.body().get("items").forEach(item -> titles.add(item.get("title").asText()));
		return titles;
	}

	@Test
	void anOperatorWritesAnArticleThatThePublicReadsAsHtml() {
		World w = world();
		String program = w.program("1000000.00");
		String id = write(w, article(program, "POLICY_INTERPRETATION", "zh-CN", "政策解读", true));

		Response read = api.get("/api/v1/public/articles/" + id, null);
		assertThat(read.status()).as("read %s", read).isEqualTo(200);
		assertThat(read.text("kind")).isEqualTo("POLICY_INTERPRETATION");
		assertThat(read.text("lang")).isEqualTo("zh-CN");
		assertThat(read.text("programId")).isEqualTo(program);
		assertThat(read.text("body")).startsWith("## 政策解读");
		assertThat(read.text("html")).contains("<h2>政策解读</h2>").contains("<strong>50%</strong>");
		assertThat(read.body().get("published").asBoolean()).isTrue();
	}

	@Test
	void theTitleAndTheHtmlFollowARevision() {
		World w = world();
		String program = w.program("1000000.00");
		String id = write(w, article(program, "GUIDE", "en", "How to apply", true));
		Map<String, Object> revised = article(program, "GUIDE", "en", "How to apply, step by step", true);
		revised.put("body", "1. Register\n2. Apply");
		Response put = api.put("/api/v1/articles/" + id, w.operator, revised);
		assertThat(put.status()).as("revise %s", put).isEqualTo(200);

		Response read = api.get("/api/v1/public/articles/" + id, null);
		assertThat(read.text("title")).isEqualTo("How to apply, step by step");
		assertThat(read.text("html")).contains("<ol>").contains("<li>Register</li>");
	}

	@Test
	void theKindLanguageAndProgramFiltersNarrowTheListAndDraftsAreLeftOut() {
		World w = world();
		String program = w.program("1000000.00");
		String other = w.program("1000000.00");
		write(w, article(program, "FAQ", "zh-CN", "常见问题", true));
		write(w, article(program, "FAQ", "en", "FAQ", true));
		write(w, article(program, "SUCCESS_CASE", "zh-CN", "成功案例", true));
		write(w, article(program, "GUIDE", "zh-CN", "草稿指南", false));
		write(w, article(other, "FAQ", "zh-CN", "另一项目的问题", true));

		assertThat(publicTitles("programId=" + program)).containsExactlyInAnyOrder("常见问题", "FAQ", "成功案例");
		assertThat(publicTitles("programId=" + program + "&lang=zh-CN")).containsExactlyInAnyOrder("常见问题", "成功案例");
		assertThat(publicTitles("programId=" + program + "&kind=FAQ")).containsExactlyInAnyOrder("常见问题", "FAQ");
		assertThat(publicTitles("programId=" + program + "&kind=FAQ&lang=en")).containsExactly("FAQ");
		assertThat(publicTitles("programId=" + other)).containsExactly("另一项目的问题");
	}

	@Test
	void anUnpublishedArticleIsGoneForThePublicAndBackWhenPublishedAgain() {
		World w = world();
		String program = w.program("1000000.00");
		String id = write(w, article(program, "FAQ", "en", "Who may apply?", false));
		assertProblem(api.get("/api/v1/public/articles/" + id, null), 404, "NOT_FOUND");
		assertThat(api.get("/api/v1/articles/" + id, w.operator).status()).isEqualTo(200);

		assertThat(api.put("/api/v1/articles/" + id, w.operator, article(program, "FAQ", "en", "Who may apply?", true))
			.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/public/articles/" + id, null).status()).isEqualTo(200);
		assertThat(publicTitles("programId=" + program)).containsExactly("Who may apply?");

		assertThat(api.put("/api/v1/articles/" + id, w.operator, article(program, "FAQ", "en", "Who may apply?", false))
			.status()).isEqualTo(200);
		assertProblem(api.get("/api/v1/public/articles/" + id, null), 404, "NOT_FOUND");
		assertThat(publicTitles("programId=" + program)).isEmpty();
	}

	@Test
	void scriptsEventHandlersJavascriptLinksAndRawHtmlComeOutHarmless() {
		World w = world();
		Map<String, Object> body = article(null, "GUIDE", "en", "Hostile", true);
		body.put("body", """
				<script>alert('x')</script>

				<img src="https://example.org/a.png" onerror="alert(1)">

				[click](javascript:alert(2)) and [site](https://example.org/)

				<a href="javascript:alert(3)" onclick="alert(4)">raw</a> <iframe src="https://evil.example"></iframe>
				<div style="background:url(javascript:alert(5))">styled</div>
				""");
		String id = write(w, body);

		String html = api.get("/api/v1/public/articles/" + id, null).text("html");
		assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("onerror").doesNotContain("onclick")
			.doesNotContain("javascript:").doesNotContain("<iframe").doesNotContain("style=");
		assertThat(html).contains("<img src=\"https://example.org/a.png\"")
			.containsPattern("<a href=\"https://example.org/\" rel=\"(nofollow noopener|noopener nofollow)\"")
			.contains("styled");
	}

	@Test
	void onlyOperatorsWriteAndRegionalOperatorsOnlyForTheirRegion() {
		World w = world();
		String program = w.program("1000000.00");
		assertProblem(api.post("/api/v1/articles", w.reviewer, article(program, "FAQ", "en", "No", true)), 403,
				"FORBIDDEN");
		assertProblem(api.post("/api/v1/articles", null, article(program, "FAQ", "en", "No", true)), 401,
				"UNAUTHENTICATED");
		String datongOperator = w.staff("OPERATOR", World.DATONG);
		// the Shanxi program is the province's: a city's operator may not write for it
		assertProblem(api.post("/api/v1/articles", datongOperator, article(program, "FAQ", "en", "No", true)), 403,
				"FORBIDDEN");
		String provincial = write(w, article(null, "FAQ", "en", "Province-wide", true));
		assertProblem(api.put("/api/v1/articles/" + provincial, datongOperator,
				article(null, "FAQ", "en", "Taken over", true)), 404, "NOT_FOUND");
		Response own = api.post("/api/v1/articles", datongOperator, article(null, "FAQ", "en", "Datong", true));
		assertThat(own.status()).as("own %s", own).isEqualTo(201);
		assertThat(own.text("regionCode")).isEqualTo(World.DATONG);
	}

	@Test
	void operatorsListTheirRegionsArticlesDraftsIncluded() {
		World w = world();
		String program = w.program("1000000.00");
		String draft = write(w, article(program, "GUIDE", "zh-CN", "草稿", false));
		String published = write(w, article(program, "GUIDE", "zh-CN", "已发布", true));
		String datongOperator = w.staff("OPERATOR", World.DATONG);

		Response all = api.get("/api/v1/articles?size=200&programId=" + program, w.operator);
		assertThat(all.status()).as("list %s", all).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		all.body().get("items").forEach(item -> ids.add(item.get("id").asText()));
		assertThat(ids).containsExactly(published, draft);
		Response drafts = api.get("/api/v1/articles?status=DRAFT&programId=" + program, w.operator);
		assertThat(drafts.body().get("items")).hasSize(1);
		assertThat(drafts.body().at("/items/0/id").asText()).isEqualTo(draft);
		assertThat(api.get("/api/v1/articles?programId=" + program, datongOperator).body().get("total").asLong())
			.isZero();
		assertProblem(api.get("/api/v1/articles", w.reviewer), 403, "FORBIDDEN");
	}

	@Test
	void badInputIsA400NamingTheFieldAndAnUnknownProgramA404() {
		World w = world();
		Map<String, Object> kind = article(null, "NEWS", "en", "x", true);
		assertInvalid(api.post("/api/v1/articles", w.operator, kind), "kind");
		assertInvalid(api.post("/api/v1/articles", w.operator, article(null, "FAQ", "fr", "x", true)), "lang");
		assertInvalid(api.post("/api/v1/articles", w.operator, article(null, "FAQ", "en", "  ", true)), "title");
		Map<String, Object> blankBody = article(null, "FAQ", "en", "x", true);
		blankBody.put("body", "");
		assertInvalid(api.post("/api/v1/articles", w.operator, blankBody), "body");
		Map<String, Object> longBody = article(null, "FAQ", "en", "x", true);
		longBody.put("body", "a".repeat(100_001));
		assertInvalid(api.post("/api/v1/articles", w.operator, longBody), "body");
		assertProblem(api.post("/api/v1/articles", w.operator, article("no-such-program", "FAQ", "en", "x", true)), 404,
				"NOT_FOUND");
		assertInvalid(api.get("/api/v1/public/articles?lang=fr", null), "lang");
		assertProblem(api.get("/api/v1/public/articles?kind=NEWS", null), 400, "VALIDATION_FAILED");
		assertProblem(api.put("/api/v1/articles/no-such-article", w.operator, article(null, "FAQ", "en", "x", true)),
				404, "NOT_FOUND");
	}

	@Test
	void writingRevisingPublishingAndUnpublishingAreOneAuditEntryEach() {
		World w = world();
		String id = write(w, article(null, "FAQ", "en", "Draft", false));
		api.put("/api/v1/articles/" + id, w.operator, article(null, "FAQ", "en", "Revised draft", false));
		api.put("/api/v1/articles/" + id, w.operator, article(null, "FAQ", "en", "Revised draft", true));
		api.put("/api/v1/articles/" + id, w.operator, article(null, "FAQ", "en", "Corrected", false));

		Response entries = api.get("/api/v1/audit?size=100&entityType=ARTICLE&entityId=" + id, w.supervisor);
		assertThat(entries.status()).as("audit %s", entries).isEqualTo(200);
		List<String> lines = new ArrayList<>();
		for (JsonNode item : entries.body().get("items")) {
			lines.add(item.get("action").asText() + " " + item.path("from").asText("-") + ">" + item.get("to").asText());
		}
		assertThat(lines).containsExactlyInAnyOrder("ARTICLE_WRITTEN ->DRAFT", "ARTICLE_REVISED DRAFT>DRAFT",
				"ARTICLE_PUBLISHED DRAFT>PUBLISHED", "ARTICLE_UNPUBLISHED PUBLISHED>DRAFT");
	}
}
