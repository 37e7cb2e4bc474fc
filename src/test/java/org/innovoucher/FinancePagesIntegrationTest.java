package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Payments;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The finance officer's pages without JavaScript: claims ready for payment ticked and recorded in
 * one run by a form whose idempotency key makes a double submit record one run, a run refused as a
 * whole with every claim and why, the run's files read back, a run above the threshold released by
 * a second officer only, and money paid back after a clawback.
 */
class FinancePagesIntegrationTest extends IntegrationTestBase {

	static final String PAIN_001 = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String hidden(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a hidden %s in %s", name, html).isTrue();
		return m.group(1);
	}

	/** The desk's form: the ticked claims, the date, the reference and the key the page gave. */
	private static List<Map.Entry<String, String>> runForm(String desk, List<String> claims, String paidOn,
			String reference) {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		form.add(Map.entry("_csrf", PageVisitor.csrf(desk)));
		form.add(Map.entry("idempotencyKey", hidden(desk, "idempotencyKey")));
		claims.forEach(c -> form.add(Map.entry("redemptionIds", c)));
		form.add(Map.entry("paidOn", paidOn));
		form.add(Map.entry("reference", reference));
		return form;
	}

	@Test
	void a_finance_officer_records_ticked_claims_in_one_run_once_however_often_the_form_is_sent_and_downloads_its_files()
			throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		List<String> claims = Payments.readyClaims(d, 2);
		Payments.keepAccount(w, d.enterprise());
		PageVisitor officer = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"));

		String desk = officer.get("/workspace/payments?lang=en").body();
		assertThat(desk).contains("Claims ready for payment", "企业 " + d.enterprise().username(), "¥20,000.00", "Given",
				"working days left", "for=\"claim-" + claims.get(0) + "\"", "type=\"checkbox\"")
			.doesNotContain("READY_FOR_PAYMENT", "style=\"");
		assertThat(officer.get("/workspace?lang=en").body()).contains("Payment runs", "Pay 企业 " + d.enterprise().username());
		// the province's whole list, other tests' claims too: this test's are found by their numbers
		assertThat(desk).contains("href=\"/workspace/payments?format=xlsx\"");
		List<List<Object>> ready = Workbooks.rows(officer.download("/workspace/payments?format=xlsx&lang=en"));
		assertThat(ready.get(0)).containsExactly("Payee", "Claim number", "Amount", "Bank account", "Pay by");
		assertThat(ready).filteredOn(row -> claims.contains(row.get(1))).hasSize(2).allSatisfy(row -> {
			assertThat(row.subList(2, 4)).containsExactly(20000.0, "Given");
			assertThat(row).startsWith("企业 " + d.enterprise().username()).last().isInstanceOf(LocalDateTime.class);
		});

		List<Map.Entry<String, String>> form = runForm(desk, claims, "2026-03-09", "RUN-P-" + d.voucherId());
		HttpResponse<String> recorded = officer.post("/workspace/payments/runs", form);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		assertThat(location(recorded)).contains("/workspace/payments/runs/");
		// the same form again (a double click, a reload): the first run's page, nothing recorded twice
		HttpResponse<String> again = officer.post("/workspace/payments/runs", form);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(location(again)).isEqualTo(location(recorded));
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "40000.00").containsEntry("approved", "0.00");
		Api.Response runs = api.get("/api/v1/payment-runs?size=200", w.finance);
		assertThat(runs.body().get("items")).filteredOn(r -> r.get("reference").asText().equals("RUN-P-" + d.voucherId()))
			.hasSize(1);

		String runPath = location(recorded).replaceFirst("^https?://[^/]+", "");
		String run = officer.get(runPath + "?lang=en").body();
		assertThat(run).contains("Recorded and paid", "¥40,000.00", "****2233", "pain.001", "XLSX")
			.doesNotContain("RECORDED<");
		assertThat(officer.get("/workspace/payments?lang=en").body()).contains("RUN-P-" + d.voucherId(), "Run history",
				"href=\"/workspace/payments?list=runs&amp;format=xlsx\"").doesNotContain("for=\"claim-" + claims.get(0) + "\"");
		List<List<Object>> history = Workbooks.rows(officer.download("/workspace/payments?list=runs&format=xlsx&lang=en"));
		assertThat(history.get(0)).containsExactly("Reference", "Status", "Claims", "Total", "Paid on",
				"Address in the portal");
		assertThat(history).filteredOn(row -> row.get(0).equals("RUN-P-" + d.voucherId())).containsExactly(
				List.of("RUN-P-" + d.voucherId(), "Recorded and paid", 2.0, 40000.0, LocalDate.of(2026, 3, 9).atStartOfDay(),
						runPath));
		assertThat(Workbooks.rows(officer.download("/workspace/payments?format=xlsx")))
			.noneMatch(row -> claims.contains(row.get(1)));

		HttpResponse<byte[]> xml = officer.download(runPath + "/file?format=pain.001");
		assertThat(xml.statusCode()).isEqualTo(200);
		assertThePaymentFilePays(xml.body(), claims, new BigDecimal("40000.00"));
		HttpResponse<byte[]> xlsx = officer.download(runPath + "/file?format=xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			List<String> rows = new ArrayList<>();
			for (int i = 1; i <= claims.size(); i++) {
				rows.add(sheet.getRow(i).getCell(0).getStringCellValue());
				assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo("20000.00");
				assertThat(sheet.getRow(i).getCell(9).getStringCellValue()).isEqualTo(Payments.ACCOUNT_NUMBER);
			}
			assertThat(rows).containsExactlyInAnyOrderElementsOf(claims);
			assertThat(sheet.getRow(claims.size() + 1).getCell(1).getStringCellValue()).isEqualTo("40000.00");
		}

		// a supervisor reads runs but does not take the bank's files; a reviewer has no payment pages
		PageVisitor supervisor = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "SUPERVISOR"));
		assertThat(supervisor.download(runPath + "/file?format=pain.001").statusCode()).isEqualTo(403);
		PageVisitor reviewer = Payments.signedIn(port, Payments.staff(w, World.TAIYUAN, "BUREAU_REVIEWER"));
		assertThat(reviewer.get("/workspace/payments?lang=en").statusCode()).isEqualTo(403);
		assertThat(reviewer.download("/workspace/payments?format=xlsx").statusCode()).isEqualTo(403);
		assertThat(supervisor.download("/workspace/payments?list=runs&format=xlsx").statusCode()).isEqualTo(403);
		PageVisitor datong = Payments.signedIn(port, Payments.staff(w, World.DATONG, "FINANCE_OFFICER"));
		assertThat(datong.get(runPath + "?lang=en").statusCode()).isEqualTo(404);
	}

	@Test
	void a_run_refused_as_a_whole_names_every_claim_that_stopped_it_and_why_and_pays_nothing() throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		List<String> claims = Payments.readyClaims(d, 2);
		PageVisitor officer = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"));
		String desk = officer.get("/workspace/payments?lang=en").body();
		assertThat(desk).contains("Missing: the payee has not given one");

		HttpResponse<String> noReference = officer.post("/workspace/payments/runs", runForm(desk, claims, "2026-03-09", ""));
		assertThat(noReference.statusCode()).isEqualTo(400);
		assertThat(noReference.body()).contains("There is a problem", "href=\"#reference\"",
				"Enter the bank&#39;s reference of the transfer");
		HttpResponse<String> nothingTicked = officer.post("/workspace/payments/runs",
				runForm(desk, List.of(), "2026-03-09", "RUN-N-" + d.voucherId()));
		assertThat(nothingTicked.statusCode()).isEqualTo(400);
		assertThat(nothingTicked.body()).contains("Tick at least one claim");

		HttpResponse<String> refused = officer.post("/workspace/payments/runs",
				runForm(desk, claims, "2026-03-09", "RUN-R-" + d.voucherId()));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Nothing was paid", "2 claims stop the run", "claim " + claims.get(0),
				"claim " + claims.get(1), "The payee has not given the bank account it is to be paid to")
			.doesNotContain("BANK_ACCOUNT_MISSING");
		// what was ticked stays ticked, to be put right and sent again
		assertThat(refused.body()).containsPattern("value=\"" + claims.get(0) + "\"[^>]*checked");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "0.00");
		assertThat(api.get("/api/v1/redemptions/" + claims.get(0), w.finance).text("status")).isEqualTo("READY_FOR_PAYMENT");
	}

	@Test
	void a_run_above_the_threshold_waits_and_is_released_by_a_second_officer_not_by_the_one_who_recorded_it()
			throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00", "paymentReleaseThreshold", "30000.00");
		List<String> claims = Payments.readyClaims(d, 2);
		Payments.keepAccount(w, d.enterprise());
		PageVisitor first = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"));
		String desk = first.get("/workspace/payments?lang=en").body();
		// the form sent twice at once (a double click): the second waits for the first and shows the same run
		List<Map.Entry<String, String>> form = runForm(desk, claims, "2026-03-09", "RUN-T-" + d.voucherId());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		HttpResponse<String> recorded;
		HttpResponse<String> twin;
		try {
			var a = pool.submit(() -> first.post("/workspace/payments/runs", form));
			var b = pool.submit(() -> first.post("/workspace/payments/runs", form));
			recorded = a.get();
			twin = b.get();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(recorded.statusCode()).isEqualTo(302);
		assertThat(twin.statusCode()).isEqualTo(302);
		assertThat(location(twin)).isEqualTo(location(recorded));
		assertThat(api.get("/api/v1/payment-runs?size=200", w.finance).body().get("items"))
			.filteredOn(r -> r.get("reference").asText().equals("RUN-T-" + d.voucherId())).hasSize(1);
		String runPath = location(recorded).replaceFirst("^https?://[^/]+", "");

		String waiting = first.get(runPath + "?lang=en").body();
		assertThat(waiting).contains("This run waits for a second officer", "¥40,000.00 is above the program&#39;s threshold of ¥30,000.00",
				"Release the run").doesNotContain("format=xlsx");
		assertThat(first.download(runPath + "/file?format=xlsx").statusCode()).isEqualTo(409);
		HttpResponse<String> own = first.post(runPath + "/release", Map.of("_csrf", PageVisitor.csrf(waiting)));
		assertThat(own.statusCode()).isEqualTo(409);
		assertThat(own.body()).contains("You recorded this run, so a second finance officer must release it");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "0.00");

		PageVisitor second = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"));
		assertThat(second.get("/workspace?lang=en").body()).contains("Release payment run RUN-T-" + d.voucherId());
		assertThat(first.get("/workspace?lang=en").body()).doesNotContain("Release payment run RUN-T-" + d.voucherId());
		String seen = second.get(runPath + "?lang=en").body();
		HttpResponse<String> released = second.post(runPath + "/release", Map.of("_csrf", PageVisitor.csrf(seen)));
		assertThat(released.statusCode()).isEqualTo(302);
		assertThat(second.get(runPath + "?lang=en").body()).contains("You released the run", "Recorded and paid",
				"format=xlsx");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "40000.00");
	}

	@Test
	void a_finance_officer_records_money_paid_back_on_a_clawed_back_claim_and_is_told_what_is_still_owed()
			throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		String claim = Scenarios.paid(d, "20000.00");
		assertThat(api.post("/api/v1/redemptions/" + claim + "/clawback", w.supervisor, Api.obj("reason", "虚假发票"))
			.status()).isEqualTo(200);
		PageVisitor officer = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"));

		assertThat(officer.get("/workspace/payments/recoveries?lang=en").body()).contains("企业 " + d.enterprise().username(),
				"¥20,000.00", "/workspace/payments/recoveries/" + claim);
		String page = officer.get("/workspace/payments/recoveries/" + claim + "?lang=en").body();
		assertThat(page).contains("虚假发票", "Still owed", "for=\"amount\"", "for=\"recoveredOn\"", "for=\"reference\"");
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("_csrf", PageVisitor.csrf(page),
				"idempotencyKey", hidden(page, "idempotencyKey"), "amount", "25000.00", "recoveredOn", "2026-03-09",
				"reference", "BACK-" + claim));
		HttpResponse<String> tooMuch = officer.post("/workspace/payments/recoveries/" + claim, form);
		assertThat(tooMuch.statusCode()).isEqualTo(400);
		assertThat(tooMuch.body()).contains("at most what is still owed", "href=\"#amount\"");

		form.put("amount", "5000.00");
		HttpResponse<String> recovered = officer.post("/workspace/payments/recoveries/" + claim, form);
		assertThat(recovered.statusCode()).isEqualTo(302);
		assertThat(officer.post("/workspace/payments/recoveries/" + claim, form).statusCode())
			.as("the same form again records nothing more").isEqualTo(302);
		assertThat(officer.get("/workspace/payments/recoveries?lang=en").body()).contains("¥15,000.00",
				"href=\"/workspace/payments/recoveries?format=xlsx\"");
		List<List<Object>> owed = Workbooks.rows(officer.download("/workspace/payments/recoveries?format=xlsx&lang=en"));
		assertThat(owed.get(0)).containsExactly("Enterprise", "Claim number", "Clawed back", "Paid back so far",
				"Still owed", "Address in the portal");
		assertThat(owed).filteredOn(row -> claim.equals(row.get(1))).containsExactly(List.of("企业 "
				+ d.enterprise().username(), claim, 20000.0, 5000.0, 15000.0, "/workspace/payments/recoveries/" + claim));
		PageVisitor supervisor = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "SUPERVISOR"));
		assertThat(supervisor.download("/workspace/payments/recoveries?format=xlsx").statusCode()).isEqualTo(403);
		Api.Response after = api.get("/api/v1/redemptions/" + claim, w.finance);
		assertThat(after.text("recoveredAmount")).isEqualTo("5000.00");
		assertThat(after.text("outstandingAmount")).isEqualTo("15000.00");
	}

	/** The ISO 20022 credit transfer: its namespace, one transaction per claim, the count and the control sum. */
	static void assertThePaymentFilePays(byte[] xml, List<String> claims, BigDecimal total) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(PAIN_001);
		assertThat(root.getLocalName()).isEqualTo("Document");
		assertThat(root.getElementsByTagNameNS(PAIN_001, "CstmrCdtTrfInitn").getLength()).isEqualTo(1);
		Element header = (Element) root.getElementsByTagNameNS(PAIN_001, "GrpHdr").item(0);
		NodeList transactions = root.getElementsByTagNameNS(PAIN_001, "CdtTrfTxInf");
		assertThat(transactions.getLength()).isEqualTo(claims.size());
		assertThat(text(header, "NbOfTxs")).isEqualTo(Integer.toString(claims.size()));
		BigDecimal sum = BigDecimal.ZERO;
		List<String> endToEnd = new ArrayList<>();
		for (int i = 0; i < transactions.getLength(); i++) {
			Element tx = (Element) transactions.item(i);
			sum = sum.add(new BigDecimal(text(tx, "InstdAmt")));
			endToEnd.add(text(tx, "EndToEndId"));
			Element creditor = (Element) tx.getElementsByTagNameNS(PAIN_001, "Cdtr").item(0);
			assertThat(text(creditor, "Nm")).isEqualTo(Payments.ACCOUNT_NAME);
		}
		assertThat(new BigDecimal(text(header, "CtrlSum"))).isEqualByComparingTo(sum).isEqualByComparingTo(total);
		assertThat(endToEnd).containsExactlyInAnyOrderElementsOf(claims.stream().map(c -> c.replace("-", "")).toList());
	}

	private static String text(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS(PAIN_001, name);
		assertThat(found.getLength()).as("a %s in %s", name, parent.getLocalName()).isGreaterThanOrEqualTo(1);
		return found.item(0).getTextContent();
	}
}
