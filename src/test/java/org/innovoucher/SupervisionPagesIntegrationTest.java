package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Payments;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's pages without JavaScript: a clawback says the ban it causes before it is
 * confirmed with a reason; the audit trail of a file in words; the chains' verification in words;
 * the ledger's checks per program as pass or fail with its figures. And the bank account pages of
 * an enterprise and an institution, with each refusal beside its field.
 */
class SupervisionPagesIntegrationTest extends IntegrationTestBase {

	@Test
	void a_supervisor_is_told_the_ban_before_clawing_back_a_paid_claim_with_a_reason() throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		String claim = Scenarios.paid(d, "20000.00");
		PageVisitor supervisor = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "SUPERVISOR"));
		String enterprise = "企业 " + d.enterprise().username();

		assertThat(supervisor.get("/workspace?lang=en").body()).contains("Clawbacks", "Audit trail", "Verify the records",
				"Ledger checks");
		// the list holds every paid claim of the province, other tests' too (some paid later, as they
		// move the clock on): this one need not be on its first page
		assertThat(supervisor.get("/workspace/supervision/clawbacks?lang=en").body()).contains("Clawbacks",
				"/workspace/supervision/clawbacks/", "href=\"/workspace/supervision/clawbacks?format=xlsx\"");
		// the workbook holds every page of the list: this claim is in it
		List<List<Object>> paid = Workbooks.rows(supervisor.download("/workspace/supervision/clawbacks?format=xlsx&lang=en"));
		assertThat(paid.get(0)).containsExactly("Enterprise", "Claim number", "Paid", "Paid on", "Address in the portal");
		assertThat(paid).filteredOn(row -> claim.equals(row.get(1))).singleElement().satisfies(row -> {
			assertThat(row).startsWith(enterprise, claim, 20000.0).endsWith("/workspace/supervision/clawbacks/" + claim);
			assertThat(row.get(3)).isInstanceOf(LocalDateTime.class);
		});
		String page = supervisor.get("/workspace/supervision/clawbacks/" + claim + "?lang=en").body();
		// the clock stands at 9 March 2026 (the notice closed then): three years of ban end on 9 March 2029
		assertThat(page).contains("What the clawback does", enterprise + " will owe back ¥20,000.00",
				enterprise + " will be banned from applying for 3 years, until 9 Mar 2029",
				"Claw back and ban the enterprise for 3 years", "for=\"reason\"").doesNotContain("style=\"");

		HttpResponse<String> noReason = supervisor.post("/workspace/supervision/clawbacks/" + claim,
				Map.of("_csrf", PageVisitor.csrf(page), "reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("There is a problem", "href=\"#reason\"", "Write why the subsidy is clawed back");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("status")).isEqualTo("PAID");

		HttpResponse<String> done = supervisor.post("/workspace/supervision/clawbacks/" + claim,
				Map.of("_csrf", PageVisitor.csrf(page), "reason", "发票系伪造"));
		assertThat(done.statusCode()).isEqualTo(302);
		String after = supervisor.get("/workspace/supervision/clawbacks/" + claim + "?lang=en").body();
		assertThat(after).contains("¥20,000.00 is clawed back from " + enterprise, "until 9 Mar 2029", "发票系伪造",
				"Clawed back").doesNotContain("Claw back and ban");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("status")).isEqualTo("CLAWED_BACK");
		assertThat(api.get("/api/v1/enterprises/" + d.enterprise().id(), w.finance).text("bannedUntil")).isEqualTo("2029-03-09");
		// a claim clawed back is not clawed back twice
		assertThat(supervisor.post("/workspace/supervision/clawbacks/" + claim,
				Map.of("_csrf", PageVisitor.csrf(after), "reason", "again")).statusCode()).isEqualTo(409);

		PageVisitor officer = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"));
		assertThat(officer.get("/workspace/supervision/clawbacks/" + claim + "?lang=en").statusCode()).isEqualTo(403);
		assertThat(officer.download("/workspace/supervision/clawbacks?format=xlsx").statusCode()).isEqualTo(403);
		PageVisitor datong = Payments.signedIn(port, Payments.staff(w, World.DATONG, "SUPERVISOR"));
		assertThat(datong.get("/workspace/supervision/clawbacks/" + claim + "?lang=en").statusCode()).isEqualTo(404);
	}

	@Test
	void a_supervisor_reads_a_files_audit_trail_the_chains_verification_and_the_ledgers_checks_in_words() throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		String claim = Scenarios.paid(d, "20000.00");
		PageVisitor supervisor = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "SUPERVISOR"));

		String trail = supervisor.get("/workspace/audit?lang=en&entityType=REDEMPTION&entityId=" + claim).body();
		assertThat(trail).contains("Claim submitted", "Claim confirmed", "Claim approved", "Claim paid",
				"Ready for payment → Paid", "for=\"entityId\"", "for=\"entityType\"")
			.doesNotContain("CLAIM_PAID<", "READY_FOR_PAYMENT");
		assertThat(supervisor.get("/workspace/audit?lang=en&entityId=no-such-file").body()).contains("No entry found");
		assertThat(supervisor.get("/workspace/audit?lang=zh-CN&entityType=REDEMPTION&entityId=" + claim).body())
			.contains("已支付", "兑付申请");
		assertThat(trail).contains("href=\"/workspace/audit?entityType=REDEMPTION&amp;entityId=" + claim + "&amp;format=xlsx\"");
		List<List<Object>> trailSheet = Workbooks.rows(supervisor.download("/workspace/audit?entityType=REDEMPTION&entityId="
				+ claim + "&format=xlsx&lang=en"));
		assertThat(trailSheet.get(0)).containsExactly("No.", "When", "Who", "What", "Kind of file", "File id",
				"From – to", "Why");
		assertThat(trailSheet.subList(1, trailSheet.size())).allMatch(row -> claim.equals(row.get(5))
				&& row.get(0) instanceof Double && row.get(1) instanceof LocalDateTime);
		assertThat(trailSheet).extracting(row -> row.get(3)).contains("Claim submitted", "Claim paid");
		assertThat(trailSheet).extracting(row -> row.get(6)).contains("Ready for payment → Paid");

		String verification = supervisor.get("/workspace/audit/verification?lang=en").body();
		assertThat(verification).contains("Yes: no record was changed, removed or cut off", "The audit trail",
				"The ledger", "records checked");

		String ledger = supervisor.get("/workspace/supervision/ledger?lang=en&programId=" + d.programId()).body();
		assertThat(ledger).contains("All checks pass", "Balanced: every transaction sums to zero",
				"Reconciled: the balances equal the sums of their entries", "Sealed: every transaction matches its seal",
				"¥1,000,000.00", "¥20,000.00").doesNotContain(">Fail<");
		assertThat(ledger.split(">Pass<", -1)).hasSize(4);
		assertThat(ledger).contains("&amp;format=xlsx\"");
		List<List<Object>> ledgerSheet = Workbooks.rows(supervisor.download("/workspace/supervision/ledger?programId="
				+ d.programId() + "&format=xlsx&lang=en"));
		assertThat(ledgerSheet).hasSize(2);
		assertThat(ledgerSheet.get(0)).contains("Program", "Sealed: every transaction matches its seal", "Budget", "Paid",
				"Available", "Address in the portal");
		assertThat(ledgerSheet.get(1).subList(1, 5)).containsExactly("Pass", "Pass", "Pass", 1_000_000.0);
		assertThat(ledgerSheet.get(1)).contains(20_000.0, "/workspace/supervision/ledger?programId=" + d.programId());

		PageVisitor reviewer = Payments.signedIn(port, Payments.staff(w, World.TAIYUAN, "BUREAU_REVIEWER"));
		assertThat(reviewer.get("/workspace/audit/verification?lang=en").statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/workspace?lang=en").body()).doesNotContain("Verify the records", "Clawbacks");
		PageVisitor enterprise = Payments.signedIn(port, d.enterprise().username());
		assertThat(enterprise.get("/workspace/audit?lang=en").statusCode()).isEqualTo(403);
		assertThat(enterprise.get("/workspace/supervision/ledger?lang=en").statusCode()).isEqualTo(403);
		assertThat(enterprise.download("/workspace/audit?format=xlsx").statusCode()).isEqualTo(403);
		assertThat(enterprise.download("/workspace/supervision/ledger?format=xlsx").statusCode()).isEqualTo(403);
	}

	@Test
	void an_enterprise_and_an_institution_keep_their_bank_account_on_their_own_page_told_beside_each_field_what_is_wrong()
			throws Exception {
		World w = world();
		World.Party firm = w.enterprise();
		PageVisitor visitor = Payments.signedIn(port, firm.username());
		assertThat(visitor.get("/workspace?lang=en").body()).contains("/workspace/bank-account");
		String page = visitor.get("/workspace/bank-account?lang=en").body();
		assertThat(page).contains("No account is kept yet", "for=\"accountName\"", "for=\"bankName\"", "for=\"bankCode\"",
				"for=\"accountNumber\"", "<legend");

		Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", PageVisitor.csrf(page), "accountName",
				Payments.ACCOUNT_NAME, "bankName", "中国工商银行太原分行", "bankCode", "10216100", "accountNumber", "6222-0000"));
		HttpResponse<String> bad = visitor.post("/workspace/bank-account?lang=en", form);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("There is a problem", "href=\"#bankCode\"", "href=\"#accountNumber\"",
				"Enter the bank&#39;s 12-digit CNAPS code", "Enter the account number: 8 to 32 digits", "value=\"10216100\"");
		HttpResponse<String> badZh = visitor.post("/workspace/bank-account?lang=zh-CN", form);
		assertThat(badZh.body()).contains("请填写 12 位开户行行号");

		form.put("bankCode", Payments.BANK_CODE);
		form.put("accountNumber", "6222 0202 0011 2233");
		HttpResponse<String> kept = visitor.post("/workspace/bank-account", form);
		assertThat(kept.statusCode()).isEqualTo(302);
		assertThat(visitor.get("/workspace/bank-account?lang=en").body()).contains("Your bank account is kept", "****2233");
		assertThat(api.get("/api/v1/enterprises/" + firm.id(), w.finance).body().get("bankAccount").get("accountNumber")
			.asText()).isEqualTo(Payments.ACCOUNT_NUMBER);
		assertThat(visitor.get("/workspace/institution/bank-account?lang=en").statusCode()).isEqualTo(403);

		World.Party lab = w.institution();
		PageVisitor institution = Payments.signedIn(port, lab.username());
		String labPage = institution.get("/workspace/institution/bank-account?lang=en").body();
		assertThat(institution.get("/workspace?lang=en").body()).contains("/workspace/institution/bank-account");
		HttpResponse<String> labKept = institution.post("/workspace/institution/bank-account", Map.of("_csrf",
				PageVisitor.csrf(labPage), "accountName", "检测中心", "bankName", "中国建设银行太原分行", "bankCode",
				"105161000018", "accountNumber", "14001234567890"));
		assertThat(labKept.statusCode()).isEqualTo(302);
		assertThat(api.get("/api/v1/institutions/" + lab.id(), lab.token()).body().get("bankAccount").get("accountNumber")
			.asText()).isEqualTo("14001234567890");
		assertThat(institution.get("/workspace/bank-account?lang=en").statusCode()).isEqualTo(403);
	}
}
