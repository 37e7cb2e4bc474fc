package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.LedgerReconciliation;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/** Bank accounts of the payees, payment runs with their release, and the files a bank takes in. */
class PaymentRunIntegrationTest extends IntegrationTestBase {

	static final String PAIN_001 = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

	@Test
	void anEnterpriseAndAnInstitutionKeepTheAccountTheyArePaidToAndBadInputNamesEachField() {
		World w = world();
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String path = "/api/v1/enterprises/" + enterprise.id() + "/bank-account";

		Response bad = assertInvalid(api.put(path, enterprise.token(), Api.obj("accountName", " ", "bankCode", "10210000",
				"accountNumber", "6222-0000")), "accountName");
		assertThat(org.innovoucher.support.ProblemAssert.fields(bad)).containsExactlyInAnyOrder("accountName", "bankName",
				"bankCode", "accountNumber");
		assertInvalid(api.put(path, enterprise.token(), account("1234567")), "accountNumber");
		assertInvalid(api.put(path, enterprise.token(), account("1".repeat(33))), "accountNumber");
		// the agency files claims for the enterprise, staff read it: neither says where its money goes
		assertProblem(api.put(path, w.finance, account("6222020200112233")), 403, "FORBIDDEN");
		assertProblem(api.put(path, w.enterprise().token(), account("6222020200112233")), 404, "NOT_FOUND");

		Response kept = api.put(path, enterprise.token(), account("6222 0202 0011 2233"));
		assertThat(kept.status()).as("%s", kept).isEqualTo(200);
		assertThat(kept.body().get("bankAccount").get("accountNumber").asText()).isEqualTo("6222020200112233");
		JsonNode shown = api.get("/api/v1/enterprises/" + enterprise.id(), w.finance).body().get("bankAccount");
		assertThat(shown.get("accountName").asText()).isEqualTo("太原测试科技有限公司");
		assertThat(shown.get("bankName").asText()).isEqualTo("中国工商银行太原分行");
		assertThat(shown.get("bankCode").asText()).isEqualTo("102161000017");
		Response audit = api.get("/api/v1/audit?entityType=ENTERPRISE&entityId=" + enterprise.id() + "&size=50",
				w.supervisor);
		assertThat(audit.body().get("items")).extracting(e -> e.get("action").asText()).contains("BANK_ACCOUNT_CHANGED");
		assertThat(audit.body().toString()).contains("****2233").doesNotContain("6222020200112233");

		String institutionPath = "/api/v1/institutions/" + institution.id() + "/bank-account";
		assertInvalid(api.put(institutionPath, institution.token(), Api.obj("accountName", "检测中心", "bankName", "建设银行",
				"bankCode", "CCB-TY", "accountNumber", "14001")), "bankCode");
		assertProblem(api.put(institutionPath, enterprise.token(), account("14001234567890")), 403, "FORBIDDEN");
		assertThat(api.put(institutionPath, institution.token(), account("14001234567890")).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/institutions/" + institution.id(), institution.token()).body().get("bankAccount")
			.get("accountNumber").asText()).isEqualTo("14001234567890");
		// a recognised institution's page is public; its account is not
		assertThat(api.get("/api/v1/institutions/" + institution.id(), null).body().has("bankAccount")).isFalse();
	}

	@Test
	void aFinanceOfficerPaysReadyClaimsInOneRunThatARepeatDoesNotPayAgain() {
		World w = world();
		Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		List<String> claims = readyClaims(d, 2, w.reviewer);
		keepAccount(d.enterprise());
		Map<String, Object> body = Api.obj("redemptionIds", claims, "paidOn", "2026-03-09", "reference", "RUN-" + d.voucherId());
		Map<String, String> key = Map.of("Idempotency-Key", "run-" + d.voucherId());

		assertProblem(api.post("/api/v1/payment-runs", w.reviewer, body, key), 403, "FORBIDDEN");
		Response run = api.post("/api/v1/payment-runs", w.finance, body, key);
		assertThat(run.status()).as("%s", run).isEqualTo(201);
		assertThat(run.text("status")).isEqualTo("RECORDED");
		assertThat(run.body().get("count").asInt()).isEqualTo(2);
		assertThat(run.text("total")).isEqualTo("40000.00");
		JsonNode item = run.body().get("items").get(0);
		assertThat(claims).contains(item.get("redemptionId").asText());
		assertThat(item.get("amount").asText()).isEqualTo("20000.00");
		assertThat(item.get("payee").get("type").asText()).isEqualTo("ENTERPRISE");
		assertThat(item.get("payee").get("id").asText()).isEqualTo(d.enterprise().id());
		assertThat(item.get("payee").get("name").asText()).startsWith("企业 ");
		assertThat(item.get("payee").get("bankAccount").get("accountNumber").asText()).isEqualTo("6222020200112233");
		for (String claim : claims) {
			Response paid = api.get("/api/v1/redemptions/" + claim, d.enterprise().token());
			assertThat(paid.text("status")).isEqualTo("PAID");
			assertThat(paid.text("paymentReference")).isEqualTo("RUN-" + d.voucherId());
		}

		// the same request again answers as the first and pays nothing more
		Response again = api.post("/api/v1/payment-runs", w.finance, body, key);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.body()).isEqualTo(run.body());
		assertProblem(api.post("/api/v1/payment-runs", w.finance, body, Map.of("Idempotency-Key", "other-" + d.voucherId())),
				409, "DUPLICATE_REFERENCE");
		Response refused = assertProblem(api.post("/api/v1/payment-runs", w.finance,
				Api.obj("redemptionIds", claims, "paidOn", "2026-03-09", "reference", "RUN-2-" + d.voucherId())), 409,
				"INVALID_STATE");
		assertThat(refused.body().get("refusals")).hasSize(2);
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "40000.00").containsEntry("approved", "0.00");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), claims, null);

		Response read = api.get("/api/v1/payment-runs/" + run.text("id"), w.supervisor);
		assertThat(read.text("total")).isEqualTo("40000.00");
		assertThat(read.body().get("items")).isEqualTo(run.body().get("items"));
		assertProblem(api.get("/api/v1/payment-runs/" + run.text("id"), w.reviewer), 403, "FORBIDDEN");
		assertProblem(api.get("/api/v1/payment-runs/" + run.text("id"), w.staff("FINANCE_OFFICER", World.DATONG)), 404,
				"NOT_FOUND");
		Response list = api.get("/api/v1/payment-runs?page=0&size=200", w.finance);
		assertThat(list.body().get("items")).extracting(r -> r.get("id").asText()).contains(run.text("id"));

		assertTheFilesSayWhatTheRunPays(w, run.body());
	}

	@Test
	void aRunIsRefusedAsAWholeNamingEveryClaimThatStopsItAndPaysNothing() {
		World w = world();
		Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		String approverAndPayer = staffWithRoles(w, List.of("BUREAU_REVIEWER", "FINANCE_OFFICER"), World.TAIYUAN);
		List<String> ready = readyClaims(d, 2, approverAndPayer);
		String approvedOnly = Scenarios.claimUnderReview(d.withContract(
				w.signedContract(d.enterprise(), d.institution(), d.voucherId(), "20000.00")), "20000.00");
		assertThat(w.approveClaim(approvedOnly, null).status()).isEqualTo(200);
		List<String> all = List.of(ready.get(0), ready.get(1), approvedOnly);
		Map<String, Object> body = Api.obj("redemptionIds", all, "paidOn", "2026-03-09", "reference", "RUN-X");

		Response refused = assertProblem(api.post("/api/v1/payment-runs", approverAndPayer, body), 409, "INVALID_STATE");
		List<String> reasons = new ArrayList<>();
		refused.body().get("refusals").forEach(r -> reasons.add(r.get("redemptionId").asText() + " " + r.get("code").asText()));
		assertThat(reasons).containsExactlyInAnyOrder(ready.get(0) + " SEPARATION_OF_DUTIES",
				ready.get(1) + " SEPARATION_OF_DUTIES", approvedOnly + " INVALID_STATE", ready.get(0) + " BANK_ACCOUNT_MISSING",
				ready.get(1) + " BANK_ACCOUNT_MISSING", approvedOnly + " BANK_ACCOUNT_MISSING");
		assertProblem(api.post("/api/v1/payment-runs", approverAndPayer, Api.obj("redemptionIds", ready, "paidOn",
				"2026-03-09", "reference", "RUN-X")), 409, "SEPARATION_OF_DUTIES");
		assertProblem(api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", ready, "paidOn",
				"2026-03-09", "reference", "RUN-X")), 409, "BANK_ACCOUNT_MISSING");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "0.00");
		for (String claim : ready) {
			assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("status")).isEqualTo("READY_FOR_PAYMENT");
		}

		assertInvalid(api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", List.of(), "paidOn",
				"2026-03-09", "reference", "RUN-Y")), "redemptionIds");
		assertInvalid(api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", List.of(ready.get(0),
				ready.get(0)), "paidOn", "2026-03-09", "reference", "RUN-Y")), "redemptionIds");
		assertInvalid(api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", ready, "paidOn",
				"2026-03-10", "reference", "RUN-Y")), "paidOn");
		assertInvalid(api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", ready, "paidOn",
				"2026-03-09")), "reference");
		assertProblem(api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", List.of("no-such-claim"),
				"paidOn", "2026-03-09", "reference", "RUN-Y")), 404, "NOT_FOUND");
	}

	@Test
	void aRunAboveTheProgramsThresholdPaysNothingUntilASecondFinanceOfficerReleasesIt() {
		World w = world();
		Deal d = Scenarios.deal(w, "100000.00", "20000.00", "paymentReleaseThreshold", "30000.00");
		assertThat(api.get("/api/v1/programs/" + d.programId(), null).body().toString())
			.contains("\"paymentReleaseThreshold\":\"30000.00\"");
		List<String> claims = readyClaims(d, 2, w.reviewer);
		keepAccount(d.enterprise());
		Response run = api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", claims, "paidOn",
				"2026-03-09", "reference", "RUN-REL-" + d.voucherId()), Map.of("Idempotency-Key", "rel-" + d.voucherId()));
		assertThat(run.status()).as("%s", run).isEqualTo(201);
		assertThat(run.text("status")).isEqualTo("AWAITING_RELEASE");
		String release = "/api/v1/payment-runs/" + run.text("id") + "/release";

		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "0.00").containsEntry("approved", "40000.00");
		assertThat(api.get("/api/v1/redemptions/" + claims.get(0), w.finance).text("status")).isEqualTo("READY_FOR_PAYMENT");
		// the run holds its claims: they are paid by its release, not one by one, nor by another run
		assertProblem(api.post("/api/v1/redemptions/" + claims.get(0) + "/payment", w.finance,
				Api.obj("paidOn", "2026-03-09", "reference", "SINGLE-1")), 409, "INVALID_STATE");
		assertProblem(api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", claims.subList(0, 1),
				"paidOn", "2026-03-09", "reference", "RUN-OTHER-" + d.voucherId())), 409, "INVALID_STATE");
		assertProblem(api.get("/api/v1/payment-runs/" + run.text("id") + "/file?format=pain.001", w.finance), 409,
				"INVALID_STATE");
		assertProblem(api.post(release, w.finance, Map.of()), 409, "SEPARATION_OF_DUTIES");
		assertProblem(api.post(release, w.supervisor, Map.of()), 403, "FORBIDDEN");

		String second = w.staff("FINANCE_OFFICER", World.PROVINCE);
		Response released = api.post(release, second, Map.of(), Map.of("Idempotency-Key", "release-" + d.voucherId()));
		assertThat(released.status()).as("%s", released).isEqualTo(200);
		assertThat(released.text("status")).isEqualTo("RECORDED");
		assertThat(released.text("releasedAt")).isNotBlank();
		assertThat(api.get("/api/v1/redemptions/" + claims.get(1), w.finance).text("status")).isEqualTo("PAID");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "40000.00").containsEntry("approved", "0.00");
		assertProblem(api.post(release, w.staff("FINANCE_OFFICER", World.PROVINCE), Map.of()), 409, "INVALID_STATE");
		Response audit = api.get("/api/v1/audit?entityType=PAYMENT_RUN&entityId=" + run.text("id"), w.supervisor);
		assertThat(audit.body().get("items")).extracting(e -> e.get("action").asText())
			.containsExactlyInAnyOrder("PAYMENT_RUN_RECORDED", "PAYMENT_RUN_RELEASED");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), claims, null);
	}

	@Test
	void twoRunsSharingAClaimAtOnceNeverPayItTwice() throws Exception {
		World w = world();
		Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		List<String> claims = readyClaims(d, 3, w.reviewer);
		keepAccount(d.enterprise());
		List<String> first = claims.subList(0, 2);
		List<String> second = claims.subList(1, 3);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<Response> answers = new ArrayList<>();
		try {
			var a = pool.submit(() -> api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", first,
					"paidOn", "2026-03-09", "reference", "RUN-A-" + d.voucherId())));
			var b = pool.submit(() -> api.post("/api/v1/payment-runs", w.finance, Api.obj("redemptionIds", second,
					"paidOn", "2026-03-09", "reference", "RUN-B-" + d.voucherId())));
			answers.add(a.get());
			answers.add(b.get());
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(answers).extracting(Response::status).as("%s", answers).containsExactlyInAnyOrder(201, 409);
		Response refused = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
		assertThat(refused.code()).isEqualTo("INVALID_STATE");
		// refused by the shared claim's state, seen under its lock, not by a lost race
		assertThat(refused.body().get("refusals")).as("%s", refused).hasSize(1);
		assertThat(refused.body().get("refusals").get(0).get("redemptionId").asText()).isEqualTo(claims.get(1));
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "40000.00").containsEntry("approved", "20000.00");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), claims, null);
	}

	private void assertTheFilesSayWhatTheRunPays(World w, JsonNode run) {
		String path = "/api/v1/payment-runs/" + run.get("id").asText() + "/file";
		assertProblem(api.get(path + "?format=pain.001", w.supervisor), 403, "FORBIDDEN");
		assertInvalid(api.get(path + "?format=csv", w.finance), "format");
		Response xml = api.get(path + "?format=pain.001", w.finance);
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.contentType()).startsWith("application/xml");
		Document document = parse(xml.raw().body());
		Element root = document.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(PAIN_001);
		assertThat(root.getLocalName()).isEqualTo("Document");
		Element header = only(root, "GrpHdr");
		assertThat(text(header, "MsgId")).hasSizeLessThanOrEqualTo(35);
		assertThat(text(header, "CreDtTm")).startsWith("2026-03-09T");
		assertThat(text(only(header, "InitgPty"), "Nm")).isNotBlank();
		NodeList transactions = root.getElementsByTagNameNS(PAIN_001, "CdtTrfTxInf");
		assertThat(transactions.getLength()).isEqualTo(run.get("count").asInt());
		assertThat(text(header, "NbOfTxs")).isEqualTo(Integer.toString(transactions.getLength()));
		BigDecimal sum = BigDecimal.ZERO;
		List<String> endToEnd = new ArrayList<>();
		for (int i = 0; i < transactions.getLength(); i++) {
			Element tx = (Element) transactions.item(i);
			Element amount = only(tx, "InstdAmt");
			assertThat(amount.getAttribute("Ccy")).isEqualTo("CNY");
			sum = sum.add(new BigDecimal(amount.getTextContent()));
			endToEnd.add(text(tx, "EndToEndId"));
			assertThat(text(only(tx, "Cdtr"), "Nm")).isEqualTo("太原测试科技有限公司");
			assertThat(text(only(only(tx, "CdtrAcct"), "Othr"), "Id")).isEqualTo("6222020200112233");
			assertThat(text(only(tx, "CdtrAgt"), "MmbId")).isEqualTo("102161000017");
		}
		assertThat(new BigDecimal(text(header, "CtrlSum"))).isEqualByComparingTo(sum)
			.isEqualByComparingTo(run.get("total").asText());
		List<String> claims = new ArrayList<>();
		run.get("items").forEach(i -> claims.add(i.get("redemptionId").asText().replace("-", "")));
		assertThat(endToEnd).containsExactlyInAnyOrderElementsOf(claims);
		Element instruction = only(root, "PmtInf");
		assertThat(text(instruction, "ReqdExctnDt")).isEqualTo(run.get("paidOn").asText());
		assertThat(text(only(instruction, "Dbtr"), "Nm")).isNotBlank();

		Response xlsx = api.get(path + "?format=xlsx", w.finance);
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("redemptionId");
			for (int i = 0; i < run.get("count").asInt(); i++) {
				Row row = sheet.getRow(i + 1);
				JsonNode item = run.get("items").get(i);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(item.get("redemptionId").asText());
				assertThat(row.getCell(1).getStringCellValue()).isEqualTo(item.get("amount").asText());
				assertThat(row.getCell(9).getStringCellValue()).isEqualTo("6222020200112233");
			}
			assertThat(sheet.getRow(run.get("count").asInt() + 1).getCell(1).getStringCellValue())
				.isEqualTo(run.get("total").asText());
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * {@code n} claims of the deal's enterprise and voucher, each on a contract of its own, approved by
	 * {@code approver}, through one public notice that has ended: ready for payment.
	 */
	private List<String> readyClaims(Deal d, int n, String approver) {
		World w = d.world();
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String contract = i == 0 ? d.contractId()
					: w.signedContract(d.enterprise(), d.institution(), d.voucherId(), "20000.00");
			String claim = Scenarios.claimUnderReview(d.withContract(contract), "20000.00");
			Response approved = api.post("/api/v1/redemptions/" + claim + "/decision", approver,
					Api.obj("decision", "APPROVE", "reason", "ok"));
			assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
			claims.add(claim);
		}
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", claims));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		w.setClock("2026-03-09T18:00:00+08:00");
		Response closed = api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of());
		assertThat(closed.status()).as("close %s", closed).isEqualTo(200);
		return claims;
	}

	private void keepAccount(Party enterprise) {
		Response kept = api.put("/api/v1/enterprises/" + enterprise.id() + "/bank-account", enterprise.token(),
				account("6222020200112233"));
		assertThat(kept.status()).as("bank account %s", kept).isEqualTo(200);
	}

	private static Map<String, Object> account(String number) {
		return Api.obj("accountName", "太原测试科技有限公司", "bankName", "中国工商银行太原分行", "bankCode", "102161000017",
				"accountNumber", number);
	}

	private String staffWithRoles(World w, List<String> roles, String regionCode) {
		String username = TestData.username("staff");
		Response created = api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
				World.PASSWORD, "email", username + "@gov.example.cn", "roles", roles, "regionCode", regionCode));
		assertThat(created.status()).as("create %s", created).isEqualTo(201);
		return World.login(api, username, World.PASSWORD);
	}

	private static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception e) {
			throw new AssertionError("the payment file is not well-formed XML", e);
		}
	}

	/** The one descendant element of this name in the pain.001 namespace. */
	private static Element only(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS(PAIN_001, name);
		assertThat(found.getLength()).as("one %s in %s", name, parent.getLocalName()).isGreaterThanOrEqualTo(1);
		return (Element) found.item(0);
	}

	private static String text(Element parent, String name) {
		return only(parent, name).getTextContent();
	}
}
