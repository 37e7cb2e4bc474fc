package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.innovoucher.shared.BatchProperties;
import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Batch decisions ({@code POST .../decisions}): each file decided on its own, exactly as alone. */
class BatchDecisionIntegrationTest extends IntegrationTestBase {

	private static final String APPLICATIONS = "/api/v1/voucher-applications/decisions";
	private static final String CLAIMS = "/api/v1/redemptions/decisions";

	@Test
	void aBatchOfClaimsDecidesEachAsTheSingleDecisionWouldAndARefusalUndoesNoOther() {
		World w = world();
		// the same four situations twice, in two programs of the same budget: decided one by one, and in a batch
		List<String> alone = fourClaims(w);
		List<String> batched = fourClaims(w);
		List<Map<String, Object>> decisions = List.of(Api.obj("decision", "APPROVE", "reason", "complete"),
				Api.obj("decision", "REJECT", "reason", "the invoice is not the contract's"),
				Api.obj("decision", "APPROVE", "approvedAmount", "40000.01", "reason", "more than payable"),
				Api.obj("decision", "APPROVE", "reason", "not confirmed yet"));
		List<Response> single = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			single.add(api.post("/api/v1/redemptions/" + alone.get(i) + "/decision", w.reviewer, decisions.get(i)));
		}
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Map<String, Object> item = Api.obj("id", batched.get(i));
			item.putAll(decisions.get(i));
			items.add(item);
		}

		Response batch = api.post(CLAIMS, w.reviewer, Api.obj("items", items));

		assertThat(batch.status()).as("%s", batch).isEqualTo(200);
		JsonNode results = batch.body().get("results");
		assertThat(results).hasSize(4);
		assertThat(results.get(0).path("status").asText()).isEqualTo("APPROVED");
		assertThat(results.get(0).path("approvedAmount").asText()).isEqualTo("40000.00");
		assertThat(results.get(1).path("status").asText()).isEqualTo("REJECTED");
		assertThat(results.get(2).path("problem").path("code").asText()).isEqualTo("AMOUNT_ABOVE_PAYABLE");
		assertThat(results.get(3).path("problem").path("code").asText()).isEqualTo("INVALID_STATE");
		for (int i = 0; i < 4; i++) {
			JsonNode result = results.get(i);
			assertThat(result.path("id").asText()).as("results in the order given").isEqualTo(batched.get(i));
			if (single.get(i).status() == 200) {
				assertThat(result.path("status").asText()).isEqualTo(single.get(i).text("status"));
				assertThat(result.has("problem")).isFalse();
			}
			else {
				assertThat(result.path("problem").path("code").asText()).isEqualTo(single.get(i).code());
				assertThat(result.path("problem").path("detail").asText()).isNotBlank();
				assertThat(result.has("status")).isFalse();
			}
			assertThat(auditOf(w, batched.get(i))).as("audit of item %d", i).isEqualTo(auditOf(w, alone.get(i)));
		}
		assertThat(auditOf(w, batched.get(0))).anyMatch(line -> line.contains("->APPROVED complete"));
		assertThat(auditOf(w, batched.get(1))).anyMatch(line -> line.contains("->REJECTED the invoice"));
		assertThat(w.ledgerTotal(programOf(w, batched.get(0)))).isEqualTo(w.ledgerTotal(programOf(w, alone.get(0))));
		assertThat(w.ledgerTotal(programOf(w, batched.get(0)))).containsEntry("approved", "40000.00");
		assertThat(api.get("/api/v1/redemptions/" + batched.get(2), w.reviewer).text("status")).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void aBatchOfApplicationsIssuesVouchersUntilTheBudgetEndsAndRefusesFilesOfOtherRegionsAsNotFound() {
		World w = world();
		String program = w.program("100000.00");
		w.budget(program, World.DATONG, "100000.00");
		List<String> taiyuan = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			taiyuan.add(w.apply(w.enterprise(), program, "50000.00").text("id"));
		}
		String datong = w.apply(w.enterprise(World.DATONG, "SMALL"), program, "50000.00").text("id");
		Response singleOtherRegion = api.post("/api/v1/voucher-applications/" + datong + "/decision", w.reviewer,
				Api.obj("decision", "APPROVE", "reason", "ok"));
		assertProblem(singleOtherRegion, 404, "NOT_FOUND");

		Response batch = api.post(APPLICATIONS, w.reviewer, Api.obj("items", List.of(
				Api.obj("id", taiyuan.get(0), "decision", "APPROVE", "reason", "ok"),
				Api.obj("id", datong, "decision", "APPROVE", "reason", "ok"),
				Api.obj("id", taiyuan.get(1), "decision", "APPROVE", "reason", "ok"),
				Api.obj("id", taiyuan.get(2), "decision", "APPROVE", "reason", "ok"),
				Api.obj("id", "no-such-application", "decision", "APPROVE", "reason", "ok"),
				Api.obj("id", taiyuan.get(3), "decision", "RETURN", "reason", "name the tests"))));

		assertThat(batch.status()).as("%s", batch).isEqualTo(200);
		JsonNode results = batch.body().get("results");
		assertThat(results.findValuesAsText("id")).containsExactly(taiyuan.get(0), datong, taiyuan.get(1), taiyuan.get(2),
				"no-such-application", taiyuan.get(3));
		assertThat(results.get(0).path("status").asText()).isEqualTo("APPROVED");
		assertThat(results.get(0).path("voucherId").asText()).isNotBlank();
		assertThat(results.get(2).path("status").asText()).isEqualTo("APPROVED");
		assertThat(results.get(3).path("problem").path("code").asText()).isEqualTo("BUDGET_EXHAUSTED");
		assertThat(results.get(5).path("status").asText()).isEqualTo("RETURNED");
		// the other region's file is refused as the single decision refuses it, and as a file that does not exist
		assertThat(results.get(1).path("problem").path("code").asText()).isEqualTo("NOT_FOUND");
		assertThat(results.get(1).path("problem").path("detail").asText()).isEqualTo(singleOtherRegion.text("detail"));
		assertThat(results.get(4).path("problem").path("detail").asText())
			.isEqualTo(singleOtherRegion.text("detail").replace(datong, "no-such-application"));

		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "100000.00");
		assertThat(api.get("/api/v1/voucher-applications/" + taiyuan.get(2), w.reviewer).text("status"))
			.isEqualTo("SUBMITTED");
		assertThat(api.get("/api/v1/voucher-applications/" + datong, w.datongReviewer).text("status"))
			.isEqualTo("SUBMITTED");
		assertThat(api.get("/api/v1/vouchers/" + results.get(0).path("voucherId").asText(), w.reviewer).text("faceValue"))
			.isEqualTo("50000.00");
	}

	@Test
	void aRepeatedBatchWithItsIdempotencyKeyGetsTheFirstAnswerAndDecidesNothingAgain() {
		World w = world();
		String program = w.program("1000000.00");
		String application = w.apply(w.enterprise(), program, "50000.00").text("id");
		Map<String, Object> body = Api.obj("items", List.of(Api.obj("id", application, "decision", "APPROVE", "reason", "ok")));
		Map<String, String> key = Map.of("Idempotency-Key", "batch-" + application);

		Response first = api.post(APPLICATIONS, w.reviewer, body, key);
		List<String> auditAfterFirst = auditOf(w, "VOUCHER_APPLICATION", application);
		Response repeat = api.post(APPLICATIONS, w.reviewer, body, key);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().get("results").get(0).path("status").asText()).isEqualTo("APPROVED");
		assertThat(repeat.status()).isEqualTo(200);
		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(repeat.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(auditOf(w, "VOUCHER_APPLICATION", application)).isEqualTo(auditAfterFirst);
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "50000.00");
		assertProblem(api.post(APPLICATIONS, w.reviewer,
				Api.obj("items", List.of(Api.obj("id", application, "decision", "REJECT", "reason", "no"))), key), 409,
				"IDEMPOTENCY_KEY_REUSED");
	}

	static Stream<Arguments> badBatches() {
		Map<String, Object> ok = Api.obj("id", "some-id", "decision", "APPROVE", "reason", "ok");
		List<Object> tooMany = new ArrayList<>();
		for (int i = 0; i <= BatchProperties.DEFAULT_MAX_ITEMS; i++) {
			tooMany.add(Api.obj("id", "id-" + i, "decision", "APPROVE", "reason", "ok"));
		}
		return Stream.of(APPLICATIONS, CLAIMS).flatMap(path -> Stream.of(
				Arguments.of(path, "no items", Map.of(), "items"),
				Arguments.of(path, "an empty list", Api.obj("items", List.of()), "items"),
				Arguments.of(path, "one item more than the limit", Api.obj("items", tooMany), "items"),
				Arguments.of(path, "an id twice", Api.obj("items", List.of(ok, Api.obj("id", "other", "decision", "REJECT",
						"reason", "x"), ok)), "items[2].id"),
				Arguments.of(path, "an item without a decision", Api.obj("items", List.of(ok, Api.obj("id", "x", "reason",
						"x"))), "items[1].decision"),
				Arguments.of(path, "an unknown decision", Api.obj("items", List.of(Api.obj("id", "x", "decision", "MAYBE"))),
						"items[0].decision"),
				Arguments.of(path, "an item without an id", Api.obj("items", List.of(Api.obj("decision", "APPROVE"))),
						"items[0].id"),
				Arguments.of(path, "a null item", Api.obj("items", Collections.singletonList(null)), "items[0]"),
				Arguments.of(path, "a reason too long", Api.obj("items", List.of(Api.obj("id", "x", "decision", "REJECT",
						"reason", "x".repeat(2001)))), "items[0].reason")));
	}

	@ParameterizedTest(name = "{0} with {1} is refused as a whole, naming {3}")
	@MethodSource("badBatches")
	void aBadBatchIsRefusedWholeWithTheFieldNamed(String path, String what, Map<String, Object> body, String field) {
		assertInvalid(api.post(path, reviewer(), body), field);
	}

	@Test
	void aBatchRefusedAsAWholeDecidesNothingOfIt() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String application = w.apply(enterprise, program, "50000.00").text("id");
		Map<String, Object> item = Api.obj("id", application, "decision", "APPROVE", "reason", "ok");
		// a duplicate anywhere, even after a file that could be decided
		assertInvalid(api.post(APPLICATIONS, w.reviewer, Api.obj("items", List.of(item, item))), "items[1].id");
		// only a bureau reviewer decides, in batches as alone
		assertProblem(api.post(APPLICATIONS, enterprise.token(), Api.obj("items", List.of(item))), 403, "FORBIDDEN");
		assertProblem(api.post(CLAIMS, w.finance, Api.obj("items", List.of(item))), 403, "FORBIDDEN");
		assertThat(api.get("/api/v1/voucher-applications/" + application, w.reviewer).text("status")).isEqualTo("SUBMITTED");
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "0.00");
	}

	private static World validationWorld;

	/** One reviewer for the table of bad bodies: none of them reaches a file. */
	private String reviewer() {
		synchronized (BatchDecisionIntegrationTest.class) {
			if (validationWorld == null) {
				validationWorld = world();
			}
			return validationWorld.reviewer;
		}
	}

	/**
	 * Four claims of 40,000 (payable 40,000) in a program of its own: three confirmed and under review,
	 * the last one submitted and still awaiting the institution.
	 */
	private static List<String> fourClaims(World w) {
		String program = w.program("1000000.00");
		Party institution = w.institution();
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Party enterprise = w.enterprise();
			String voucher = w.voucher(enterprise, program, "50000.00");
			String contract = w.signedContract(enterprise, institution, voucher, "40000.00");
			Scenarios.Deal deal = new Scenarios.Deal(w, program, enterprise, institution, voucher, contract);
			claims.add(i < 3 ? Scenarios.claimUnderReview(deal, "40000.00")
					: w.submittedClaim(enterprise, contract, "40000.00"));
		}
		return claims;
	}

	private String programOf(World w, String claim) {
		return api.get("/api/v1/redemptions/" + claim, w.reviewer).text("programId");
	}

	private List<String> auditOf(World w, String claim) {
		return auditOf(w, "REDEMPTION", claim);
	}

	/** What the audit trail says happened to a file, without who the enterprise was or when. */
	private List<String> auditOf(World w, String entityType, String id) {
		Response entries = api.get("/api/v1/audit?entityType=" + entityType + "&entityId=" + id + "&size=100", w.supervisor);
		assertThat(entries.status()).as("%s", entries).isEqualTo(200);
		List<String> said = new ArrayList<>();
		entries.body().get("items").forEach(e -> said.add(e.path("action").asText() + " " + e.path("from").asText() + "->"
				+ e.path("to").asText() + " " + e.path("reason").asText()));
		return said;
	}
}
