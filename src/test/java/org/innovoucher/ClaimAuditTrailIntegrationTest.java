package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A claim driven through its whole life over the API: every operation leaves exactly one line in
 * the audit trail of the claim (and of its notices and objections), with the from, to and reason the
 * aggregate raised, read as a supervisor whose region covers the claim.
 */
class ClaimAuditTrailIntegrationTest extends IntegrationTestBase {

	@Test
	void everyOperationOnAClaimLeavesExactlyOneAuditLine() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = w.claim(d.enterprise(), d.contractId(), "30000.00").text("id");
		List<String> expected = new ArrayList<>(List.of("CLAIM_CREATED"));
		assertActions(w, claim, expected);

		ok(api.put("/api/v1/redemptions/" + claim, d.enterprise().token(),
				Api.obj("paidAmount", "40000.00", "resultSummary", "完成产品检测")));
		expected.add("CLAIM_REVISED");
		w.evidence(d.enterprise(), claim);
		expected.addAll(List.of("EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_ADDED", "EVIDENCE_ADDED"));
		ok(api.post("/api/v1/redemptions/" + claim + "/submit", d.enterprise().token(), Map.of()));
		expected.add("CLAIM_SUBMITTED");
		ok(api.post("/api/v1/redemptions/" + claim + "/confirmation", d.institution().token(),
				Api.obj("confirm", false, "reason", "invoice does not match")));
		expected.add("CLAIM_DISPUTED");
		ok(api.post("/api/v1/redemptions/" + claim + "/submit", d.enterprise().token(), Map.of()));
		expected.add("CLAIM_SUBMITTED");
		ok(w.confirm(d.institution(), claim));
		expected.add("CLAIM_CONFIRMED");
		assertActions(w, claim, expected);

		String first = Scenarios.noticed(d, claim);
		expected.addAll(List.of("CLAIM_APPROVED", "CLAIM_IN_PUBLIC_NOTICE"));
		Response filed = api.post("/api/v1/public/notices/" + first + "/objections", null, Api.obj("redemptionId", claim,
				"name", "王五", "contact", "wang@example.cn", "reason", "the lab never did the test"));
		assertThat(filed.status()).as("object %s", filed).isEqualTo(201);
		String objection = filed.text("id");
		ok(api.post("/api/v1/objections/" + objection + "/resolution", w.operator,
				Api.obj("upheld", true, "note", "report forged")));
		expected.add("CLAIM_REOPENED");
		String second = Scenarios.noticed(d, claim);
		expected.addAll(List.of("CLAIM_APPROVED", "CLAIM_IN_PUBLIC_NOTICE"));
		w.setClock("2026-03-09T18:00:00+08:00");
		ok(api.post("/api/v1/public-notices/" + second + "/close", w.operator, Map.of()));
		expected.add("CLAIM_READY_FOR_PAYMENT");
		ok(api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
				Api.obj("paidOn", "2026-03-09", "reference", "FIN-1"), Map.of("Idempotency-Key", "pay-" + claim)));
		expected.add("CLAIM_PAID");
		ok(api.post("/api/v1/redemptions/" + claim + "/clawback", w.supervisor, Api.obj("reason", "fake invoice")));
		expected.add("CLAIM_CLAWED_BACK");
		ok(api.post("/api/v1/redemptions/" + claim + "/recovery", w.finance,
				Api.obj("amount", "10000.00", "recoveredOn", "2026-03-09", "reference", "REC-1")));
		expected.add("CLAWBACK_RECOVERED");
		List<JsonNode> entries = assertActions(w, claim, expected);

		assertEntry(entries.get(expected.indexOf("CLAIM_DISPUTED")), "AWAITING_CONFIRMATION", "DISPUTED",
				"invoice does not match");
		assertEntry(entries.get(expected.indexOf("CLAIM_REOPENED")), "IN_PUBLIC_NOTICE", "UNDER_REVIEW",
				"objection upheld: report forged");
		assertEntry(entries.get(expected.indexOf("CLAIM_PAID")), "READY_FOR_PAYMENT", "PAID", "40000.00 ref FIN-1");
		assertEntry(entries.get(expected.indexOf("CLAWBACK_RECOVERED")), "CLAWED_BACK", "CLAWED_BACK",
				"10000.00 on 2026-03-09 ref REC-1, outstanding 30000.00");

		List<JsonNode> filing = entries("OBJECTION", objection, w);
		assertThat(filing).extracting(e -> e.get("action").asText()).containsExactly("OBJECTION_FILED", "OBJECTION_UPHELD");
		assertThat(filing.get(0).get("actor").asText()).isEqualTo("public");
		assertThat(entries("PUBLIC_NOTICE", first, w)).extracting(e -> e.get("action").asText())
			.containsExactly("NOTICE_OPENED");
		assertThat(entries("PUBLIC_NOTICE", second, w)).extracting(e -> e.get("action").asText())
			.containsExactly("NOTICE_OPENED", "NOTICE_CLOSED");
	}

	private List<JsonNode> assertActions(World w, String claim, List<String> expected) {
		List<JsonNode> entries = entries("REDEMPTION", claim, w);
		assertThat(entries).extracting(e -> e.get("action").asText()).containsExactlyElementsOf(expected);
		return entries;
	}

	private List<JsonNode> entries(String type, String id, World w) {
		Response found = api.get("/api/v1/audit?entityType=" + type + "&entityId=" + id + "&size=100", w.supervisor);
		assertThat(found.status()).as("audit %s", found).isEqualTo(200);
		List<JsonNode> entries = new ArrayList<>();
		found.body().get("items").forEach(entries::add);
		assertThat(found.body().get("total").asLong()).isEqualTo(entries.size());
		return entries;
	}

	private static void assertEntry(JsonNode entry, String from, String to, String reason) {
		assertThat(entry.get("from").asText()).isEqualTo(from);
		assertThat(entry.get("to").asText()).isEqualTo(to);
		assertThat(entry.get("reason").asText()).isEqualTo(reason);
	}

	private static void ok(Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(200);
	}
}
