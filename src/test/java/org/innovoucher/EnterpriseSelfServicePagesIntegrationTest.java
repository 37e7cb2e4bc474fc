package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's own pages, without JavaScript: applying in steps with a check-your-answers page,
 * following, resubmitting and withdrawing applications, the voucher wallet, its agencies and its
 * messages; each with the workspace menu and its to-dos.
 */
class EnterpriseSelfServicePagesIntegrationTest extends IntegrationTestBase {

	/** Signs the party in on a page visitor that reads English. */
	private PageVisitor signedIn(String username) throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(visitor.get("/workspace?lang=en").statusCode()).isEqualTo(200);
		return visitor;
	}

	/** A form post with the CSRF token of the page at {@code from}. */
	private static HttpResponse<String> send(PageVisitor visitor, String from, String to, String... pairs)
			throws Exception {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		form.add(Map.entry("_csrf", PageVisitor.csrf(visitor.get(from).body())));
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(Map.entry(pairs[i], pairs[i + 1]));
		}
		return visitor.post(to, form);
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://localhost:\\d+", "");
	}

	/** Applies through the four pages; the address of the submitted application's page. */
	private static String applyThroughThePages(PageVisitor visitor, String program, String denomination)
			throws Exception {
		String base = "/workspace/applications/new";
		assertThat(location(send(visitor, base, base, "programId", program))).isEqualTo(base + "/amount");
		assertThat(location(send(visitor, base + "/amount", base + "/amount", "denomination", denomination)))
			.isEqualTo(base + "/purpose");
		assertThat(location(send(visitor, base + "/purpose", base + "/purpose", "purpose", "EMC testing of our sensor",
				"serviceCategories", "TESTING_CERTIFICATION"))).isEqualTo(base + "/check");
		return location(send(visitor, base + "/check", base + "/check"));
	}

	private String applicationId(String page) {
		return page.substring(page.lastIndexOf('/') + 1);
	}

	@Test
	void an_enterprise_applies_in_four_steps_offered_only_its_size_classes_values_and_follows_its_application()
			throws Exception {
		World w = world();
		String program = w.program("1000000.00", "denominationsBySizeClass",
				Map.of("SMALL", List.of("50000.00"), "MEDIUM", List.of("100000.00")));
		String closed = w.program("1000000.00", "applicationOpensOn", "2026-06-01");
		Party enterprise = w.enterprise(World.XIAODIAN, "SMALL");
		PageVisitor visitor = signedIn(enterprise.username());
		// a firm that never applied is told where to start
		assertThat(visitor.get("/workspace").body()).contains("Apply for a voucher of ",
				"href=\"/workspace/applications/new\"");

		HttpResponse<String> first = visitor.get("/workspace/applications/new");
		assertThat(first.body()).contains("Step 1 of 4", "Which program do you apply to?", "value=\"" + program + "\"",
				"Applications until 31 Dec 2026", "href=\"/workspace/vouchers\"")
			.doesNotContain("value=\"" + closed + "\"", "style=\"");
		HttpResponse<String> none = send(visitor, "/workspace/applications/new", "/workspace/applications/new");
		assertThat(none.body()).contains("There is a problem", "href=\"#programId\"", "id=\"programId-error\"",
				"Choose the program you apply to.");
		assertThat(send(visitor, "/workspace/applications/new", "/workspace/applications/new", "programId", closed).body())
			.contains("id=\"programId-error\"", "does not take applications at the moment");

		send(visitor, "/workspace/applications/new", "/workspace/applications/new", "programId", program);
		HttpResponse<String> amount = visitor.get("/workspace/applications/new/amount");
		// a small enterprise is offered the small enterprises' value only
		assertThat(amount.body()).contains("Step 2 of 4", "¥50,000.00").doesNotContain("¥100,000.00");
		assertThat(send(visitor, "/workspace/applications/new/amount", "/workspace/applications/new/amount",
				"denomination", "100000.00").body())
			.contains("id=\"denomination-error\"", "Choose one of the voucher values your enterprise may apply for.");
		send(visitor, "/workspace/applications/new/amount", "/workspace/applications/new/amount", "denomination",
				"50000.00");
		HttpResponse<String> blank = send(visitor, "/workspace/applications/new/purpose",
				"/workspace/applications/new/purpose", "purpose", " ", "serviceCategories", "CONSULTING");
		assertThat(blank.body()).contains("id=\"purpose-error\"", "Describe what you need the voucher for.")
			.containsPattern("value=\"CONSULTING\"\\s+checked");
		send(visitor, "/workspace/applications/new/purpose", "/workspace/applications/new/purpose", "purpose",
				"EMC testing of our sensor", "serviceCategories", "TESTING_CERTIFICATION", "serviceCategories",
				"CONSULTING");

		HttpResponse<String> check = visitor.get("/workspace/applications/new/check");
		assertThat(check.body()).contains("Check your answers before applying", "企业 " + enterprise.username(),
				"¥50,000.00", "EMC testing of our sensor", "Testing and certification", "Technology consulting",
				"href=\"/workspace/applications/new/amount\"", "within 10 working days");
		String page = location(send(visitor, "/workspace/applications/new/check", "/workspace/applications/new/check"));
		assertThat(page).startsWith("/workspace/applications/");

		HttpResponse<String> followed = visitor.get(page);
		// 2 Mar 2026 plus ten working days
		assertThat(visitor.get("/workspace").body()).doesNotContain("Apply for a voucher of ");
		assertThat(followed.body()).contains("Your application is submitted", "Submitted, awaiting the bureau",
				"16 Mar 2026 (10 working days left)", "Withdraw the application")
			.doesNotContain(">SUBMITTED<", "Change and submit again");
		// a reload shows the application without the confirmation
		assertThat(visitor.get(page).body()).doesNotContain("Your application is submitted");
		// the answers were filed: the API sees them
		Response filed = api.get("/api/v1/voucher-applications/" + applicationId(page), enterprise.token());
		assertThat(filed.text("denomination")).isEqualTo("50000.00");
		assertThat(visitor.get("/workspace/applications").body()).contains("href=\"" + page + "\"", "¥50,000.00",
				"submitted on 2 Mar 2026", "href=\"/workspace/applications?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/applications?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Program", "Voucher value", "Status", "Submitted on",
				"Address in the portal");
		assertThat(sheet).hasSize(2);
		assertThat(sheet.get(1).subList(1, 5)).containsExactly(50000.0, "Submitted, awaiting the bureau's decision",
				LocalDate.of(2026, 3, 2).atStartOfDay(), page);
		// the draft is gone: a new application starts at the first step
		assertThat(location(visitor.get("/workspace/applications/new/check"))).endsWith("/workspace/applications/new/purpose");
		// applying twice is refused on the check page, in words
		HttpResponse<String> twice = send(visitor, "/workspace/applications/new", "/workspace/applications/new",
				"programId", program);
		send(visitor, "/workspace/applications/new/amount", "/workspace/applications/new/amount", "denomination",
				"50000.00");
		send(visitor, "/workspace/applications/new/purpose", "/workspace/applications/new/purpose", "purpose", "again");
		assertThat(twice.statusCode()).isEqualTo(302);
		assertThat(send(visitor, "/workspace/applications/new/check", "/workspace/applications/new/check").body())
			.contains("There is a problem", "has already applied for this program");
	}

	@Test
	void a_returned_application_shows_the_reason_and_a_to_do_and_is_resubmitted_then_another_is_withdrawn()
			throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		PageVisitor visitor = signedIn(enterprise.username());
		String page = applyThroughThePages(visitor, program, "50000.00");
		String id = applicationId(page);
		assertThat(api.post("/api/v1/voucher-applications/" + id + "/decision", w.reviewer,
				Api.obj("decision", "RETURN", "reason", "Name the standard you will test against")).status())
			.isEqualTo(200);

		assertThat(visitor.get(page).body()).contains("Returned for changes", "What the bureau says",
				"Name the standard you will test against", "Change and submit again");
		assertThat(visitor.get("/workspace").body()).contains(
				"Change and resubmit your voucher application. The bureau says: Name the standard you will test against",
				"href=\"" + page + "\"");

		String resubmission = page + "/resubmission";
		HttpResponse<String> form = visitor.get(resubmission);
		assertThat(form.body()).contains("EMC testing of our sensor").containsPattern("value=\"50000.00\"\\s+checked");
		assertThat(send(visitor, resubmission, resubmission, "denomination", "50000.00", "purpose", "").body())
			.contains("id=\"purpose-error\"");
		assertThat(location(send(visitor, resubmission, resubmission, "denomination", "100000.00", "purpose",
				"EMC testing to GB/T 17626", "serviceCategories", "TESTING_CERTIFICATION"))).isEqualTo(page);
		assertThat(visitor.get(page).body()).contains("Your application is submitted again", "¥100,000.00",
				"EMC testing to GB/T 17626");
		assertThat(visitor.get("/workspace").body()).doesNotContain("Change and resubmit");

		String withdrawal = page + "/withdrawal";
		assertThat(visitor.get(withdrawal).body()).contains("Withdraw your application?", "¥100,000.00");
		assertThat(location(send(visitor, withdrawal, withdrawal))).isEqualTo(page);
		assertThat(visitor.get(page).body()).contains("Your application is withdrawn", "Withdrawn")
			.doesNotContain("Withdraw the application", "Change and submit again");
	}

	@Test
	void the_wallet_shows_each_vouchers_serial_value_balance_validity_status_and_what_it_may_buy() throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String serial = api.get("/api/v1/vouchers/" + voucher, enterprise.token()).text("serialNumber");
		PageVisitor visitor = signedIn(enterprise.username());

		HttpResponse<String> wallet = visitor.get("/workspace/vouchers");
		assertThat(wallet.statusCode()).isEqualTo(200);
		assertThat(wallet.body()).contains("Your vouchers", serial, "id=\"voucher-" + serial + "\"", "¥50,000.00",
				"31 Dec 2026", "Issued, not yet used", "Research and development", "Testing and certification",
				"Intellectual property", "Shanxi", "aria-current=\"page\"")
			.doesNotContain(">ISSUED<", "style=\"");
		assertThat(wallet.body()).contains("href=\"/workspace/vouchers?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/vouchers?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Program", "Serial number", "Face value", "Left to spend", "Valid until",
				"Status");
		assertThat(sheet).hasSize(2);
		assertThat(sheet.get(1).subList(1, 6)).containsExactly(serial, 50000.0, 50000.0,
				LocalDate.of(2026, 12, 31).atStartOfDay(), "Issued, not yet used");
		// another enterprise's wallet does not show it
		PageVisitor another = signedIn(w.enterprise().username());
		assertThat(another.get("/workspace/vouchers").body()).doesNotContain(serial, "format=xlsx")
			.contains("You have no voucher yet.");
		assertThat(Workbooks.rows(another.download("/workspace/vouchers?format=xlsx"))).hasSize(1);
		assertThat(signedIn(w.institution().username()).download("/workspace/vouchers?format=xlsx").statusCode())
			.isEqualTo(403);
	}

	@Test
	void a_voucher_about_to_expire_with_balance_left_is_a_to_do_with_its_working_days_left() throws Exception {
		World w = world();
		String program = w.program("1000000.00", "validUntil", "2026-03-20");
		Party enterprise = w.enterprise();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String serial = api.get("/api/v1/vouchers/" + voucher, enterprise.token()).text("serialNumber");

		assertThat(signedIn(enterprise.username()).get("/workspace").body()).contains(
				"Spend voucher " + serial + " before it expires", "by 20 Mar 2026 (14 working days left)",
				"href=\"/workspace/vouchers#voucher-" + serial + "\"");
	}

	@Test
	void an_enterprise_lets_an_agency_act_for_it_by_username_and_stops_it() throws Exception {
		World w = world();
		Party enterprise = w.enterprise();
		String agency = agency(w);
		PageVisitor visitor = signedIn(enterprise.username());
		assertThat(visitor.get("/workspace").body()).contains("href=\"/workspace/agencies\"");
		assertThat(visitor.get("/workspace/agencies").body()).contains("No agency acts for your enterprise.");

		HttpResponse<String> unknown = send(visitor, "/workspace/agencies", "/workspace/agencies", "agencyUsername",
				"nobody-" + agency);
		assertThat(unknown.body()).contains("id=\"agencyUsername-error\"",
				"There is no agency with the username nobody-" + agency, "value=\"nobody-" + agency + "\"");
		assertThat(location(send(visitor, "/workspace/agencies", "/workspace/agencies", "agencyUsername", agency)))
			.isEqualTo("/workspace/agencies");
		HttpResponse<String> listed = visitor.get("/workspace/agencies");
		assertThat(listed.body()).contains("Agency " + agency + " may now act for your enterprise.", agency,
				"Acts for you", "since 2 Mar 2026", "Stop this agency");
		assertThat(send(visitor, "/workspace/agencies", "/workspace/agencies", "agencyUsername", agency).body())
			.contains("This agency already acts for your enterprise.");

		String revoke = listed.body().replaceAll("(?s).*action=\"(/workspace/agencies/[^\"]+/revocation)\".*", "$1");
		assertThat(location(send(visitor, "/workspace/agencies", revoke))).isEqualTo("/workspace/agencies");
		assertThat(visitor.get("/workspace/agencies").body()).contains("may no longer act", "Stopped",
				"stopped on 2 Mar 2026");
		// the agency's page is the enterprise's own: an agency does not manage delegations
		PageVisitor agencyVisitor = signedIn(agency);
		assertThat(agencyVisitor.get("/workspace/agencies").statusCode()).isEqualTo(403);
		assertThat(agencyVisitor.get("/workspace").body()).doesNotContain("href=\"/workspace/agencies\"");
	}

	private String agency(World w) {
		String name = org.innovoucher.support.TestData.username("agency");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", name, "password", World.PASSWORD,
				"email", name + "@agency.example.cn", "roles", List.of("AGENCY"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		return name;
	}

	@Test
	void an_agency_without_a_choice_is_sent_to_choose_and_then_applies_with_the_enterprises_name_on_every_page()
			throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party other = w.enterprise();
		String agency = agency(w);
		for (Party p : List.of(enterprise, other)) {
			assertThat(api.post("/api/v1/enterprises/" + p.id() + "/delegations", p.token(),
					Api.obj("agencyUsername", agency)).status()).isEqualTo(201);
		}
		PageVisitor visitor = signedIn(agency);
		for (String page : List.of("/workspace/applications/new", "/workspace/applications", "/workspace/vouchers")) {
			assertThat(location(visitor.get(page))).as(page).isEqualTo("/workspace/acting-for");
		}
		HttpResponse<String> choose = visitor.get("/workspace/acting-for");
		assertThat(choose.body()).contains("企业 " + enterprise.username(), "企业 " + other.username());
		assertThat(location(send(visitor, "/workspace/acting-for", "/workspace/acting-for", "enterpriseId",
				enterprise.id()))).isEqualTo("/workspace");

		String name = "企业 " + enterprise.username();
		for (String page : List.of("/workspace", "/workspace/applications/new", "/workspace/vouchers",
				"/workspace/messages", "/programs")) {
			assertThat(visitor.get(page).body()).as(page).contains("You act for", name);
		}
		String filed = applyThroughThePages(visitor, program, "50000.00");
		assertThat(visitor.get(filed).body()).contains("You act for", name, "Submitted, awaiting the bureau");
		Response seen = api.get("/api/v1/voucher-applications/" + applicationId(filed), enterprise.token());
		assertThat(seen.text("enterpriseId")).isEqualTo(enterprise.id());
	}

	@Test
	void messages_are_listed_newest_first_in_the_pages_language_unread_in_words_and_marked_read() throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		w.voucher(enterprise, program, "50000.00");
		await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/notifications", enterprise.token())
			.body().get("total").asInt() >= 2);
		PageVisitor visitor = signedIn(enterprise.username());

		HttpResponse<String> workspace = visitor.get("/workspace");
		assertThat(workspace.body()).contains("Read your 2 new message(s)", "href=\"/workspace/messages\"", "(2)");
		HttpResponse<String> messages = visitor.get("/workspace/messages");
		String body = messages.body();
		assertThat(body).contains("2 new message(s)", "Your voucher application was approved", "New", "Mark as read")
			.doesNotContain("您的创新券");
		assertThat(body.indexOf("Your voucher application was approved")).isGreaterThan(-1);
		String first = body.replaceAll("(?s).*?id=\"message-([^\"]+)\".*", "$1");
		String read = "/workspace/messages/" + first + "/read";
		assertThat(location(send(visitor, "/workspace/messages", read))).startsWith("/workspace/messages#message-" + first);
		HttpResponse<String> after = visitor.get("/workspace/messages");
		assertThat(after.body()).contains("1 new message(s)", "Read on 2 Mar 2026");
		assertThat(visitor.get("/workspace").body()).contains("Read your 1 new message(s)", "(1)");
		// in Chinese, the Chinese half of the same message
		assertThat(visitor.get("/workspace/messages?lang=zh-CN").body()).contains("条新消息")
			.doesNotContain("Your voucher application was approved");
		// the workbook last: its language sticks to the session as a page's does
		assertThat(after.body()).contains("href=\"/workspace/messages?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/messages?format=xlsx&lang=en"));
		assertThat(sheet).hasSize(3);
		assertThat(sheet.get(0)).containsExactly("Subject", "Message", "Received", "To act on by", "Read on");
		assertThat(sheet).extracting(row -> row.get(0)).contains("Your voucher application was approved");
		assertThat(sheet.subList(1, 3)).allMatch(row -> row.get(2) instanceof LocalDateTime)
			.filteredOn(row -> row.get(4) instanceof LocalDateTime).hasSize(1);
		assertThat(Workbooks.rows(visitor.download("/workspace/messages?format=xlsx&lang=zh-CN")).get(0)).startsWith("主题");
		PageVisitor nobody = new PageVisitor(port);
		assertThat(nobody.download("/workspace/messages?format=xlsx").statusCode())
			.isEqualTo(nobody.get("/workspace/messages").statusCode()).isNotEqualTo(200);
		// nobody marks another's message
		PageVisitor stranger = signedIn(w.enterprise().username());
		assertThat(send(stranger, "/workspace/messages", read).statusCode()).isEqualTo(404);
	}

	@Test
	void the_workspace_menu_offers_each_person_the_pages_of_their_own_work() throws Exception {
		World w = world();
		String institutionMenu = signedIn(w.institution().username()).get("/workspace").body();
		assertThat(institutionMenu).contains("href=\"/workspace/institution\"", "href=\"/workspace/catalog\"",
				"href=\"/workspace/messages\"").doesNotContain("href=\"/workspace/vouchers\"");
		String enterpriseMenu = signedIn(w.enterprise().username()).get("/workspace").body();
		assertThat(enterpriseMenu).contains("href=\"/workspace/applications/new\"", "href=\"/workspace/vouchers\"",
				"href=\"/workspace/agencies\"").doesNotContain("href=\"/workspace/catalog\"");
	}
}
