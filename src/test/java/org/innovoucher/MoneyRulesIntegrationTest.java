package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.LedgerReconciliation;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.StartGate;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Money rules at the edges: a bank reference is recorded once per claim, bans hold at approval and
 * contract proposal, the approver does not pay, and a notice with unresolved objections does not close.
 */
class MoneyRulesIntegrationTest extends IntegrationTestBase {

	// --- bank references ----------------------------------------------------------------------

	@Test
	void a_recovery_posted_again_with_the_same_bank_reference_returns_nothing_twice() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = clawedBack(d);
		String path = "/api/v1/redemptions/" + claim + "/recovery";
		Map<String, Object> first = Api.obj("amount", "15000.00", "recoveredOn", "2026-03-09", "reference", "REC-1");
		Map<String, String> key = Map.of("Idempotency-Key", "rec-1-" + claim);
		Response recovered = api.post(path, w.finance, first, key);
		assertThat(recovered.status()).as("%s", recovered).isEqualTo(200);

		// the idempotent repeat gets the first answer
		Response replayed = api.post(path, w.finance, first, key);
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.body()).isEqualTo(recovered.body());
		// the same reference without the key, with another key, or for another amount moves nothing
		assertProblem(api.post(path, w.finance, first), 409, "DUPLICATE_REFERENCE");
		assertProblem(api.post(path, w.finance, first, Map.of("Idempotency-Key", "rec-2-" + claim)), 409,
				"DUPLICATE_REFERENCE");
		assertProblem(api.post(path, w.finance, Api.obj("amount", "5000.00", "recoveredOn", "2026-03-09", "reference",
				" REC-1 ")), 409, "DUPLICATE_REFERENCE");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("receivable", "25000.00");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("outstandingAmount")).isEqualTo("25000.00");

		// another reference is another transfer
		Response rest = api.post(path, w.finance, Api.obj("amount", "25000.00", "recoveredOn", "2026-03-09",
				"reference", "REC-2"));
		assertThat(rest.text("outstandingAmount")).isEqualTo("0.00");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("receivable", "0.00");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), List.of(claim), null);
	}

	@Test
	void recoveries_racing_with_one_bank_reference_recover_once() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = clawedBack(d);
		Map<String, Object> body = Api.obj("amount", "10000.00", "recoveredOn", "2026-03-09", "reference", "REC-RACE");

		List<Response> raced = StartGate.race(8, i -> api.post("/api/v1/redemptions/" + claim + "/recovery", w.finance,
				body, Map.of("Idempotency-Key", "race-" + i + "-" + claim)));

		assertThat(raced).allSatisfy(r -> {
			assertThat(r.status()).as("answer %s", r).isIn(200, 409);
			if (r.status() == 409) {
				assertThat(r.code()).isEqualTo("DUPLICATE_REFERENCE");
			}
		});
		assertThat(raced.stream().filter(r -> r.status() == 200)).hasSize(1);
		assertThat(w.ledgerTotal(d.programId())).containsEntry("receivable", "30000.00");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), List.of(claim), null);
	}

	@Test
	void a_payment_posted_again_with_its_bank_reference_is_a_duplicate_unless_it_is_the_idempotent_repeat() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = Scenarios.readyForPayment(d, "80000.00");
		String path = "/api/v1/redemptions/" + claim + "/payment";
		Map<String, Object> body = Api.obj("paidOn", "2026-03-09", "reference", "FIN-1");
		Response paid = api.post(path, w.finance, body, Map.of("Idempotency-Key", "pay-1-" + claim));
		assertThat(paid.status()).as("%s", paid).isEqualTo(200);

		Response replayed = api.post(path, w.finance, body, Map.of("Idempotency-Key", "pay-1-" + claim));
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.body()).isEqualTo(paid.body());
		assertProblem(api.post(path, w.finance, body, Map.of("Idempotency-Key", "pay-2-" + claim)), 409,
				"DUPLICATE_REFERENCE");
		assertProblem(api.post(path, w.finance, body), 409, "DUPLICATE_REFERENCE");
		// another reference for a claim paid already is still a second payment: refused by its state
		assertProblem(api.post(path, w.finance, Api.obj("paidOn", "2026-03-09", "reference", "FIN-2")), 409,
				"INVALID_STATE");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "65000.00").containsEntry("approved", "0.00");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), List.of(claim), null);
	}

	// --- bans -----------------------------------------------------------------------------------

	@Test
	void a_ban_after_the_application_refuses_its_approval_and_a_ban_after_issue_refuses_new_contracts() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String pendingProgram = w.program("1000000.00", "name", "pending program " + d.contractId());
		Response pending = w.apply(d.enterprise(), pendingProgram, "50000.00");
		assertThat(pending.status()).as("%s", pending).isEqualTo(201);
		String issuedProgram = w.program("1000000.00", "name", "issued program " + d.contractId());
		String voucher = w.voucher(d.enterprise(), issuedProgram, "50000.00");

		clawedBack(d);
		assertThat(api.get("/api/v1/enterprises/" + d.enterprise().id(), w.reviewer).text("status")).isEqualTo("BANNED");

		String decision = "/api/v1/voucher-applications/" + pending.text("id") + "/decision";
		assertProblem(api.post(decision, w.reviewer, Api.obj("decision", "APPROVE", "reason", "ok")), 409,
				"ENTERPRISE_BANNED");
		Response application = api.get("/api/v1/voucher-applications/" + pending.text("id"), w.reviewer);
		assertThat(application.text("status")).isEqualTo("SUBMITTED");
		assertThat(application.text("voucherId")).isNull();
		assertThat(w.ledgerTotal(pendingProgram)).containsEntry("reserved", "0.00");
		// the reviewer can still decide it the other way
		assertThat(api.post(decision, w.reviewer, Api.obj("decision", "REJECT", "reason", "banned")).text("status"))
			.isEqualTo("REJECTED");

		assertProblem(w.proposeContract(d.enterprise(), d.institution(), voucher, "10000.00"), 409, "ENTERPRISE_BANNED");
		assertThat(api.get("/api/v1/contracts?page=0&size=50", d.enterprise().token()).body().get("items"))
			.extracting(c -> c.get("voucherId").asText()).doesNotContain(voucher);
	}

	// --- separation of duties -----------------------------------------------------------------

	@Test
	void the_person_who_approved_a_claim_cannot_pay_it_but_may_pay_one_approved_by_someone_else() {
		World w = world();
		String both = staffWithRoles(w, List.of("BUREAU_REVIEWER", "FINANCE_OFFICER"), World.TAIYUAN);
		Deal d = Scenarios.deal(w, "50000.00", "80000.00", "maxVouchersPerEnterprise", 2);
		String ownClaim = Scenarios.claimUnderReview(d, "80000.00");
		String otherVoucher = w.voucher(d.enterprise(), d.programId(), "50000.00");
		String otherContract = w.signedContract(d.enterprise(), d.institution(), otherVoucher, "80000.00");
		String othersClaim = Scenarios.claimUnderReview(new Deal(w, d.programId(), d.enterprise(), d.institution(),
				otherVoucher, otherContract), "80000.00");
		assertThat(api.post("/api/v1/redemptions/" + ownClaim + "/decision", both,
				Api.obj("decision", "APPROVE", "reason", "ok")).status()).isEqualTo(200);
		assertThat(w.approveClaim(othersClaim, null).status()).isEqualTo(200);
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", List.of(ownClaim, othersClaim)));
		assertThat(notice.status()).isEqualTo(201);
		w.setClock("2026-03-09T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of()).status())
			.isEqualTo(200);

		Map<String, Object> body = Api.obj("paidOn", "2026-03-09", "reference", "FIN-SOD-1");
		assertProblem(api.post("/api/v1/redemptions/" + ownClaim + "/payment", both, body,
				Map.of("Idempotency-Key", "sod-" + ownClaim)), 409, "SEPARATION_OF_DUTIES");
		assertThat(api.get("/api/v1/redemptions/" + ownClaim, w.finance).text("status")).isEqualTo("READY_FOR_PAYMENT");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "0.00");
		// the refusal recorded nothing: another finance officer pays with the same reference
		assertThat(api.post("/api/v1/redemptions/" + ownClaim + "/payment", w.finance, body).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/redemptions/" + othersClaim + "/payment", both,
				Api.obj("paidOn", "2026-03-09", "reference", "FIN-SOD-2")).status()).isEqualTo(200);
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "130000.00");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId(), otherVoucher),
				List.of(ownClaim, othersClaim), null);
	}

	// --- public notices with objections --------------------------------------------------------

	@Test
	void a_notice_with_an_unresolved_objection_does_not_close_until_it_is_resolved() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		String notice = Scenarios.noticed(d, claim);
		assertThat(object(notice, claim, "1").status()).isEqualTo(201);
		String close = "/api/v1/public-notices/" + notice + "/close";
		assertProblem(api.post(close, w.operator, Map.of()), 409, "NOTICE_PERIOD_NOT_OVER");

		w.setClock("2026-03-09T18:00:00+08:00");
		assertProblem(api.post(close, w.operator, Map.of()), 409, "OBJECTIONS_PENDING");
		assertThat(noticeStatus(notice)).isEqualTo("OPEN");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("IN_PUBLIC_NOTICE");

		String objection = api.get("/api/v1/public-notices/" + notice + "/objections", w.operator).body().get(0)
			.get("id").asText();
		assertThat(api.post("/api/v1/objections/" + objection + "/resolution", w.operator,
				Api.obj("upheld", false, "note", "report checked")).status()).isEqualTo(200);
		assertThat(api.post(close, w.operator, Map.of()).status()).isEqualTo(200);
		assertThat(noticeStatus(notice)).isEqualTo("CLOSED");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("READY_FOR_PAYMENT");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), List.of(claim), null);
	}

	@Test
	void the_scheduler_skips_a_notice_held_by_objections_tells_its_operators_and_takes_no_objection_after_the_end() {
		World w = world();
		String operator = staffWithRoles(w, List.of("OPERATOR"), World.TAIYUAN);
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		String notice = Scenarios.noticed(d, claim);
		w.setClock("2026-03-09T20:00:00+08:00");
		// the end date itself still takes objections
		assertThat(object(notice, claim, "1").status()).isEqualTo(201);

		// the day after the end: the clock's move runs the scheduler, and so does the administrator
		w.setClock("2026-03-10T09:00:00+08:00");
		Response ran = api.post("/api/v1/admin/jobs/notice-closing", w.admin, Map.of());
		assertThat(ran.status()).isEqualTo(200);
		assertThat(noticeStatus(notice)).isEqualTo("OPEN");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("IN_PUBLIC_NOTICE");
		JsonNode told = awaitNotification(operator, "notice.held", notice);
		assertThat(told.get("body").asText()).contains("2026-03-09");
		Response audit = api.get("/api/v1/audit?entityType=PUBLIC_NOTICE&entityId=" + notice, w.supervisor);
		assertThat(audit.body().get("items")).extracting(e -> e.get("action").asText()).contains("NOTICE_HELD")
			.doesNotContain("NOTICE_CLOSED");

		// after the end date no objection is taken, though the notice is still open: the period is over
		assertProblem(object(notice, claim, "2"), 409, "INVALID_STATE");

		String objection = api.get("/api/v1/public-notices/" + notice + "/objections", w.operator).body().get(0)
			.get("id").asText();
		assertThat(api.post("/api/v1/objections/" + objection + "/resolution", w.operator,
				Api.obj("upheld", true, "note", "the test report is forged")).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("UNDER_REVIEW");
		assertThat(api.post("/api/v1/admin/jobs/notice-closing", w.admin, Map.of()).status()).isEqualTo(200);
		assertThat(noticeStatus(notice)).isEqualTo("CLOSED");
		LedgerReconciliation.reconcile(w, d.programId(), List.of(d.voucherId()), List.of(claim), null);
	}

	// --- helpers --------------------------------------------------------------------------------

	/** A paid claim of the deal, clawed back by the supervisor (which bans the enterprise). */
	private String clawedBack(Deal d) {
		String claim = Scenarios.paid(d, "40000.00");
		Response clawed = api.post("/api/v1/redemptions/" + claim + "/clawback", d.world().supervisor,
				Api.obj("reason", "fake invoice"));
		assertThat(clawed.status()).as("clawback %s", clawed).isEqualTo(200);
		return claim;
	}

	/** A staff account holding several roles in one region; returns its token. */
	private String staffWithRoles(World w, List<String> roles, String regionCode) {
		String username = TestData.username("staff");
		Response created = api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
				World.PASSWORD, "email", username + "@gov.example.cn", "roles", roles, "regionCode", regionCode));
		assertThat(created.status()).as("create %s", created).isEqualTo(201);
		return World.login(api, username, World.PASSWORD);
	}

	private Response object(String notice, String claim, String who) {
		return api.post("/api/v1/public/notices/" + notice + "/objections", null, Api.obj("redemptionId", claim, "name",
				"市民 " + who, "contact", "1380000000" + who, "reason", "疑似虚假"));
	}

	private String noticeStatus(String notice) {
		return api.get("/api/v1/public/notices/" + notice, null).text("status");
	}

	private JsonNode awaitNotification(String token, String kind, String entityId) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Response mine = api.get("/api/v1/notifications?size=50", token);
			assertThat(mine.status()).isEqualTo(200);
			for (JsonNode item : mine.body().get("items")) {
				if (item.get("kind").asText().equals(kind) && item.get("entityId").asText().equals(entityId)) {
					found[0] = item;
				}
			}
			assertThat(found[0]).as("notification %s about %s", kind, entityId).isNotNull();
		});
		return found[0];
	}
}
