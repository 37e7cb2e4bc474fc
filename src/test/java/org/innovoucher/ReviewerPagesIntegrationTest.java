package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.TestData;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/**
 * The bureau reviewer's pages work without JavaScript: queues of the reviewer's regions by due date
 * with the overdue first and marked in words; a file page with every fact, the computation of the
 * payable and the evidence shown inline; a decision refused beside its field; and a batch decided
 * file by file, the result page saying each outcome.
 */
class ReviewerPagesIntegrationTest extends IntegrationTestBase {

	private static final String EN = "lang=en";

	/** A staff account signed in to the pages. */
	private PageVisitor staffSignedIn(World w, String role, String region) throws Exception {
		String username = TestData.username("rv");
		Api.Response created = api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
				World.PASSWORD, "email", username + "@gov.example.cn", "roles", List.of(role), "regionCode", region));
		assertThat(created.status()).as("create %s", created).isEqualTo(201);
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	private static String name(World.Party enterprise) {
		return "企业 " + enterprise.username();
	}

	/** A claim under review in {@code program}, of a new enterprise with its own voucher and contract. */
	private static String claimUnderReview(World w, String program, World.Party institution, World.Party enterprise,
			String paid) {
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, institution, voucher, paid);
		return Scenarios.claimUnderReview(new Scenarios.Deal(w, program, enterprise, institution, voucher, contract), paid);
	}

	@Test
	void the_application_queue_shows_the_reviewers_regions_only_the_overdue_first_and_marked_in_words() throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		World.Party early = w.enterprise();
		World.Party datong = w.enterprise(World.DATONG, "SMALL");
		assertThat(w.apply(early, program, "50000.00").status()).isEqualTo(201);
		assertThat(w.apply(datong, program, "50000.00").status()).isEqualTo(201);
		w.setClock("2026-03-20T09:00:00+08:00");
		World.Party late = w.enterprise();
		assertThat(w.apply(late, program, "50000.00").status()).isEqualTo(201);

		PageVisitor taiyuan = staffSignedIn(w, "BUREAU_REVIEWER", World.TAIYUAN);
		String queue = taiyuan.get("/workspace/review/applications?program=" + program + "&" + EN).body();
		assertThat(queue).contains("Applications to review", "2 files", "Overdue: was due on 16 Mar 2026",
				"Due on 3 Apr 2026", "name=\"ids\"", "<label class=\"visually-hidden\"",
				"<option value=\"SUBMITTED\" selected=\"selected\">")
			.doesNotContain(name(datong), "style=\"", "<script>");
		assertThat(queue.indexOf(name(early))).as("the overdue first").isLessThan(queue.indexOf(name(late)));
		// the round each file was filed in, with the day its round is reviewed together, and a filter by round
		assertThat(queue).contains("<select id=\"round\" name=\"round\"", "reviewed together on 15 Jan 2027");
		assertThat(taiyuan.get("/workspace/review/applications?program=" + program + "&round=2026&" + EN).body())
			.contains(name(early), name(late));
		assertThat(taiyuan.get("/workspace/review/applications?program=" + program + "&round=2027&" + EN).body())
			.doesNotContain(name(early), name(late));

		String overdueOnly = taiyuan.get("/workspace/review/applications?program=" + program + "&overdue=true&" + EN).body();
		assertThat(overdueOnly).contains(name(early), "1 file").doesNotContain(name(late));
		assertThat(queue).contains("href=\"/workspace/review/applications?program=" + program + "&amp;format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(taiyuan.download("/workspace/review/applications?program=" + program
				+ "&format=xlsx&" + EN));
		assertThat(sheet.get(0)).containsExactly("Enterprise", "Program", "Voucher value", "Decision due", "Status",
				"Address in the portal");
		assertThat(sheet).hasSize(3);
		assertThat(sheet.subList(1, 3)).extracting(row -> row.get(0)).containsOnly(name(early), name(late));
		assertThat(sheet.subList(1, 3)).extracting(row -> row.get(2)).containsOnly(50000.0);
		assertThat(sheet.get(1)).contains(LocalDate.of(2026, 3, 16).atStartOfDay(), "Submitted, awaiting the bureau's decision");
		assertThat((String) sheet.get(1).get(5)).startsWith("/workspace/review/applications/");
		assertThat(Workbooks.rows(taiyuan.download("/workspace/review/applications?program=" + program
				+ "&overdue=true&format=xlsx"))).hasSize(2);
		PageVisitor firm = new PageVisitor(port);
		firm.signIn(early.username(), World.PASSWORD);
		assertThat(firm.download("/workspace/review/applications?format=xlsx").statusCode()).isEqualTo(403);

		String workspace = taiyuan.get("/workspace?" + EN).body();
		assertThat(workspace).as("the start page's figures: the overdue application, the queues counted")
			.contains("At a glance", "glance-overdue", "passed", "within 5 working days",
					"<a href=\"/workspace/review/applications\">");
		assertThat(workspace).contains("Applications to review", "Claims to review",
				"Decide the voucher application of " + name(early));

		assertThat(taiyuan.get("/workspace/review/applications?program=" + program + "&lang=zh-CN").body())
			.contains("待审核申领", "已逾期");

		PageVisitor datongReviewer = staffSignedIn(w, "BUREAU_REVIEWER", World.DATONG);
		String theirs = datongReviewer.get("/workspace/review/applications?program=" + program + "&" + EN).body();
		assertThat(theirs).contains(name(datong), "1 file").doesNotContain(name(early), name(late));
		assertThat(datongReviewer.get("/workspace/review/applications?program=" + program + "&region=" + World.TAIYUAN
				+ "&" + EN).body()).contains("No file matches").doesNotContain(name(early));
	}

	@Test
	void an_application_is_decided_on_its_file_page_and_others_in_a_batch_from_the_queue() throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		World.Party first = w.enterprise();
		World.Party second = w.enterprise();
		World.Party third = w.enterprise();
		String one = w.apply(first, program, "50000.00").text("id");
		String two = w.apply(second, program, "50000.00").text("id");
		String three = w.apply(third, program, "100000.00").text("id");
		PageVisitor reviewer = staffSignedIn(w, "BUREAU_REVIEWER", World.TAIYUAN);

		String page = reviewer.get("/workspace/review/applications/" + one + "?" + EN).body();
		assertThat(page).contains("Voucher application of " + name(first), "What it asks for", "¥50,000.00", "检测认证",
				"Small", "The program rules that apply (version 1)", "History of the file",
				"Submitted, awaiting the bureau&#39;s decision", "None: this is its first file.");
		String csrf = PageVisitor.csrf(page);
		HttpResponse<String> undecided = reviewer.post("/workspace/review/applications/" + one + "/decision?" + EN,
				Map.of("_csrf", csrf, "reason", "请补充用途说明"));
		assertThat(undecided.statusCode()).isEqualTo(400);
		assertThat(undecided.body()).contains("id=\"decision-error\"", "Choose approve, return for changes or reject",
				"请补充用途说明");
		HttpResponse<String> returned = reviewer.post("/workspace/review/applications/" + one + "/decision?" + EN,
				Map.of("_csrf", csrf, "decision", "RETURN", "reason", "请补充用途说明"));
		assertThat(returned.statusCode()).isEqualTo(302);
		assertThat(api.get("/api/v1/voucher-applications/" + one, w.reviewer).text("status")).isEqualTo("RETURNED");

		HttpResponse<String> batch = reviewer.post("/workspace/review/applications/decisions?" + EN,
				List.of(Map.entry("_csrf", csrf), Map.entry("ids", two), Map.entry("ids", one), Map.entry("ids", three),
						Map.entry("decision", "APPROVE"), Map.entry("reason", "符合条件")));
		assertThat(batch.body()).contains("2 of 3 file(s) decided.", "Decided: Approved", name(second), name(third),
				"Not decided: This cannot be done at the file&#39;s current stage");
		assertThat(api.get("/api/v1/voucher-applications/" + three, w.reviewer).text("status")).isEqualTo("APPROVED");
	}

	@Test
	void the_claim_file_page_shows_every_fact_the_payable_with_its_rule_and_the_evidence_inline() throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "50000.00", "80000.00", "excessRatio", "0.60");
		String claim = Scenarios.claimUnderReview(d, "80000.00");
		PageVisitor reviewer = staffSignedIn(w, "BUREAU_REVIEWER", World.TAIYUAN);

		String page = reviewer.get("/workspace/review/claims/" + claim + "?" + EN).body();
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(World.PDF));
		assertThat(page).contains(name(d.enterprise()), d.enterprise().uscc(), "Small", "Ban", "None",
				"产品检测", "¥80,000.00", "¥68,000.00", "50,000.00 × 100% + 30,000.00 × 0.60 = 68,000.00",
				"The program rules that apply (version 1)", "reimbursed at 60%", "Application for ¥50,000.00",
				"Invention patents", sha, "<iframe", "/workspace/review/claims/" + claim + "/files/", "invoice.pdf",
				"History of the file", "Under review by the bureau", "Due on", "Amount to approve")
			.doesNotContain("style=\"", "<script>");

		String fileId = page.replaceAll("(?s).*<iframe[^>]*src=\"/workspace/review/claims/" + claim + "/files/([^\"]+)\".*", "$1");
		HttpResponse<String> file = reviewer.get("/workspace/review/claims/" + claim + "/files/" + fileId);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
		assertThat(file.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		assertThat(file.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'self'");
		HttpResponse<String> pageItself = reviewer.get("/workspace/review/claims/" + claim);
		assertThat(pageItself.headers().firstValue("X-Frame-Options")).as("no one frames a page").hasValue("DENY");
		assertThat(pageItself.headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("frame-ancestors 'none'", "object-src 'none'");
		assertThat(file.body()).startsWith("%PDF-1.4");

		PageVisitor otherRegion = staffSignedIn(w, "BUREAU_REVIEWER", World.DATONG);
		assertThat(otherRegion.get("/workspace/review/claims/" + claim + "?" + EN).statusCode()).isEqualTo(404);
	}

	@Test
	void approving_less_than_the_payable_without_a_reason_is_refused_beside_the_reason_and_nothing_is_decided()
			throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "50000.00", "80000.00", "excessRatio", "0.60");
		String claim = Scenarios.claimUnderReview(d, "80000.00");
		PageVisitor reviewer = staffSignedIn(w, "BUREAU_REVIEWER", World.TAIYUAN);
		String csrf = PageVisitor.csrf(reviewer.get("/workspace/review/claims/" + claim + "?" + EN).body());
		String decision = "/workspace/review/claims/" + claim + "/decision?" + EN;

		HttpResponse<String> noReason = reviewer.post(decision,
				Map.of("_csrf", csrf, "decision", "APPROVE", "approvedAmount", "60,000.00", "reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("There is a problem", "href=\"#reason\"", "id=\"reason-error\"",
				"Say why you approve less than the payable", "value=\"60,000.00\"");

		HttpResponse<String> tooMuch = reviewer.post(decision,
				Map.of("_csrf", csrf, "decision", "APPROVE", "approvedAmount", "68000.01", "reason", "x"));
		assertThat(tooMuch.body()).contains("id=\"approvedAmount-error\"",
				"The amount is more than the claim&#39;s payable amount");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("UNDER_REVIEW");

		HttpResponse<String> withReason = reviewer.post(decision, Map.of("_csrf", csrf, "decision", "APPROVE",
				"approvedAmount", "60,000.00", "reason", "发票金额与检测报告不符，按合同核减"));
		assertThat(withReason.statusCode()).isEqualTo(302);
		assertThat(withReason.headers().firstValue("Location").orElse("")).endsWith("/workspace/review/claims/" + claim);
		Api.Response decided = api.get("/api/v1/redemptions/" + claim, w.reviewer);
		assertThat(decided.text("status")).isEqualTo("APPROVED");
		assertThat(decided.text("approvedAmount")).isEqualTo("60000.00");
		assertThat(reviewer.get("/workspace/review/claims/" + claim + "?" + EN).body())
			.contains("Approved, awaiting public notice", "发票金额与检测报告不符", "Under review by the bureau → Approved");
	}

	@Test
	void a_batch_decides_each_ticked_claim_on_its_own_and_names_the_one_refused() throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		World.Party institution = w.institution();
		World.Party first = w.enterprise();
		World.Party second = w.enterprise();
		World.Party done = w.enterprise();
		String one = claimUnderReview(w, program, institution, first, "80000.00");
		String two = claimUnderReview(w, program, institution, second, "60000.00");
		String decided = claimUnderReview(w, program, institution, done, "40000.00");
		assertThat(w.approveClaim(decided, null).status()).isEqualTo(200);
		PageVisitor reviewer = staffSignedIn(w, "BUREAU_REVIEWER", World.TAIYUAN);

		String queue = reviewer.get("/workspace/review/claims?program=" + program + "&" + EN).body();
		assertThat(queue).contains("Claims to review", "2 files", "value=\"" + one + "\"", "value=\"" + two + "\"",
				"Decide the selected files").doesNotContain(name(done));
		String csrf = PageVisitor.csrf(queue);
		assertThat(queue).contains("href=\"/workspace/review/claims?program=" + program + "&amp;format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(reviewer.download("/workspace/review/claims?program=" + program
				+ "&format=xlsx&" + EN));
		assertThat(sheet.get(0)).contains("Enterprise", "Contract", "Subsidy payable", "Decision due", "Status");
		assertThat(sheet).hasSize(3);
		assertThat(sheet.subList(1, 3)).extracting(row -> row.get(0)).containsOnly(name(first), name(second));
		assertThat(sheet.subList(1, 3)).extracting(row -> row.get(3)).allMatch(amount -> amount instanceof Double);
		assertThat(sheet.get(1).get(5)).isEqualTo("Under review by the bureau");

		HttpResponse<String> none = reviewer.post("/workspace/review/claims/decisions?" + EN,
				List.of(Map.entry("_csrf", csrf), Map.entry("decision", "APPROVE")));
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("id=\"ids-error\"", "Select at least one file")
			.doesNotContain("format=xlsx");

		HttpResponse<String> batch = reviewer.post("/workspace/review/claims/decisions?" + EN,
				List.of(Map.entry("_csrf", csrf), Map.entry("ids", one), Map.entry("ids", decided), Map.entry("ids", two),
						Map.entry("decision", "APPROVE"), Map.entry("reason", "材料齐全"), Map.entry("program", program)));
		assertThat(batch.statusCode()).isEqualTo(200);
		assertThat(batch.body()).contains("Results of your decisions", "2 of 3 file(s) decided.",
				"Decided: Approved, awaiting public notice",
				"Not decided: This cannot be done at the file&#39;s current stage", name(done), name(first));
		assertThat(api.get("/api/v1/redemptions/" + one, w.reviewer).text("status")).isEqualTo("APPROVED");
		assertThat(api.get("/api/v1/redemptions/" + two, w.reviewer).text("approvedAmount")).isEqualTo(
				api.get("/api/v1/redemptions/" + two, w.reviewer).text("payableAmount"));
		assertThat(reviewer.get("/workspace/review/claims?program=" + program + "&" + EN).body()).contains("No file matches");
	}
}
