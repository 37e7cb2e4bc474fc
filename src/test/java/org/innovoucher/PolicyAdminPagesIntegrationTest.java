package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy administrator's pages without JavaScript: the program editor with the service's refusals
 * beside their inputs, versions side by side with the changes in words, budgets with execution bars
 * drawn on the server, publishing and closing after a question, and the to-dos.
 */
class PolicyAdminPagesIntegrationTest extends IntegrationTestBase {

	private World w;
	private PageVisitor visitor;

	@BeforeEach
	void signIn() throws Exception {
		w = world();
		String username = TestData.username("pa");
		Api.Response created = api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
				World.PASSWORD, "email", username + "@gov.example.cn", "roles", List.of("POLICY_ADMIN"), "regionCode",
				World.PROVINCE));
		assertThat(created.status()).isEqualTo(201);
		visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
	}

	/** Every input of the editor as a person fills it: the Shanxi rules of api.md, with some replaced. */
	private List<Map.Entry<String, String>> rules(String name, Map<String, String> replaced) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PageVisitor.csrf(visitor.get("/workspace/programs/new").body()));
		form.put("name", name);
		form.put("regionCode", World.PROVINCE);
		form.put("year", "2026");
		form.put("cycle", "ANNUAL");
		form.put("applicationOpensOn", "2026-01-01");
		form.put("applicationClosesOn", "2026-12-31");
		form.put("validUntil", "2026-12-31");
		form.put("denominations", "50000.00\n100000.00");
		form.put("bySize.MICRO", "50000.00");
		form.put("excessRatio", "0.50");
		form.put("excessRatioByRegion.140200", "0.60");
		form.put("annualCapPerEnterprise", "200,000.00");
		form.put("techSmeRequired", "false");
		form.put("teamsAllowed", "false");
		form.put("maxVouchersPerEnterprise", "1");
		form.put("preRedemptionAllowed", "false");
		form.put("reviewWorkingDays", "10");
		form.put("confirmWorkingDays", "5");
		form.put("noticeWorkingDays", "5");
		form.put("banYearsOnFraud", "3");
		form.putAll(replaced);
		List<Map.Entry<String, String>> entries = new ArrayList<>(form.entrySet());
		entries.add(Map.entry("serviceCategories", "TESTING_CERTIFICATION"));
		entries.add(Map.entry("serviceCategories", "RESEARCH_DEVELOPMENT"));
		entries.add(Map.entry("acceptedInstitutionRegions", World.PROVINCE));
		return entries;
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://localhost:\\d+", "");
	}

	@Test
	void the_editor_shows_every_rule_with_its_default_and_the_services_refusals_beside_their_inputs() throws Exception {
		String blank = visitor.get("/workspace/programs/new?lang=en").body();
		assertThat(blank).contains("Create a program", "Deadlines in working days", "<legend", "for=\"reviewWorkingDays\"",
				"id=\"reviewWorkingDays\" name=\"reviewWorkingDays\" type=\"number\"", "value=\"10\"", "Excess ratio",
				"Testing and certification", "Shanxi").doesNotContain("style=\"", "REVIEW_WORKING_DAYS", "??");

		HttpResponse<String> refused = visitor.post("/workspace/programs/new", rules("Refused " + TestData.username("p"),
				Map.of("reviewWorkingDays", "0", "applicationClosesOn", "2025-12-31", "annualCapPerEnterprise", "lots",
						"denominations", "50000.00\n50000.00")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("There is a problem", "id=\"reviewWorkingDays-error\"",
				"Enter between 1 and 120 working days.", "id=\"applicationClosesOn-error\"",
				"Applications cannot close before they open.", "id=\"annualCapPerEnterprise-error\"",
				"Enter an amount in yuan with at most two decimals", "Each voucher value may be given only once.",
				"href=\"#reviewWorkingDays\"", "value=\"lots\"");

		// in Chinese the same refusal, in Chinese
		HttpResponse<String> chinese = visitor.post("/workspace/programs/new?lang=zh-CN",
				rules("拒绝 " + TestData.username("p"), Map.of("reviewWorkingDays", "121")));
		assertThat(chinese.body()).contains("请输入 1 至 120 个工作日。");

		String name = "Editor " + TestData.username("p");
		String page = location(visitor.post("/workspace/programs/new", rules(name, Map.of("reviewWorkingDays", "12"))));
		assertThat(visitor.get(page + "?lang=en").body()).contains("The program is created as a draft", name, "Draft",
				"value=\"12\"");
		Api.Response saved = api.get("/api/v1/programs/" + page.substring(page.lastIndexOf('/') + 1), w.policyAdmin);
		assertThat(saved.body().get("reviewWorkingDays").asInt()).isEqualTo(12);
		assertThat(saved.body().get("annualCapPerEnterprise").asText()).isEqualTo("200000.00");
		assertThat(saved.body().get("denominationsBySizeClass").get("MICRO").get(0).asText()).isEqualTo("50000.00");
		assertThat(saved.text("status")).isEqualTo("DRAFT");
	}

	@Test
	void the_rules_of_issue_10_are_inputs_too_with_their_refusals_beside_them_and_versions_compare_them() throws Exception {
		String blank = visitor.get("/workspace/programs/new?lang=en").body();
		assertThat(blank).contains("id=\"rounds[0].name\"", "id=\"rounds[2].reviewBatchOn\"", "id=\"payee-INSTITUTION\"",
				"id=\"confirmation-SEALED_LETTER\"", "id=\"expertReview.files-claims\"", "id=\"expertReview.passMark\"",
				"id=\"reviewChecklists.TESTING_CERTIFICATION[0].criterion\"", "Review checklists").doesNotContain("??");

		Map<String, String> refusedRules = new LinkedHashMap<>();
		refusedRules.put("rounds[1].name", "H1");
		refusedRules.put("rounds[1].applicationOpensOn", "2025-12-01");
		refusedRules.put("rounds[1].applicationClosesOn", "2026-06-30");
		refusedRules.put("expertReview.panelSize", "12");
		// the sealed letter is the institution's own confirmation: not where the institution files
		refusedRules.put("payee", "INSTITUTION");
		refusedRules.put("confirmation", "SEALED_LETTER");
		refusedRules.put("reviewChecklists.TESTING_CERTIFICATION[0].criterion", "Report matches the contract");
		refusedRules.put("reviewChecklists.TESTING_CERTIFICATION[0].weight", "40");
		HttpResponse<String> refused = visitor.post("/workspace/programs/new",
				rules("Refused " + TestData.username("p"), refusedRules));
		assertThat(refused.statusCode()).isEqualTo(200);
		// the empty first row is dropped: the filled one is the first round, and its refusal is beside it
		assertThat(refused.body()).contains("id=\"rounds[0]-error\"",
				"A round must lie inside the program&#39;s application window.", "value=\"H1\"",
				"id=\"expertReview.panelSize-error\"", "Enter a panel of 1 to 9 experts.",
				"id=\"reviewChecklists.TESTING_CERTIFICATION-error\"", "The weights of the criteria must make 100.",
				"id=\"confirmation-error\"", "A sealed letter is for programs where the enterprise files");

		Map<String, String> fine = new LinkedHashMap<>();
		fine.put("cycle", "SEMI_ANNUAL");
		fine.put("rounds[0].name", "2026 H1");
		fine.put("rounds[0].applicationOpensOn", "2026-01-01");
		fine.put("rounds[0].applicationClosesOn", "2026-06-30");
		fine.put("rounds[0].reviewBatchOn", "2026-07-15");
		fine.put("payee", "INSTITUTION");
		fine.put("confirmation", "ONLINE");
		fine.put("expertReview.files", "claims");
		fine.put("expertReview.panelSize", "5");
		fine.put("expertReview.passMark", "65.00");
		fine.put("reviewChecklists.TESTING_CERTIFICATION[0].criterion", "Report matches the contract");
		fine.put("reviewChecklists.TESTING_CERTIFICATION[0].weight", "40");
		fine.put("reviewChecklists.TESTING_CERTIFICATION[1].criterion", "Results are verifiable");
		fine.put("reviewChecklists.TESTING_CERTIFICATION[1].weight", "60");
		String name = "Issue 10 " + TestData.username("p");
		String page = location(visitor.post("/workspace/programs/new", rules(name, fine)));
		String id = page.substring(page.lastIndexOf('/') + 1);
		Api.Response saved = api.get("/api/v1/programs/" + id, w.policyAdmin);
		assertThat(saved.body().get("rounds").get(0).get("reviewBatchOn").asText()).isEqualTo("2026-07-15");
		assertThat(saved.text("payee")).isEqualTo("INSTITUTION");
		assertThat(saved.text("confirmation")).isEqualTo("ONLINE");
		assertThat(saved.body().get("expertReview").get("claims").asBoolean()).isTrue();
		assertThat(saved.body().get("expertReview").get("panelSize").asInt()).isEqualTo(5);
		assertThat(saved.body().get("reviewChecklists").get("TESTING_CERTIFICATION").get(1).get("weight").asInt())
			.isEqualTo(60);
		assertThat(visitor.get(page + "?lang=en").body()).contains("value=\"2026 H1\"", "value=\"Results are verifiable\"",
				"Testing and certification: its own checklist");

		assertThat(api.post("/api/v1/programs/" + id + "/publish", w.policyAdmin, Map.of()).status()).isEqualTo(200);
		Map<String, String> changed = new LinkedHashMap<>(fine);
		changed.put("rounds[0].reviewBatchOn", "2026-07-20");
		changed.put("payee", "ENTERPRISE");
		changed.put("confirmation", "SEALED_LETTER");
		location(visitor.post(page, rules(name, changed)));
		assertThat(visitor.get(page + "/versions?lang=en").body()).contains("3 rules changed from version 1 to version 2",
				"2026 H1: 1 Jan 2026 to 30 Jun 2026, reviewed 15 Jul 2026", "reviewed 20 Jul 2026",
				"The institution (it takes the voucher as part payment)").doesNotContain("??");
	}

	@Test
	void a_change_to_an_open_program_makes_a_version_and_the_versions_are_compared_in_words() throws Exception {
		String name = "Versions " + TestData.username("p");
		String page = location(visitor.post("/workspace/programs/new", rules(name, Map.of())));
		String id = page.substring(page.lastIndexOf('/') + 1);
		assertThat(visitor.get(page + "/versions?lang=en").body()).contains("one version so far");
		assertThat(api.post("/api/v1/programs/" + id + "/publish", w.policyAdmin, Map.of()).status()).isEqualTo(200);

		HttpResponse<String> amended = visitor.post(page,
				rules(name, Map.of("annualCapPerEnterprise", "300000.00", "noticeWorkingDays", "7")));
		assertThat(location(amended)).isEqualTo(page);
		assertThat(visitor.get(page + "?lang=en").body()).contains("saved as version 2");

		String versions = visitor.get(page + "/versions?lang=en").body();
		assertThat(versions).contains("2 rules changed from version 1 to version 2",
				"Most an enterprise is paid in a calendar year (yuan): ¥200,000.00 became ¥300,000.00",
				"Public notice lasts: 5 working days became 7 working days", "<mark>¥300,000.00</mark>", "Changed", "Same")
			.doesNotContain("style=\"", "??");
		// the earlier version is kept as it was: vouchers issued under it keep it
		assertThat(api.get("/api/v1/programs/" + id + "/versions/1", w.policyAdmin).text("annualCapPerEnterprise"))
			.isEqualTo("200000.00");
	}

	@Test
	void budgets_are_set_per_region_and_drawn_as_bars_with_their_figures_beside_them() throws Exception {
		String id = w.program("1000000.00");
		World.Party enterprise = w.enterprise();
		w.voucher(enterprise, id, "50000.00");
		String path = "/workspace/programs/" + id + "/budgets";
		String page = visitor.get(path + "?lang=en").body();
		assertThat(page).contains("Taiyuan", "budget ¥1,000,000.00, 5% committed", "Reserved by issued vouchers",
				"¥50,000.00", "¥950,000.00", "<svg", "class=\"bar-reserved\"", "x=\"0\"", "width=\"5.00\"",
				"class=\"bar-available\"", "width=\"95.00\"").doesNotContain("style=\"", "??");

		String csrf = PageVisitor.csrf(page);
		HttpResponse<String> badAmount = visitor.post(path + "?lang=en",
				Map.of("_csrf", csrf, "regionCode", World.DATONG, "amount", "half a million"));
		assertThat(badAmount.body()).contains("id=\"amount-error\"", "Enter an amount in yuan");
		HttpResponse<String> outside = visitor.post(path + "?lang=en",
				Map.of("_csrf", csrf, "regionCode", "110000", "amount", "500000.00"));
		assertThat(outside.body()).contains("id=\"regionCode-error\"", "Choose a region within the program");
		HttpResponse<String> belowCommitted = visitor.post(path + "?lang=en",
				Map.of("_csrf", csrf, "regionCode", World.TAIYUAN, "amount", "10000.00"));
		assertThat(belowCommitted.body()).contains("id=\"amount-error\"");

		assertThat(location(visitor.post(path, Map.of("_csrf", csrf, "regionCode", World.DATONG, "amount", "500,000.00"))))
			.isEqualTo(path);
		assertThat(visitor.get(path + "?lang=en").body()).contains("The budget of Datong is set to ¥500,000.00",
				"budget ¥500,000.00, 0% committed", "All regions", "budget ¥1,500,000.00");
		assertThat(visitor.get(path + "?lang=en").body()).contains("href=\"" + path + "?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download(path + "?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Region", "Budget", "Paid", "Approved, not yet paid",
				"Bound by confirmed claims", "Reserved by issued vouchers", "Available");
		assertThat(sheet.subList(1, sheet.size())).containsExactlyInAnyOrder(
				List.of("Taiyuan", 1_000_000.0, 0.0, 0.0, 0.0, 50_000.0, 950_000.0),
				List.of("Datong", 500_000.0, 0.0, 0.0, 0.0, 0.0, 500_000.0));
		assertThat(w.ledger(id).status()).isEqualTo(200);
	}

	@Test
	void a_program_is_published_and_closed_after_a_question_each_and_a_repeat_is_refused_in_words() throws Exception {
		String name = "Lifecycle " + TestData.username("p");
		String page = location(visitor.post("/workspace/programs/new", rules(name, Map.of())));
		assertThat(visitor.get(page + "?lang=en").body()).contains("created as a draft");
		String question = visitor.get(page + "/publish?lang=en").body();
		assertThat(question).contains("Publish " + name + "?", "No region has a budget yet", "Yes, publish the program");
		assertThat(location(visitor.post(page + "/publish", Map.of("_csrf", PageVisitor.csrf(question))))).isEqualTo(page);
		assertThat(visitor.get(page + "?lang=en").body()).contains("The program is published", "Open for applications",
				"Save as a new version");

		String close = visitor.get(page + "/close?lang=en").body();
		assertThat(close).contains("Close " + name + "?", "Yes, close the program");
		assertThat(location(visitor.post(page + "/close", Map.of("_csrf", PageVisitor.csrf(close))))).isEqualTo(page);
		assertThat(visitor.get(page + "?lang=en").body()).contains("Closed", "its rules no longer change")
			.doesNotContain("Save as a new version");
		assertThat(visitor.get("/workspace/programs?lang=en").body()).contains("href=\"/workspace/programs?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/programs?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Program", "Region", "Year", "Status", "Rules", "Address in the portal");
		assertThat(sheet).filteredOn(row -> name.equals(row.get(0)))
			.containsExactly(List.of(name, "Shanxi", 2026.0, "Closed", 1.0, page));

		HttpResponse<String> again = visitor.post(page + "/publish?lang=en", Map.of("_csrf", PageVisitor.csrf(close)));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("This cannot be done at the file&#39;s current stage");
	}

	@Test
	void the_to_do_list_names_drafts_by_their_opening_day_and_budgets_nearly_spent() throws Exception {
		String draft = "Draft " + TestData.username("p");
		location(visitor.post("/workspace/programs/new", rules(draft, Map.of("applicationOpensOn", "2026-03-16"))));
		String open = w.program("50000.00");
		w.voucher(w.enterprise(), open, "50000.00");
		String todo = visitor.get("/workspace?lang=en").body();
		assertThat(todo).contains("Program “" + draft + "” is a draft", "16 Mar 2026", "10 working days left",
				"the budget of Taiyuan is nearly spent (¥0.00 left)", "href=\"/workspace/programs/" + open + "/budgets\"",
				"href=\"/workspace/programs\"");
	}

	@Test
	void the_pages_are_refused_to_staff_who_are_not_policy_administrators() throws Exception {
		String username = TestData.username("rv");
		api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD, "email",
				username + "@gov.example.cn", "roles", List.of("BUREAU_REVIEWER"), "regionCode", World.TAIYUAN));
		PageVisitor reviewer = new PageVisitor(port);
		reviewer.signIn(username, World.PASSWORD);
		assertThat(reviewer.get("/workspace/programs").statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/workspace/programs/new").statusCode()).isEqualTo(403);
		assertThat(reviewer.download("/workspace/programs?format=xlsx").statusCode()).isEqualTo(403);
		assertThat(reviewer.download("/workspace/programs/any/budgets?format=xlsx").statusCode())
			.isEqualTo(403);
		assertThat(reviewer.get("/workspace?lang=en").body()).doesNotContain("href=\"/workspace/programs\"");
	}
}
