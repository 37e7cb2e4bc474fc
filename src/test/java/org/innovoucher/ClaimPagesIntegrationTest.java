package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Payments;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/**
 * The claim pages work without JavaScript: an enterprise files a claim in four steps with plain
 * form posts and multipart uploads, sees the payable with the rule that made it before submitting,
 * and is told beside the field what it must put right; the institution confirms or disputes.
 */
class ClaimPagesIntegrationTest extends IntegrationTestBase {

	private static final String EN = "?lang=en";

	/** A program paying 60% beyond the voucher: 80,000 paid on a 50,000 voucher is paid 68,000. */
	private Scenarios.Deal deal() {
		return Scenarios.deal(world(), "50000.00", "80000.00", "excessRatio", "0.60");
	}

	private PageVisitor signedIn(World.Party party) throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(party.username(), World.PASSWORD);
		return visitor;
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private String draft(Scenarios.Deal d) {
		Api.Response created = d.world().claim(d.enterprise(), d.contractId(), "80000.00");
		assertThat(created.status()).as("claim %s", created).isEqualTo(201);
		return created.text("id");
	}

	@Test
	void an_enterprise_files_a_claim_in_four_steps_and_sees_the_payable_with_its_rule_before_it_submits()
			throws Exception {
		Scenarios.Deal d = deal();
		PageVisitor visitor = signedIn(d.enterprise());

		HttpResponse<String> list = visitor.get("/workspace/claims" + EN);
		assertThat(list.body()).contains("Contracts ready to claim", "产品检测",
				"/workspace/claims/new?contractId=" + d.contractId());

		HttpResponse<String> step1 = visitor.get("/workspace/claims/new?contractId=" + d.contractId() + "&lang=en");
		assertThat(step1.body()).contains("Step 1 of 4", "Amount you paid the institution", "¥80,000.00")
			.doesNotContain("style=\"", "<script>");
		String csrf = PageVisitor.csrf(step1.body());
		HttpResponse<String> created = visitor.post("/workspace/claims/new", Map.of("_csrf", csrf, "contractId",
				d.contractId(), "paidAmount", "80,000.00", "resultSummary", "完成产品检测，取得检测报告"));
		assertThat(created.statusCode()).isEqualTo(302);
		String outputs = location(created);
		assertThat(outputs).matches(".*/workspace/claims/[^/]+/outputs");
		String id = outputs.replaceAll(".*/workspace/claims/([^/]+)/outputs", "$1");

		assertThat(visitor.get("/workspace/claims/" + id + "/outputs" + EN).body()).contains("Step 2 of 4",
				"Invention patents", "Software copyrights");
		Map<String, String> counts = new LinkedHashMap<>(Map.of("_csrf", csrf, "outputs[inventionPatents]", "1",
				"outputs[softwareCopyrights]", "2", "outputs[testReports]", "3"));
		HttpResponse<String> counted = visitor.post("/workspace/claims/" + id + "/outputs", counts);
		assertThat(location(counted)).endsWith("/workspace/claims/" + id + "/evidence");

		for (String kind : List.of("RESULT_REPORT", "CONTRACT", "INVOICE", "PAYMENT_PROOF")) {
			HttpResponse<String> uploaded = visitor.upload("/workspace/claims/" + id + "/evidence",
					Map.of("_csrf", csrf, "kind", kind), "file", kind.toLowerCase() + ".pdf", World.PDF);
			assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
			assertThat(location(uploaded)).endsWith("/workspace/claims/" + id + "/evidence#kind-" + kind);
		}
		HttpResponse<String> evidence = visitor.get("/workspace/claims/" + id + "/evidence" + EN);
		assertThat(evidence.body()).contains("Step 3 of 4", "invoice.pdf", "payment_proof.pdf",
				World.PDF.length + " bytes", sha256(World.PDF), "/js/claim-evidence.js", "enctype=\"multipart/form-data\"");

		HttpResponse<String> check = visitor.get("/workspace/claims/" + id + "/check" + EN);
		assertThat(check.body()).contains("Check your answers before you submit", "¥68,000.00",
				"50,000.00 × 100% + 30,000.00 × 0.60 = 68,000.00", "¥80,000.00", "完成产品检测", "Invention patents",
				"result_report.pdf", "<dt>Software copyrights</dt>", "<dd>2</dd>")
			.doesNotContain("Missing: upload it", "Design patents");

		HttpResponse<String> submitted = visitor.post("/workspace/claims/" + id + "/submit", Map.of("_csrf", csrf));
		assertThat(location(submitted)).endsWith("/workspace/claims/" + id);
		HttpResponse<String> page = visitor.get("/workspace/claims/" + id + EN);
		assertThat(page.body()).contains("Your claim is submitted", "Awaiting the institution&#39;s confirmation",
				"due by 9 Mar 2026", "¥68,000.00");
		assertThat(api.get("/api/v1/redemptions/" + id, d.enterprise().token()).text("status"))
			.isEqualTo("AWAITING_CONFIRMATION");

		assertThat(visitor.get("/workspace/claims" + EN).body()).contains("href=\"/workspace/claims?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/claims?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Contract", "Institution", "Status", "Amount paid to the institution",
				"Subsidy payable", "Submitted on", "Address in the portal");
		assertThat(sheet).hasSize(2);
		assertThat(sheet.get(1).subList(1, 7)).containsExactly("检测中心 " + d.institution().username(),
				"Awaiting the institution's confirmation", 80000.0, 68000.0, LocalDate.of(2026, 3, 2).atStartOfDay(),
				"/workspace/claims/" + id);
		PageVisitor reviewer = Payments.signedIn(port, Payments.staff(d.world(), World.TAIYUAN, "BUREAU_REVIEWER"));
		assertThat(reviewer.download("/workspace/claims?format=xlsx").statusCode()).isEqualTo(403);
	}

	@Test
	void a_refused_file_is_named_with_its_reason_beside_its_field_and_nothing_is_kept() throws Exception {
		Scenarios.Deal d = deal();
		String id = draft(d);
		PageVisitor visitor = signedIn(d.enterprise());
		String csrf = PageVisitor.csrf(visitor.get("/workspace/claims/" + id + "/evidence" + EN).body());

		HttpResponse<String> macros = visitor.upload("/workspace/claims/" + id + "/evidence",
				Map.of("_csrf", csrf, "kind", "INVOICE"), "file", "invoice.docm", World.PDF);
		assertThat(macros.statusCode()).isEqualTo(400);
		assertThat(macros.body()).contains("There is a problem", "href=\"#file-INVOICE\"", "id=\"file-INVOICE-error\"",
				"Office files with macros (.docm) are not accepted");

		byte[] executable = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> program = visitor.upload("/workspace/claims/" + id + "/evidence",
				Map.of("_csrf", csrf, "kind", "CONTRACT"), "file", "contract.pdf", executable);
		assertThat(program.body()).contains("id=\"file-CONTRACT-error\"",
				"it is not a PDF, PNG, JPEG, OFD or Office document");

		HttpResponse<String> chinese = visitor.upload("/workspace/claims/" + id + "/evidence?lang=zh-CN",
				Map.of("_csrf", csrf, "kind", "INVOICE"), "file", "setup.exe", executable);
		assertThat(chinese.body()).contains("id=\"file-INVOICE-error\"", "此文件未被接受");

		HttpResponse<String> none = visitor.upload("/workspace/claims/" + id + "/evidence?lang=en",
				Map.of("_csrf", csrf, "kind", "RESULT_REPORT"), "file", "", new byte[0]);
		assertThat(none.body()).contains("id=\"file-RESULT_REPORT-error\"", "Choose a file to upload.");
		assertThat(api.get("/api/v1/redemptions/" + id + "/attachments", d.enterprise().token()).body().toString()).isEqualTo("[]");
	}

	@Test
	void a_missing_amount_and_one_above_the_contract_are_shown_beside_the_field_and_what_was_typed_stays()
			throws Exception {
		Scenarios.Deal d = deal();
		PageVisitor visitor = signedIn(d.enterprise());
		String csrf = PageVisitor.csrf(visitor.get("/workspace/claims/new?contractId=" + d.contractId() + "&lang=en").body());

		HttpResponse<String> missing = visitor.post("/workspace/claims/new", Map.of("_csrf", csrf, "contractId",
				d.contractId(), "paidAmount", "", "resultSummary", "检测完成"));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("There is a problem", "href=\"#paidAmount\"", "id=\"paidAmount-error\"",
				"Enter the amount you paid.", "检测完成");

		HttpResponse<String> tooMuch = visitor.post("/workspace/claims/new", Map.of("_csrf", csrf, "contractId",
				d.contractId(), "paidAmount", "90000.00", "resultSummary", "检测完成"));
		assertThat(tooMuch.body()).contains("id=\"paidAmount-error\"",
				"The amount paid must be more than zero and at most the contract amount.", "value=\"90000.00\"");

		HttpResponse<String> notAnAmount = visitor.post("/workspace/claims/new", Map.of("_csrf", csrf, "contractId",
				d.contractId(), "paidAmount", "eighty thousand", "resultSummary", ""));
		assertThat(notAnAmount.body()).contains("for example 80000.00", "id=\"resultSummary-error\"");
		assertThat(api.get("/api/v1/redemptions", d.enterprise().token()).body().toString()).doesNotContain(d.contractId());
	}

	@Test
	void the_institution_sees_the_claim_with_working_days_left_on_its_list_and_to_do_list_and_confirms_it()
			throws Exception {
		Scenarios.Deal d = deal();
		String id = d.world().submittedClaim(d.enterprise(), d.contractId(), "80000.00");
		PageVisitor institution = signedIn(d.institution());

		assertThat(institution.get("/workspace" + EN).body()).contains("Confirm or dispute the claim for",
				"/workspace/claims/" + id, "5 working days left");
		HttpResponse<String> list = institution.get("/workspace/claims" + EN);
		assertThat(list.body()).contains("Waiting for your confirmation", "产品检测", "¥80,000.00",
				"by 9 Mar 2026 (5 working days left)", "href=\"/workspace/claims?format=xlsx\"");
		List<List<Object>> onItsServices = Workbooks.rows(institution.download("/workspace/claims?format=xlsx&lang=en"));
		assertThat(onItsServices.get(0)).startsWith("Contract", "Enterprise");
		assertThat(onItsServices).hasSize(2);
		assertThat(onItsServices.get(1).subList(1, 4)).containsExactly("企业 " + d.enterprise().username(),
				"Awaiting the institution's confirmation", 80000.0);
		HttpResponse<String> page = institution.get("/workspace/claims/" + id + EN);
		assertThat(page.body()).contains("Confirm or dispute this claim", "Confirm the claim", "Dispute the claim");

		HttpResponse<String> confirmed = institution.post("/workspace/claims/" + id + "/confirmation",
				Map.of("_csrf", PageVisitor.csrf(page.body()), "decision", "confirm"));
		assertThat(location(confirmed)).endsWith("/workspace/claims/" + id);
		assertThat(institution.get("/workspace/claims/" + id + EN).body()).contains("You confirmed the claim",
				"Under review by the bureau").doesNotContain("Dispute the claim");
		assertThat(api.get("/api/v1/redemptions/" + id, d.enterprise().token()).text("status")).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void the_institution_disputes_only_with_a_reason_and_the_enterprise_is_asked_to_put_it_right() throws Exception {
		Scenarios.Deal d = deal();
		String id = d.world().submittedClaim(d.enterprise(), d.contractId(), "80000.00");
		PageVisitor institution = signedIn(d.institution());
		String csrf = PageVisitor.csrf(institution.get("/workspace/claims/" + id + EN).body());

		HttpResponse<String> bare = institution.post("/workspace/claims/" + id + "/confirmation?lang=en",
				Map.of("_csrf", csrf, "decision", "dispute", "reason", " "));
		assertThat(bare.statusCode()).isEqualTo(400);
		assertThat(bare.body()).contains("id=\"reason-error\"", "Say why you dispute the claim");

		HttpResponse<String> disputed = institution.post("/workspace/claims/" + id + "/confirmation",
				Map.of("_csrf", csrf, "decision", "dispute", "reason", "发票金额与合同不符"));
		assertThat(location(disputed)).endsWith("/workspace/claims/" + id);

		PageVisitor enterprise = signedIn(d.enterprise());
		assertThat(enterprise.get("/workspace" + EN).body()).contains("The institution disputed your claim for");
		assertThat(enterprise.get("/workspace/claims/" + id + EN).body()).contains("Disputed by the institution",
				"发票金额与合同不符", "Change and submit again");
	}

	@Test
	void a_claim_the_institution_filed_is_awaiting_and_then_disputed_by_the_enterprise_in_the_institutions_words()
			throws Exception {
		Scenarios.Deal d = Scenarios.deal(world(), "50000.00", "80000.00", "payee", "INSTITUTION");
		World w = d.world();
		Api.Response created = w.claim(d.institution(), d.contractId(), "80000.00");
		assertThat(created.status()).as("claim %s", created).isEqualTo(201);
		String id = created.text("id");
		w.evidence(d.institution(), id);
		assertThat(api.post("/api/v1/redemptions/" + id + "/submit", d.institution().token(), Map.of()).text("status"))
			.isEqualTo("AWAITING_CONFIRMATION");
		PageVisitor institution = signedIn(d.institution());
		assertThat(institution.get("/workspace/claims" + EN).body())
			.contains("Awaiting the enterprise&#39;s confirmation of receipt")
			.doesNotContain("Awaiting the institution");

		assertThat(api.post("/api/v1/redemptions/" + id + "/confirmation", d.enterprise().token(),
				Api.obj("confirm", false, "reason", "服务尚未完成")).text("status")).isEqualTo("DISPUTED");
		assertThat(institution.get("/workspace" + EN).body()).contains("The enterprise disputed your claim for")
			.doesNotContain("The institution disputed");
		assertThat(institution.get("/workspace/claims" + EN).body()).contains("Disputed by the enterprise")
			.doesNotContain("Disputed by the institution");
		assertThat(institution.get("/workspace/claims/" + id + EN).body()).contains("Disputed by the enterprise",
				"服务尚未完成");
		assertThat(institution.get("/workspace?lang=zh-CN").body()).contains("企业对“", "”的兑付申请提出了异议")
			.doesNotContain("服务机构对“");
		assertThat(institution.get("/workspace/claims?lang=zh-CN").body()).contains("企业有异议")
			.doesNotContain("机构有异议");
		// the trail's changes, read without the claim at hand, name nobody
		PageVisitor supervisor = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "SUPERVISOR"));
		assertThat(supervisor.get("/workspace/audit?lang=en&entityType=REDEMPTION&entityId=" + id).body())
			.contains("Draft → Awaiting confirmation", "Awaiting confirmation → Disputed")
			.doesNotContain("Awaiting the institution", "Disputed by the institution");
	}

	@Test
	void a_draft_waits_on_the_enterprise_to_do_list_and_another_enterprise_does_not_find_it() throws Exception {
		Scenarios.Deal d = deal();
		String id = draft(d);
		assertThat(signedIn(d.enterprise()).get("/workspace" + EN).body()).contains("Finish and submit your claim for",
				"/workspace/claims/" + id + "/check");
		HttpResponse<String> stranger = signedIn(d.world().enterprise()).get("/workspace/claims/" + id + "/check" + EN);
		assertThat(stranger.statusCode()).isEqualTo(404);
	}
}
