package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * The institution's workspace without JavaScript: its recognition in words with what happens next,
 * its own catalog (add, change, withdraw after a question) kept in step with the public catalog
 * search, refusals beside their fields, and its to-dos.
 */
class InstitutionWorkspacePagesIntegrationTest extends IntegrationTestBase {

	private World w;
	private String tag;

	@BeforeEach
	void create() {
		w = world();
		tag = "标记" + TestData.username("w").replace("-", "");
	}

	private PageVisitor signedIn(World.Party party) throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(party.username(), World.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	private Map<String, String> service(String csrf, String title, String category, String price) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf);
		form.put("title", title);
		form.put("category", category);
		form.put("description", "EMC test to GB/T 17626, report with the CMA mark");
		form.put("price", price);
		form.put("priceUnit", "test");
		form.put("leadTimeDays", "7");
		form.put("standards", "GB/T 17626.2-2018");
		return form;
	}

	private String search(PageVisitor visitor, String words) throws Exception {
		return visitor.get("/services?lang=en&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)).body();
	}

	/** The id of the item whose change link the catalog page shows first. */
	private static String firstItemId(String html) {
		Matcher m = Pattern.compile("/workspace/catalog/([^/\"]+)/edit").matcher(html);
		assertThat(m.find()).as("an item in %s", html).isTrue();
		return m.group(1);
	}

	@Test
	void a_pending_institution_reads_that_it_awaits_recognition_what_happens_next_and_what_it_may_offer() throws Exception {
		World.Party lab = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION", "CONSULTING"));
		PageVisitor visitor = signedIn(lab);

		HttpResponse<String> status = visitor.get("/workspace/institution?lang=en");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("检测中心 " + lab.username(), "Awaiting recognition", "working days so far",
				"The rules set no deadline", "Testing and certification", "Technology consulting", "CMA",
				"No service offered yet")
			.doesNotContain("PENDING_RECOGNITION</", "style=\"");

		HttpResponse<String> workspace = visitor.get("/workspace?lang=en");
		assertThat(workspace.body()).contains("awaits recognition: see what happens next", "href=\"/workspace/institution\"",
				"Add your first service to your catalog", "href=\"/workspace/catalog/new\"");
	}

	@Test
	void a_refused_institution_reads_the_operators_reason_in_chinese_and_is_asked_to_read_it() throws Exception {
		World.Party lab = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		Api.Response rejected = api.post("/api/v1/institutions/" + lab.id() + "/recognition", w.operator,
				Api.obj("decision", "REJECT", "reason", "CMA 证书已过期"));
		assertThat(rejected.status()).isEqualTo(200);
		PageVisitor visitor = signedIn(lab);

		assertThat(visitor.get("/workspace/institution", "Accept-Language", "zh-CN").body()).contains("未通过认定",
				"运营机构给出的理由", "CMA 证书已过期", "请联系所在城市的创新券办公室");
		assertThat(visitor.get("/workspace", "Accept-Language", "zh-CN").body()).contains("未通过认定：查看运营机构给出的理由")
			.doesNotContain("添加第一项服务");
	}

	@Test
	void a_recognised_institution_adds_changes_and_withdraws_a_service_and_the_catalog_search_follows() throws Exception {
		World.Party lab = w.institution();
		PageVisitor visitor = signedIn(lab);
		HttpResponse<String> empty = visitor.get("/workspace/catalog?lang=en");
		assertThat(empty.body()).contains("Your catalog is empty").doesNotContain("format=xlsx");
		// only the kinds the institution is registered for are offered
		HttpResponse<String> blank = visitor.get("/workspace/catalog/new?lang=en");
		assertThat(blank.body()).contains("Research and development", "Testing and certification")
			.doesNotContain("Technology consulting");
		String csrf = PageVisitor.csrf(blank.body());

		HttpResponse<String> added = visitor.post("/workspace/catalog/new",
				service(csrf, "EMC test " + tag, "TESTING_CERTIFICATION", "8,000.00"));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location").orElse("")).endsWith("/workspace/catalog");
		String list = visitor.get("/workspace/catalog?lang=en").body();
		assertThat(list).contains("is added to your catalog", "EMC test " + tag, "¥8,000.00 per test", "Offered",
				"1 offered, 1 in all");
		String id = firstItemId(list);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(search(visitor, tag)).contains("/services/" + id));

		HttpResponse<String> edit = visitor.get("/workspace/catalog/" + id + "/edit?lang=en");
		assertThat(edit.body()).contains("value=\"EMC test " + tag + "\"", "value=\"8000.00\"", "GB/T 17626.2-2018");
		HttpResponse<String> changed = visitor.post("/workspace/catalog/" + id + "/edit",
				service(csrf, "EMC immunity test " + tag, "TESTING_CERTIFICATION", "7500"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		assertThat(visitor.get("/workspace/catalog?lang=en").body()).contains("is saved", "EMC immunity test " + tag,
				"¥7,500.00 per test", "href=\"/workspace/catalog?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/catalog?format=xlsx&lang=en"));
		assertThat(sheet).containsExactly(
				List.of("Name of the service", "Status", "Kind of service", "Price in yuan", "Unit the price is for",
						"Lead time in days", "Address in the portal"),
				List.of("EMC immunity test " + tag, "Offered", "Testing and certification", 7500.0, "test", 7.0,
						"/workspace/catalog/" + id + "/edit"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search(visitor, tag)).contains("EMC immunity test " + tag));

		HttpResponse<String> question = visitor.get("/workspace/catalog/" + id + "/withdraw?lang=en");
		assertThat(question.body()).contains("Withdraw “EMC immunity test " + tag + "”?", "You cannot undo this",
				"Yes, withdraw it", "No, keep offering it");
		HttpResponse<String> withdrawn = visitor.post("/workspace/catalog/" + id + "/withdraw", Map.of("_csrf", csrf));
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		String after = visitor.get("/workspace/catalog?lang=en").body();
		assertThat(after).contains("is withdrawn", "Withdrawn", "No longer shown to enterprises", "0 offered, 1 in all")
			.doesNotContain("/workspace/catalog/" + id + "/edit");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(search(visitor, tag)).doesNotContain("/services/" + id));
		// a withdrawn item is not changed any more
		assertThat(visitor.get("/workspace/catalog/" + id + "/edit").statusCode()).isEqualTo(409);
	}

	@Test
	void a_price_that_is_not_an_amount_is_refused_beside_its_field_and_what_was_typed_stays() throws Exception {
		World.Party lab = w.institution();
		PageVisitor visitor = signedIn(lab);
		String csrf = PageVisitor.csrf(visitor.get("/workspace/catalog/new?lang=en").body());

		HttpResponse<String> refused = visitor.post("/workspace/catalog/new?lang=en",
				service(csrf, "EMC test " + tag, "TESTING_CERTIFICATION", "abc"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("There is a problem", "href=\"#price\"", "id=\"price-error\"",
				"Enter the price as an amount of yuan", "value=\"abc\"", "value=\"EMC test " + tag + "\"");
		assertThat(visitor.get("/workspace/catalog?lang=en").body()).contains("Your catalog is empty");
	}

	@Test
	void a_kind_of_service_the_institution_is_not_registered_for_is_refused_beside_the_category() throws Exception {
		World.Party lab = w.institution();
		PageVisitor visitor = signedIn(lab);
		String csrf = PageVisitor.csrf(visitor.get("/workspace/catalog/new").body());

		HttpResponse<String> refused = visitor.post("/workspace/catalog/new?lang=en",
				service(csrf, "Patent search " + tag, "INTELLECTUAL_PROPERTY", "900"));
		assertThat(refused.body()).contains("id=\"category-error\"", "href=\"#category\"",
				"not registered for this kind of service", "value=\"Patent search " + tag + "\"");

		HttpResponse<String> negative = visitor.post("/workspace/catalog/new?lang=en",
				service(csrf, "Patent search " + tag, "TESTING_CERTIFICATION", "-5"));
		assertThat(negative.body()).contains("id=\"price-error\"", "The price cannot be below zero.");
	}

	@Test
	void an_enterprise_has_no_institution_workspace_and_cannot_touch_another_institutions_item() throws Exception {
		World.Party enterprise = w.enterprise();
		PageVisitor visitor = signedIn(enterprise);
		assertThat(visitor.get("/workspace/catalog").statusCode()).isEqualTo(403);
		assertThat(visitor.download("/workspace/catalog?format=xlsx").statusCode()).isEqualTo(403);
		assertThat(visitor.get("/workspace/institution").statusCode()).isEqualTo(403);

		World.Party owner = w.institution();
		String theirs = w.service(owner, "EMC test " + tag, "TESTING_CERTIFICATION", "500.00", 3);
		PageVisitor other = signedIn(w.institution());
		assertThat(other.get("/workspace/catalog/" + theirs + "/edit").statusCode()).isEqualTo(404);
		assertThat(other.get("/workspace/catalog/" + theirs + "/withdraw").statusCode()).isEqualTo(404);
	}
}
