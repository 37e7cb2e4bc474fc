package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/** Public notice with objections, and the idempotent payment. */
class NoticeAndPaymentIntegrationTest extends IntegrationTestBase {

	@Test
	void anOperatorPutsApprovedClaimsIntoAPublicNotice() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		Map<String, Object> body = Api.obj("regionCode", World.TAIYUAN, "redemptionIds", List.of(claim));
		// not approved yet
		assertProblem(api.post("/api/v1/public-notices", w.operator, body), 409, "INVALID_STATE");
		assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
		assertProblem(api.post("/api/v1/public-notices", w.reviewer, body), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/public-notices", null, body), 401, "UNAUTHENTICATED");
		assertInvalid(api.post("/api/v1/public-notices", w.operator, Api.obj("regionCode", World.TAIYUAN,
				"redemptionIds", List.of())), "redemptionIds");
		assertProblem(api.post("/api/v1/public-notices", w.operator, Api.obj("regionCode", World.TAIYUAN,
				"redemptionIds", List.of("no-such-claim"))), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/public-notices", w.operator, Api.obj("regionCode", World.TAIYUAN,
				"redemptionIds", java.util.Arrays.asList(claim, null))), 400, "VALIDATION_FAILED");

		Response notice = api.post("/api/v1/public-notices", w.operator, body);
		assertThat(notice.status()).isEqualTo(201);
		assertThat(notice.text("startsOn")).isEqualTo("2026-03-02");
		assertThat(notice.text("endsOn")).isEqualTo("2026-03-09");
		Response claimNow = api.get("/api/v1/redemptions/" + claim, d.enterprise().token());
		assertThat(claimNow.text("status")).isEqualTo("IN_PUBLIC_NOTICE");
		assertThat(claimNow.text("noticeEndsOn")).isEqualTo("2026-03-09");
		// a claim is in one notice at a time
		assertProblem(api.post("/api/v1/public-notices", w.operator, body), 409, "INVALID_STATE");

		Response shown = api.get("/api/v1/public/notices/" + notice.text("id"), null);
		assertThat(shown.status()).isEqualTo(200);
		var item = shown.body().get("items").get(0);
		assertThat(item.get("enterpriseName").asText()).startsWith("企业 ");
		assertThat(item.get("institutionName").asText()).startsWith("检测中心 ");
		assertThat(item.get("amount").asText()).isEqualTo("40000.00");
		assertThat(api.get("/api/v1/public/notices?page=0&size=5", null).body().get("items").size()).isPositive();
		assertProblem(api.get("/api/v1/public/notices/no-such-notice", null), 404, "NOT_FOUND");
		assertInvalid(api.get("/api/v1/public/notices?size=-1", null), "size");
	}

	@Test
	void anUpheldObjectionSendsTheClaimBackToReviewAndARejectedOneDoesNot() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		String notice = Scenarios.noticed(d, claim);
		String path = "/api/v1/public/notices/" + notice + "/objections";
		Map<String, Object> objection = Api.obj("redemptionId", claim, "name", "王五", "contact", "wang@example.cn",
				"reason", "the lab never did the test");
		assertInvalid(api.post(path, null, Api.obj("redemptionId", claim, "name", "王五", "contact", "x")), "reason");
		assertInvalid(api.post(path, null, Api.obj("redemptionId", claim, "name", "x".repeat(101), "contact", "x",
				"reason", "x")), "name");
		assertInvalid(api.post(path, null, Api.obj("redemptionId", "another-claim", "name", "王五", "contact", "x",
				"reason", "x")), "redemptionId");
		assertProblem(api.post("/api/v1/public/notices/no-such-notice/objections", null, objection), 404, "NOT_FOUND");

		Response dismissedOne = api.post(path, null, objection);
		assertThat(dismissedOne.status()).isEqualTo(201);
		assertThat(dismissedOne.text("id")).isNotBlank();
		Response dismissed = api.post("/api/v1/objections/" + dismissedOne.text("id") + "/resolution", w.operator,
				Api.obj("upheld", false, "note", "documents in order"));
		assertThat(dismissed.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("IN_PUBLIC_NOTICE");
		assertProblem(api.post("/api/v1/objections/" + dismissedOne.text("id") + "/resolution", w.operator,
				Api.obj("upheld", true, "note", "second thoughts")), 409, "INVALID_STATE");

		String upheldId = api.post(path, null, objection).text("id");
		assertProblem(api.post("/api/v1/objections/" + upheldId + "/resolution", w.reviewer,
				Api.obj("upheld", true, "note", "x")), 403, "FORBIDDEN");
		assertInvalid(api.post("/api/v1/objections/" + upheldId + "/resolution", w.operator, Api.obj("note", "x")),
				"upheld");
		assertProblem(api.post("/api/v1/objections/no-such-objection/resolution", w.operator,
				Api.obj("upheld", true, "note", "x")), 404, "NOT_FOUND");
		assertThat(api.post("/api/v1/objections/" + upheldId + "/resolution", w.operator,
				Api.obj("upheld", true, "note", "confirmed by site visit")).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("UNDER_REVIEW");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("approved", "0.00").containsEntry("bound", "40000.00");
		Response objections = api.get("/api/v1/public-notices/" + notice + "/objections", w.operator);
		assertThat(objections.body()).hasSize(2);

		// closing the notice leaves the reopened claim under review
		w.setClock("2026-03-09T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()).status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("UNDER_REVIEW");
		// and objections after the end are too late
		assertProblem(api.post(path, null, objection), 409, "INVALID_STATE");
	}

	@Test
	void aReopenedClaimApprovedForLessCanStillBeRejectedAndTheLedgerReconciles() {
		World w = world();
		String program = w.program("90000.00");
		org.innovoucher.support.World.Party enterprise = w.enterprise();
		org.innovoucher.support.World.Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		Deal d = new Deal(w, program, enterprise, institution, voucher,
				w.signedContract(enterprise, institution, voucher, "80000.00"));
		// 50,000 reserved and 15,000 of excess bound leave 25,000 available
		String claim = Scenarios.claimUnderReview(d, "80000.00");
		assertThat(w.approveClaim(claim, "40000.00").status()).isEqualTo(200);
		// approving 40,000 of 65,000 released 25,000, which another voucher now takes: nothing is available
		w.voucher(w.enterprise(), program, "50000.00");
		assertThat(w.ledgerTotal(program)).containsEntry("available", "0.00");
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", List.of(claim)));
		String objection = api.post("/api/v1/public/notices/" + notice.text("id") + "/objections", null,
				Api.obj("redemptionId", claim, "name", "赵六", "contact", "x", "reason", "inflated invoice")).text("id");
		assertThat(api.post("/api/v1/objections/" + objection + "/resolution", w.operator,
				Api.obj("upheld", true, "note", "upheld")).status()).isEqualTo(200);
		Response rejected = api.post("/api/v1/redemptions/" + claim + "/decision", w.reviewer,
				Api.obj("decision", "REJECT", "reason", "fraudulent invoice"));
		assertThat(rejected.status()).as("%s", rejected).isEqualTo(200);
		Map<String, String> total = w.ledgerTotal(d.programId());
		String balance = api.get("/api/v1/vouchers/" + d.voucherId(), d.enterprise().token()).text("balance");
		// what the voucher holds is what the ledger reserves, and nothing stays bound
		assertThat(total).containsEntry("bound", "0.00").containsEntry("approved", "0.00");
		assertThat(new java.math.BigDecimal(total.get("reserved")))
			.isEqualByComparingTo(new java.math.BigDecimal(balance).add(new java.math.BigDecimal("50000.00")));
		assertThat(new java.math.BigDecimal(total.get("available")).add(new java.math.BigDecimal(total.get("reserved"))))
			.isEqualByComparingTo("90000.00");
	}

	@Test
	void aNoticeClosesAtItsEndOnly() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		String notice = Scenarios.noticed(d, claim);
		assertProblem(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()), 409,
				"NOTICE_PERIOD_NOT_OVER");
		w.setClock("2026-03-06T18:00:00+08:00");
		assertProblem(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()), 409,
				"NOTICE_PERIOD_NOT_OVER");
		w.setClock("2026-03-09T18:00:00+08:00");
		assertProblem(api.post("/api/v1/public-notices/" + notice + "/close", w.reviewer, Map.of()), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/public-notices/no-such-notice/close", w.operator, Map.of()), 404, "NOT_FOUND");
		assertThat(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()).status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("READY_FOR_PAYMENT");
		assertProblem(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()), 409,
				"INVALID_STATE");
	}

	@Test
	void aPaymentIsRecordedOnceWhateverTheRetries() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.readyForPayment(d, "40000.00");
		String path = "/api/v1/redemptions/" + claim + "/payment";
		Map<String, Object> body = Api.obj("paidOn", "2026-03-09", "reference", "FIN-1");
		Map<String, String> key = Map.of("Idempotency-Key", "pay-" + claim);

		assertProblem(api.post(path, w.reviewer, body, key), 403, "FORBIDDEN");
		assertInvalid(api.post(path, w.finance, Api.obj("paidOn", "2026-03-10", "reference", "FIN-1"),
				Map.of("Idempotency-Key", "future-" + claim)), "paidOn");
		assertInvalid(api.post(path, w.finance, Api.obj("paidOn", "2026-03-09"), Map.of("Idempotency-Key", "noref-"
				+ claim)), "reference");
		assertInvalid(api.post(path, w.finance, body, Map.of("Idempotency-Key", " ")), "Idempotency-Key");
		assertInvalid(api.post(path, w.finance, body, Map.of("Idempotency-Key", "k".repeat(201))), "Idempotency-Key");

		Response paid = api.post(path, w.finance, body, key);
		assertThat(paid.status()).isEqualTo(200);
		assertThat(paid.text("status")).isEqualTo("PAID");
		Response again = api.post(path, w.finance, body, key);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(paid.body());
		assertProblem(api.post(path, w.finance, Api.obj("paidOn", "2026-03-09", "reference", "FIN-2"), key), 409,
				"IDEMPOTENCY_KEY_REUSED");
		// without a key, or with a new one, the same bank reference is a duplicate (api.md, December 2026)
		assertProblem(api.post(path, w.finance, body), 409, "DUPLICATE_REFERENCE");
		assertProblem(api.post(path, w.finance, body, Map.of("Idempotency-Key", "other-" + claim)), 409,
				"DUPLICATE_REFERENCE");
		// and a second payment under another reference is refused by the claim's state
		assertProblem(api.post(path, w.finance, Api.obj("paidOn", "2026-03-09", "reference", "FIN-3")), 409,
				"INVALID_STATE");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "40000.00").containsEntry("approved", "0.00");
		assertThat(api.get("/api/v1/redemptions/" + claim, d.enterprise().token()).text("status")).isEqualTo("PAID");
	}

	@Test
	void aClaimNotReadyForPaymentIsNotPaid() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
				Api.obj("paidOn", "2026-03-02", "reference", "FIN-X")), 409, "INVALID_STATE");
		assertProblem(api.post("/api/v1/redemptions/no-such-claim/payment", w.finance,
				Api.obj("paidOn", "2026-03-02", "reference", "FIN-X"), Map.of("Idempotency-Key", "nf-" + claim)), 404,
				"NOT_FOUND");
	}

	@Test
	void concurrentPaymentsPayOnce() throws Exception {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.readyForPayment(d, "40000.00");
		String path = "/api/v1/redemptions/" + claim + "/payment";
		Map<String, Object> body = Api.obj("paidOn", "2026-03-09", "reference", "FIN-C");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<Response>> sameKey = new java.util.ArrayList<>();
			List<java.util.concurrent.Future<Response>> otherKeys = new java.util.ArrayList<>();
			for (int i = 0; i < 3; i++) {
				int n = i;
				sameKey.add(pool.submit(() -> api.post(path, w.finance, body, Map.of("Idempotency-Key", "same-" + claim))));
				otherKeys.add(pool.submit(() -> api.post(path, w.finance, body,
						Map.of("Idempotency-Key", "other-" + n + "-" + claim))));
			}
			for (java.util.concurrent.Future<Response> f : sameKey) {
				Response r = f.get();
				assertThat(r.status()).as("%s", r).isIn(200, 409);
				if (r.status() == 409) {
					// another key paid first with the same bank reference
					assertThat(r.code()).isEqualTo("DUPLICATE_REFERENCE");
				}
			}
			for (java.util.concurrent.Future<Response> f : otherKeys) {
				Response r = f.get();
				assertThat(r.status()).as("%s", r).isIn(200, 409);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "40000.00").containsEntry("approved", "0.00");
		Response audit = api.get("/api/v1/audit?entityType=REDEMPTION&entityId=" + claim + "&size=100", w.supervisor);
		long payments = 0;
		for (var entry : audit.body().get("items")) {
			payments += "CLAIM_PAID".equals(entry.get("action").asText()) ? 1 : 0;
		}
		assertThat(payments).isEqualTo(1);
		// a retry with the first key now gets the recorded answer
		Response retry = api.post(path, w.finance, body, Map.of("Idempotency-Key", "same-" + claim));
		assertThat(retry.status()).isIn(200, 409);
	}
}
