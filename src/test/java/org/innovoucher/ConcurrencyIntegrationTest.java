package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.StartGate.race;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.LedgerReconciliation;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/**
 * The ledger's invariants under concurrency: many threads hit the real endpoints at the same moment
 * (a start gate), and afterwards the ledger must reconcile. No request may fail with a 500; every
 * loser gets a 409 problem with a stable code; nothing deadlocks (every answer within a timeout).
 */
class ConcurrencyIntegrationTest extends IntegrationTestBase {

	private static final int THREADS = 16;
	/** Staff accounts are shared (each costs password hashing); every test has its own program and parties. */
	private static World shared;

	@Test
	void concurrentApprovalsNeverOverdrawTheRegionsBudget() {
		World w = sharedWorld();
		String program = w.program("200000.00");
		List<Party> enterprises = race(10, i -> w.enterprise()).stream().toList();
		List<Response> applied = race(enterprises.size(), i -> w.apply(enterprises.get(i), program, "50000.00"));
		assertThat(applied).allSatisfy(r -> assertThat(r.status()).as("apply %s", r).isEqualTo(201));

		List<Response> decided = race(applied.size(), i -> api.post("/api/v1/voucher-applications/"
				+ applied.get(i).text("id") + "/decision", w.reviewer, Api.obj("decision", "APPROVE", "reason", "ok")));

		assertLosersConflict(decided, 200, Set.of("BUDGET_EXHAUSTED"));
		List<String> vouchers = decided.stream().filter(r -> r.status() == 200).map(r -> r.text("voucherId")).toList();
		assertThat(vouchers).hasSize(4);
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "200000.00").containsEntry("available", "0.00");
		LedgerReconciliation.reconcile(w, program, vouchers, List.of(), null);
		// the losers keep waiting, as domain.md says, and are decided once there is budget again
		List<Response> waiting = decided.stream().filter(r -> r.status() == 409).toList();
		assertThat(waiting).isNotEmpty();
	}

	@Test
	void concurrentApplicationsOfOneEnterpriseKeepItsAllowance() {
		World w = sharedWorld();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();

		List<Response> applied = race(THREADS, i -> w.apply(enterprise, program, "50000.00"));

		assertLosersConflict(applied, 201, Set.of("DUPLICATE_APPLICATION", "NOT_ELIGIBLE"));
		assertThat(applied.stream().filter(r -> r.status() == 201)).hasSize(1);
	}

	@Test
	void oneConfirmationWinsAndBindsTheClaimOnce() {
		World w = sharedWorld();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, institution, voucher, "80000.00");
		String claim = w.submittedClaim(enterprise, contract, "80000.00");

		List<Response> confirmed = race(THREADS, i -> w.confirm(institution, claim));

		assertLosersConflict(confirmed, 200, Set.of("INVALID_STATE"));
		assertThat(confirmed.stream().filter(r -> r.status() == 200)).hasSize(1);
		assertThat(w.ledgerTotal(program)).containsEntry("bound", "65000.00").containsEntry("reserved", "0.00");
		LedgerReconciliation.reconcile(w, program, List.of(voucher), List.of(claim), new BigDecimal("200000.00"));
	}

	@Test
	void concurrentDecisionsOnOneApplicationHaveOneWinner() {
		World w = sharedWorld();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Response applied = w.apply(enterprise, program, "50000.00");
		assertThat(applied.status()).isEqualTo(201);
		String id = applied.text("id");

		List<Response> decided = race(THREADS, i -> api.post("/api/v1/voucher-applications/" + id + "/decision",
				w.reviewer, Api.obj("decision", i % 2 == 0 ? "APPROVE" : "REJECT", "reason", "decision " + i)));

		assertLosersConflict(decided, 200, Set.of("INVALID_STATE"));
		assertThat(decided.stream().filter(r -> r.status() == 200)).hasSize(1);
		Response application = api.get("/api/v1/voucher-applications/" + id, w.reviewer);
		List<String> vouchers = application.text("voucherId") == null ? List.of() : List.of(application.text("voucherId"));
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", vouchers.isEmpty() ? "0.00" : "50000.00");
		LedgerReconciliation.reconcile(w, program, vouchers, List.of(), null);
	}

	/** Claims submitted against one 100,000 voucher, each for {@code amount}, waiting for confirmation. */
	private record OneVoucher(World w, String program, Party enterprise, Party institution, String voucher,
			List<String> claims) {
	}

	private OneVoucher claimsOnOneVoucher(int count, String amount) {
		World w = sharedWorld();
		String program = w.program("1000000.00", "annualCapPerEnterprise", "1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "100000.00");
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String contract = w.signedContract(enterprise, institution, voucher, amount);
			claims.add(w.submittedClaim(enterprise, contract, amount));
		}
		return new OneVoucher(w, program, enterprise, institution, voucher, claims);
	}

	@Test
	void manyClaimsOnOneVoucherNeverBindMoreThanItsFaceValue() {
		OneVoucher v = claimsOnOneVoucher(8, "30000.00");
		World w = v.w();
		String program = v.program();
		Party enterprise = v.enterprise();
		String voucher = v.voucher();
		List<String> claims = v.claims();

		List<Response> confirmed = race(claims.size(), i -> w.confirm(v.institution(), claims.get(i)));

		// each was priced at 30,000 from the voucher; only three fit into 100,000 as priced
		assertLosersConflict(confirmed, 200, Set.of("VOUCHER_BALANCE_EXCEEDED"));
		assertThat(confirmed.stream().filter(r -> r.status() == 200)).hasSize(3);
		Response after = api.get("/api/v1/vouchers/" + voucher, enterprise.token());
		assertThat(after.text("balance")).isEqualTo("10000.00");
		LedgerReconciliation.reconcile(w, program, List.of(voucher), claims, null);
	}

	@Test
	void aVoucherUsedUpByConcurrentConfirmationsRefusesTheRestAsBalanceExceeded() {
		OneVoucher v = claimsOnOneVoucher(6, "25000.00");
		World w = v.w();
		String program = v.program();
		Party enterprise = v.enterprise();
		String voucher = v.voucher();
		List<String> claims = v.claims();

		List<Response> confirmed = race(claims.size(), i -> w.confirm(v.institution(), claims.get(i)));

		assertLosersConflict(confirmed, 200, Set.of("VOUCHER_BALANCE_EXCEEDED"));
		assertThat(confirmed.stream().filter(r -> r.status() == 200)).hasSize(4);
		Response after = api.get("/api/v1/vouchers/" + voucher, enterprise.token());
		assertThat(after.text("balance")).isEqualTo("0.00");
		assertThat(after.text("status")).isEqualTo("USED_UP");
		LedgerReconciliation.reconcile(w, program, List.of(voucher), claims, null);
	}

	@Test
	void concurrentClaimsAgainstOneContractCreateOnlyOne() {
		World w = sharedWorld();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, institution, voucher, "40000.00");

		List<Response> created = race(THREADS, i -> w.claim(enterprise, contract, "40000.00"));

		assertLosersConflict(created, 201, Set.of("INVALID_STATE"));
		assertThat(created.stream().filter(r -> r.status() == 201)).hasSize(1);
	}

	@Test
	void concurrentConfirmationsOfOneEnterpriseStayWithinTheAnnualCap() {
		World w = sharedWorld();
		String program = w.program("1000000.00", "annualCapPerEnterprise", "60000.00", "maxVouchersPerEnterprise", 6);
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		List<String> vouchers = new ArrayList<>();
		List<String> claims = new ArrayList<>();
		for (int v = 0; v < 6; v++) {
			String voucher = w.voucher(enterprise, program, "50000.00");
			vouchers.add(voucher);
			String contract = w.signedContract(enterprise, institution, voucher, "25000.00");
			claims.add(w.submittedClaim(enterprise, contract, "25000.00"));
		}

		List<Response> confirmed = race(claims.size(), i -> w.confirm(institution, claims.get(i)));

		assertLosersConflict(confirmed, 200, Set.of("ANNUAL_CAP_EXCEEDED"));
		// 25,000 each: two fit into the cap of 60,000, the third is trimmed to the 10,000 left
		List<Response> winners = confirmed.stream().filter(r -> r.status() == 200).toList();
		assertThat(winners).hasSize(3);
		List<String> payables = new ArrayList<>();
		for (String claim : claims) {
			Response now = api.get("/api/v1/redemptions/" + claim, w.reviewer);
			if ("UNDER_REVIEW".equals(now.text("status"))) {
				payables.add(now.text("payableAmount"));
			}
		}
		assertThat(payables).containsExactlyInAnyOrder("25000.00", "25000.00", "10000.00");
		assertThat(w.ledgerTotal(program)).containsEntry("bound", "60000.00");
		LedgerReconciliation.reconcile(w, program, vouchers, claims, new BigDecimal("60000.00"));
	}

	@Test
	void concurrentPaymentsWithOneIdempotencyKeyPayOnceWithOneAnswer() {
		World w = sharedWorld();
		Payable payable = readyForPayment(w, 1);
		String claim = payable.claims().get(0);
		Map<String, String> key = Map.of("Idempotency-Key", "pay-" + claim);
		Map<String, Object> body = Api.obj("paidOn", "2026-03-09", "reference", "FIN-CONC-1");

		List<Response> paid = race(THREADS, i -> api.post("/api/v1/redemptions/" + claim + "/payment", w.finance, body, key));

		// requests that arrive while the first is in progress wait for its answer; none pays again
		List<Response> winners = paid.stream().filter(r -> r.status() == 200).toList();
		assertThat(winners).as("every repeat gets the first answer: %s", paid).hasSize(paid.size())
			.allSatisfy(r -> assertThat(r.body()).isEqualTo(winners.get(0).body()));
		assertThat(paid.stream().filter(r -> r.raw().headers().firstValue("Idempotent-Replayed").isEmpty()))
			.as("carried out once").hasSize(1);
		Response again = api.post("/api/v1/redemptions/" + claim + "/payment", w.finance, body, key);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(winners.get(0).body());
		assertThat(w.ledgerTotal(payable.program())).containsEntry("paid", "65000.00").containsEntry("approved", "0.00");
		LedgerReconciliation.reconcile(w, payable.program(), payable.vouchers(), payable.claims(), null);
	}

	@Test
	void concurrentPaymentsWithDifferentKeysPayOnce() {
		World w = sharedWorld();
		Payable payable = readyForPayment(w, 1);
		String claim = payable.claims().get(0);

		List<Response> paid = race(THREADS, i -> api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
				Api.obj("paidOn", "2026-03-09", "reference", "FIN-CONC-" + i), Map.of("Idempotency-Key", "k-" + i + "-" + claim)));

		assertLosersConflict(paid, 200, Set.of("INVALID_STATE"));
		assertThat(paid.stream().filter(r -> r.status() == 200)).hasSize(1);
		assertThat(w.ledgerTotal(payable.program())).containsEntry("paid", "65000.00");
		LedgerReconciliation.reconcile(w, payable.program(), payable.vouchers(), payable.claims(), null);
	}

	@Test
	void clawbacksRacingPaymentsAndConfirmationsKeepTheLedgerWhole() {
		World w = sharedWorld();
		Payable payable = readyForPayment(w, 3);
		String unpaid = payable.claims().get(0);
		List<String> paid = payable.claims().subList(1, 3);
		for (String claim : paid) {
			assertThat(api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
					Api.obj("paidOn", "2026-03-09", "reference", "FIN-" + claim)).status()).isEqualTo(200);
		}
		// claims of the same enterprise waiting for their institution, to race the clawbacks' ban
		Party institution = w.institution();
		String voucher = w.voucher(payable.enterprise(), payable.program(), "50000.00");
		List<String> waiting = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String contract = w.signedContract(payable.enterprise(), institution, voucher, "10000.00");
			waiting.add(w.submittedClaim(payable.enterprise(), contract, "10000.00"));
		}

		List<Response> raced = race(THREADS, i -> switch (i % 4) {
			case 0 -> api.post("/api/v1/redemptions/" + unpaid + "/payment", w.finance,
					Api.obj("paidOn", "2026-03-09", "reference", "FIN-A-" + i), Map.of("Idempotency-Key", "a-" + i + unpaid));
			case 1 -> api.post("/api/v1/redemptions/" + paid.get((i / 4) % 2) + "/clawback", w.supervisor,
					Api.obj("reason", "fraud " + i));
			default -> w.confirm(institution, waiting.get(i / 4));
		});

		assertLosersConflict(raced, 200, Set.of("INVALID_STATE"));
		assertThat(raced.stream().filter(r -> r.status() == 200)).as("one payment, two clawbacks, four confirmations")
			.hasSize(7);
		assertThat(api.get("/api/v1/redemptions/" + unpaid, w.supervisor).text("status")).isEqualTo("PAID");
		for (String claim : paid) {
			assertThat(api.get("/api/v1/redemptions/" + claim, w.supervisor).text("status")).isEqualTo("CLAWED_BACK");
		}
		for (String claim : waiting) {
			assertThat(api.get("/api/v1/redemptions/" + claim, w.supervisor).text("status")).isEqualTo("UNDER_REVIEW");
		}
		List<String> vouchers = new ArrayList<>(payable.vouchers());
		vouchers.add(voucher);
		List<String> claims = new ArrayList<>(payable.claims());
		claims.addAll(waiting);
		LedgerReconciliation.reconcile(w, payable.program(), vouchers, claims, null);
		assertThat(w.ledgerTotal(payable.program())).containsEntry("paid", "195000.00")
			.containsEntry("receivable", "130000.00").containsEntry("bound", "40000.00");
	}

	@Test
	void concurrentAuditAppendsKeepTheChainValid() {
		World w = sharedWorld();
		String program = w.program("1000000.00");
		List<Response> registered = race(THREADS, i -> {
			String username = org.innovoucher.support.TestData.username("audit");
			return api.post("/api/v1/registrations/enterprises", null, w.enterpriseBody(username,
					org.innovoucher.support.TestData.uscc(World.XIAODIAN), World.XIAODIAN, "SMALL"));
		});
		assertThat(registered).allSatisfy(r -> assertThat(r.status()).as("register %s", r).isEqualTo(201));
		List<Response> budgets = race(THREADS, i -> api.post("/api/v1/programs/" + program + "/budgets", w.policyAdmin,
				Api.obj("regionCode", i % 2 == 0 ? World.TAIYUAN : World.DATONG, "amount", (1000000 + i * 1000) + ".00")));
		assertThat(budgets).allSatisfy(r -> assertThat(r.status()).as("budget %s", r).isEqualTo(200));
		assertThat(LedgerReconciliation.books(w, program).get(World.DATONG).get("budget"))
			.isBetween(new BigDecimal("1001000.00"), new BigDecimal("1015000.00"));

		Response verification = api.get("/api/v1/audit/verification", w.supervisor);
		assertThat(verification.status()).isEqualTo(200);
		assertThat(verification.body().get("valid").asBoolean()).as("chain %s", verification).isTrue();
		LedgerReconciliation.reconcile(w, program, List.of(), List.of(), null);
	}

	@Test
	void publicNoticesOpenedAtOnceOverTheSameClaimsTakeEachClaimOnce() {
		World w = sharedWorld();
		Payable approved = approvedClaims(w, 3);
		List<String> claims = approved.claims();
		List<String> reversed = new ArrayList<>(claims);
		java.util.Collections.reverse(reversed);

		// opposite orders: without a lock order these would deadlock
		List<Response> opened = race(8, i -> api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", i % 2 == 0 ? claims : reversed)));

		assertLosersConflict(opened, 201, Set.of("INVALID_STATE"));
		assertThat(opened.stream().filter(r -> r.status() == 201)).hasSize(1);
		String notice = opened.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().text("id");
		for (String claim : claims) {
			Response now = api.get("/api/v1/redemptions/" + claim, w.reviewer);
			assertThat(now.text("status")).isEqualTo("IN_PUBLIC_NOTICE");
			assertThat(now.text("noticeId")).isEqualTo(notice);
		}
		LedgerReconciliation.reconcile(w, approved.program(), approved.vouchers(), claims, null);
	}

	@Test
	void objectionsRacingTheNoticesCloseEitherHoldTheClaimOrComeTooLate() {
		World w = sharedWorld();
		Payable approved = approvedClaims(w, 2);
		String target = approved.claims().get(0);
		String other = approved.claims().get(1);
		Response opened = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", approved.claims()));
		assertThat(opened.status()).isEqualTo(201);
		String notice = opened.text("id");
		w.setClock("2026-03-09T18:00:00+08:00");

		List<Response> raced = race(THREADS, i -> i % 4 == 0
				? api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of())
				: api.post("/api/v1/public/notices/" + notice + "/objections", null,
						Api.obj("redemptionId", target, "name", "市民 " + i, "contact", "1380000" + i, "reason", "疑似虚假")));

		assertThat(raced).allSatisfy(r -> {
			assertThat(r.status()).as("answer %s", r).isIn(200, 201, 409);
			if (r.status() == 409) {
				assertThat(r.code()).isIn("INVALID_STATE", "OBJECTIONS_PENDING");
				assertThat(r.text("detail")).doesNotContain("changed concurrently");
			}
		});
		assertThat(raced.stream().filter(r -> r.status() == 200)).as("closed at most once").hasSizeLessThanOrEqualTo(1);
		List<String> filed = raced.stream().filter(r -> r.status() == 201).map(r -> r.text("id")).toList();
		// a close that came first takes no objection after it; an objection that came first holds the
		// whole notice open until it is resolved
		boolean closed = raced.stream().anyMatch(r -> r.status() == 200);
		assertThat(closed).as("closed exactly when no objection came first: %s", raced).isEqualTo(filed.isEmpty());
		Response objections = api.get("/api/v1/public-notices/" + notice + "/objections", w.operator);
		assertThat(objections.body()).hasSize(filed.size());
		String held = filed.isEmpty() ? "READY_FOR_PAYMENT" : "IN_PUBLIC_NOTICE";
		assertThat(api.get("/api/v1/redemptions/" + target, w.reviewer).text("status")).isEqualTo(held);
		assertThat(api.get("/api/v1/redemptions/" + other, w.reviewer).text("status")).isEqualTo(held);

		if (!filed.isEmpty()) {
			// resolved at once: one upheld sends the claim back to review, whatever the order
			List<Response> resolved = race(filed.size(), i -> api.post("/api/v1/objections/" + filed.get(i) + "/resolution",
					w.operator, Api.obj("upheld", i == 0, "note", "resolution " + i)));
			assertThat(resolved).allSatisfy(r -> assertThat(r.status()).as("resolution %s", r).isEqualTo(200));
			assertThat(api.get("/api/v1/redemptions/" + target, w.reviewer).text("status")).isEqualTo("UNDER_REVIEW");
			assertThat(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()).status())
				.isEqualTo(200);
			assertThat(api.get("/api/v1/redemptions/" + other, w.reviewer).text("status")).isEqualTo("READY_FOR_PAYMENT");
		}
		LedgerReconciliation.reconcile(w, approved.program(), approved.vouchers(), approved.claims(), null);
	}

	// --- helpers ------------------------------------------------------------------------------

	private World sharedWorld() {
		if (shared == null) {
			shared = world();
		}
		else {
			shared.setClock(World.DEFAULT_NOW);
		}
		return shared;
	}

	/** A program and claims of one enterprise that are approved, noticed and ready for payment (65,000 each). */
	private record Payable(String program, Party enterprise, List<String> vouchers, List<String> claims) {
	}

	private Payable readyForPayment(World w, int count) {
		Payable approved = approvedClaims(w, count);
		List<String> claims = approved.claims();
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", claims));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		w.setClock("2026-03-09T18:00:00+08:00");
		Response closed = api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of());
		assertThat(closed.status()).as("close %s", closed).isEqualTo(200);
		return approved;
	}

	/** Claims of one enterprise, confirmed and approved at 65,000 each. */
	private Payable approvedClaims(World w, int count) {
		String program = w.program("1000000.00", "annualCapPerEnterprise", "1000000.00", "maxVouchersPerEnterprise", 5);
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		List<String> vouchers = new ArrayList<>();
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String voucher = w.voucher(enterprise, program, "50000.00");
			String contract = w.signedContract(enterprise, institution, voucher, "80000.00");
			String claim = w.submittedClaim(enterprise, contract, "80000.00");
			assertThat(w.confirm(institution, claim).status()).isEqualTo(200);
			assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
			vouchers.add(voucher);
			claims.add(claim);
		}
		return new Payable(program, enterprise, vouchers, claims);
	}

	/** Every answer is the success status or a 409 problem with one of the expected codes; never a 500. */
	private static void assertLosersConflict(List<Response> answers, int success, Set<String> codes) {
		assertThat(answers).allSatisfy(r -> {
			assertThat(r.status()).as("answer %s", r).isIn(success, 409);
			if (r.status() == 409) {
				assertThat(r.contentType()).as("problem %s", r).startsWith("application/problem+json");
				assertThat(r.code()).as("stable code of %s", r).isIn(codes);
				// losers wait for the winner's locks and are refused on the state it left: no lost race
				// surfaces as a version conflict, lock timeout or deadlock
				assertThat(r.text("detail")).as("a clean refusal, not a lost race: %s", r)
					.doesNotContain("changed concurrently");
			}
		});
		assertThat(answers).as("someone wins").anyMatch(r -> r.status() == success);
	}
}
