package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's article editor without JavaScript: a preview rendered by the server through the
 * public page's sanitiser (the form kept as typed), refusals beside their fields, drafts hidden from
 * the public until published, a version in the other language, nothing of other regions.
 */
class ArticleEditorPagesIntegrationTest extends IntegrationTestBase {

	private World w;
	private String tag;

	@BeforeEach
	void create() {
		w = world();
		tag = "标记" + TestData.username("a").replace("-", "");
	}

	private PageVisitor staff(String role, String region) throws Exception {
		String username = TestData.username(role.toLowerCase());
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", username + "@gov.example.cn", "roles", List.of(role), "regionCode", region)).status())
			.isEqualTo(201);
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	private static Map<String, String> article(String csrf, String action, String lang, String kind, String title,
			String body, String programId, boolean published) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf);
		form.put("action", action);
		form.put("language", lang);
		form.put("kind", kind);
		form.put("title", title);
		form.put("body", body);
		form.put("programId", programId);
		if (published) {
			form.put("published", "true");
		}
		form.put("_published", "on");
		return form;
	}

	/** The id of the article the list names {@code title} for. */
	private static String idOf(String list, String title) {
		Matcher m = Pattern.compile("/workspace/articles/([^/\"]+)/edit\"[^>]*>" + Pattern.quote(title) + "<").matcher(list);
		assertThat(m.find()).as("%s in %s", title, list).isTrue();
		return m.group(1);
	}

	@Test
	void the_preview_shows_the_markdown_as_the_public_page_will_without_script_and_keeps_what_was_typed()
			throws Exception {
		PageVisitor operator = staff("OPERATOR", World.PROVINCE);
		String blank = operator.get("/workspace/articles/new?lang=en").body();
		assertThat(blank).contains("Write an article", "<label for=\"title\"", "<label for=\"body\"", "Policy interpretation",
				"Success case", "Press Preview");
		String csrf = PageVisitor.csrf(blank);
		String body = "## 申请条件\n\n**科技型中小企业**可以申请。\n\n<script>alert(1)</script>\n\n[详情](javascript:alert(2))";

		HttpResponse<String> preview = operator.post("/workspace/articles/new?lang=en",
				article(csrf, "preview", "zh-CN", "GUIDE", "", body, "", false));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Preview, as the public will read it", "<h2>申请条件</h2>",
				"<strong>科技型中小企业</strong>", "Give the article a title.")
			.doesNotContain("<script>alert");
		// the text stays as typed in its box; the preview beside it drops the script and the javascript: link
		assertThat(preview.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		String shown = preview.body().substring(preview.body().indexOf("id=\"article-preview\""));
		assertThat(shown).contains("<p>详情</p>").doesNotContain("alert");

		HttpResponse<String> untitled = operator.post("/workspace/articles/new?lang=en",
				article(csrf, "save", "zh-CN", "", "", body, "", false));
		assertThat(untitled.body()).contains("id=\"title-error\"", "Give the article a title.", "id=\"kind-error\"",
				"Choose the kind of article.");

		HttpResponse<String> saved = operator.post("/workspace/articles/new",
				article(csrf, "save", "zh-CN", "GUIDE", "申请指南 " + tag, body, "", false));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String list = operator.get("/workspace/articles?lang=en").body();
		assertThat(list).contains("is saved", "申请指南 " + tag, "Guide", "Chinese", "Draft, not shown");
		String id = idOf(list, "申请指南 " + tag);
		assertThat(operator.get("/articles/" + id).statusCode()).as("a draft is not public").isEqualTo(404);

		assertThat(operator.post("/workspace/articles/" + id + "/publication", Map.of("_csrf", csrf, "published", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(operator.get("/workspace/articles?lang=en").body()).contains("is published", "Take back from the public");
		assertThat(operator.get("/articles/" + id).body()).contains("<h2>申请条件</h2>", "<strong>科技型中小企业</strong>");

		assertThat(operator.post("/workspace/articles/" + id + "/publication", Map.of("_csrf", csrf, "published", "false"))
			.statusCode()).isEqualTo(302);
		assertThat(operator.get("/articles/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void an_article_is_changed_and_written_again_in_english_with_its_kind_and_program_kept() throws Exception {
		String program = w.program("1000000.00");
		PageVisitor operator = staff("OPERATOR", World.PROVINCE);
		String csrf = PageVisitor.csrf(operator.get("/workspace/articles/new").body());
		assertThat(operator.post("/workspace/articles/new", article(csrf, "save", "zh-CN", "FAQ", "常见问题 " + tag,
				"创新券可以跨年使用吗？", program, true)).statusCode()).isEqualTo(302);
		String id = idOf(operator.get("/workspace/articles").body(), "常见问题 " + tag);

		String edit = operator.get("/workspace/articles/" + id + "/edit?lang=en").body();
		assertThat(edit).contains("Change an article", "value=\"常见问题 " + tag + "\"", "创新券可以跨年使用吗？",
				"<option value=\"" + program + "\" selected=\"selected\"");
		HttpResponse<String> changed = operator.post("/workspace/articles/" + id + "/edit",
				article(csrf, "save", "zh-CN", "FAQ", "常见问题 " + tag, "创新券当年有效，不能跨年使用。", program, true));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(operator.get("/articles/" + id).body()).contains("创新券当年有效");

		String english = operator.get("/workspace/articles/new?translating=" + id + "&lang=en").body();
		assertThat(english).contains("id=\"language-EN\" checked=\"checked\"",
				"<option value=\"FAQ\" selected=\"selected\"", "<option value=\"" + program + "\" selected=\"selected\"");
		assertThat(operator.post("/workspace/articles/new", article(csrf, "save", "en", "FAQ", "FAQ " + tag,
				"Vouchers are valid for the year they are issued in.", program, true)).statusCode()).isEqualTo(302);
		String list = operator.get("/workspace/articles?lang=en").body();
		assertThat(list).contains("FAQ " + tag, "English", "常见问题 " + tag, "Chinese");
		assertThat(list).contains("href=\"/workspace/articles?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(operator.download("/workspace/articles?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Title", "Kind", "Language", "Status", "Last changed",
				"Address in the portal");
		List<List<Object>> mine = sheet.stream().filter(row -> String.valueOf(row.get(0)).endsWith(" " + tag)).toList();
		assertThat(mine).extracting(row -> row.subList(0, 4)).containsExactlyInAnyOrder(
				List.of("FAQ " + tag, "Question and answer", "English", "Published"),
				List.of("常见问题 " + tag, "Question and answer", "Chinese", "Published"));
		assertThat(mine).allMatch(row -> row.get(4) instanceof LocalDateTime);
		assertThat(mine).extracting(row -> row.get(5)).contains("/workspace/articles/" + id + "/edit");
	}

	@Test
	void a_program_outside_the_operators_region_is_refused_beside_it_and_another_regions_article_is_not_there()
			throws Exception {
		String program = w.program("1000000.00");
		PageVisitor taiyuan = staff("OPERATOR", World.TAIYUAN);
		String csrf = PageVisitor.csrf(taiyuan.get("/workspace/articles/new").body());
		// a Shanxi program: a Taiyuan operator does not cover the province
		HttpResponse<String> refused = taiyuan.post("/workspace/articles/new?lang=en",
				article(csrf, "save", "zh-CN", "GUIDE", "指南 " + tag, "正文", program, false));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"programId-error\"", "Choose a program of your regions, or none.",
				"value=\"指南 " + tag + "\"");

		assertThat(taiyuan.post("/workspace/articles/new", article(csrf, "save", "zh-CN", "GUIDE", "太原指南 " + tag,
				"正文", "", false)).statusCode()).isEqualTo(302);
		String id = idOf(taiyuan.get("/workspace/articles").body(), "太原指南 " + tag);
		PageVisitor datong = staff("OPERATOR", World.DATONG);
		assertThat(datong.get("/workspace/articles").body()).doesNotContain("太原指南 " + tag);
		assertThat(datong.get("/workspace/articles/" + id + "/edit").statusCode()).isEqualTo(404);
		PageVisitor reviewer = staff("BUREAU_REVIEWER", World.TAIYUAN);
		assertThat(reviewer.get("/workspace/articles").statusCode()).isEqualTo(403);
		assertThat(reviewer.download("/workspace/articles?format=xlsx").statusCode()).isEqualTo(403);
		assertThat(Workbooks.rows(datong.download("/workspace/articles?format=xlsx"))).extracting(row -> row.get(0))
			.doesNotContain("太原指南 " + tag);
	}
}
