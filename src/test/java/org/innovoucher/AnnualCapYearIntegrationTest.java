package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.LedgerReconciliation;
import org.innovoucher.support.StartGate;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/**
 * The annual cap's year (domain.md): a claim counts in the calendar year its amount is bound, the
 * institution's confirmation, and the cap is checked against that same year. Claims submitted in
 * December and confirmed around midnight of the new year (Asia/Shanghai) must never let one
 * enterprise exceed the cap in either year.
 */
class AnnualCapYearIntegrationTest extends IntegrationTestBase {

	private static final String CAP = "200000.00";

	@Test
	void claims_submitted_in_december_and_confirmed_around_new_year_stay_within_the_cap_of_each_year() {
		World w = world("2026-12-01T09:00:00+08:00");
		// vouchers valid into the new year, so that January confirmations are about the cap only
		String program = w.program("2000000.00", "annualCapPerEnterprise", CAP, "maxVouchersPerEnterprise", 6,
				"validUntil", "2027-06-30");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		List<String> vouchers = new ArrayList<>();
		List<String> claims = new ArrayList<>();
		// six claims of 100,000 each, all submitted in December while nothing is bound yet
		for (int i = 0; i < 6; i++) {
			String voucher = w.voucher(enterprise, program, "100000.00");
			vouchers.add(voucher);
			String contract = w.signedContract(enterprise, institution, voucher, "100000.00");
			claims.add(w.submittedClaim(enterprise, contract, "100000.00"));
		}

		w.setClock("2026-12-31T23:59:00+08:00");
		List<String> december = claims.subList(0, 3);
		List<Response> lastMinute = StartGate.race(december.size(), i -> w.confirm(institution, december.get(i)));
		assertWinnersAndCapLosers(lastMinute, 2);

		w.setClock("2027-01-01T00:00:30+08:00");
		// the three untouched claims and December's loser, all submitted in December
		List<String> january = claims.stream().filter(c -> !"UNDER_REVIEW".equals(status(w, c))).toList();
		assertThat(january).hasSize(4);
		List<Response> firstMinute = StartGate.race(january.size(), i -> w.confirm(institution, january.get(i)));
		assertWinnersAndCapLosers(firstMinute, 2);

		Map<Integer, BigDecimal> boundPerYear = new HashMap<>();
		List<String> bound = new ArrayList<>();
		for (String claim : claims) {
			Response now = api.get("/api/v1/redemptions/" + claim, w.reviewer);
			if ("UNDER_REVIEW".equals(now.text("status"))) {
				bound.add(claim);
				boundPerYear.merge(now.body().get("boundYear").asInt(), new BigDecimal(now.text("payableAmount")),
						BigDecimal::add);
			}
			else {
				assertThat(now.text("status")).as("a loser still awaits confirmation").isEqualTo("AWAITING_CONFIRMATION");
			}
		}
		assertThat(boundPerYear).as("bound per year").hasSize(2);
		assertThat(boundPerYear.get(2026)).as("bound in 2026").isEqualByComparingTo(CAP);
		assertThat(boundPerYear.get(2027)).as("bound in 2027").isEqualByComparingTo(CAP);
		for (int i = 0; i < december.size(); i++) {
			if (lastMinute.get(i).status() == 200) {
				assertThat(api.get("/api/v1/redemptions/" + december.get(i), w.reviewer).body().get("boundYear").asInt())
					.as("confirmed at 23:59 on 31 December").isEqualTo(2026);
			}
		}
		assertThat(w.ledgerTotal(program)).containsEntry("bound", "400000.00");
		LedgerReconciliation.reconcile(w, program, vouchers, claims, new BigDecimal(CAP));

		// all four are approved, noticed and paid: 200,000 for each year, and the books and the
		// statistics say the same
		for (String claim : bound) {
			assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
		}
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", bound));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		w.setClock(notice.text("endsOn") + "T18:00:00+08:00");
		Response closed = api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of());
		assertThat(closed.status()).as("close %s", closed).isEqualTo(200);
		for (String claim : bound) {
			Response paid = api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
					Api.obj("paidOn", notice.text("endsOn"), "reference", "FIN-" + claim));
			assertThat(paid.status()).as("pay %s", paid).isEqualTo(200);
		}
		assertThat(w.ledgerTotal(program)).containsEntry("paid", "400000.00").containsEntry("bound", "0.00");
		LedgerReconciliation.reconcile(w, program, vouchers, claims, new BigDecimal(CAP));
	}

	@Test
	void a_claim_bound_in_january_leaves_the_old_years_cap_alone() {
		World w = world("2026-12-30T09:00:00+08:00");
		String program = w.program("2000000.00", "annualCapPerEnterprise", CAP, "maxVouchersPerEnterprise", 3,
				"validUntil", "2027-06-30");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		List<String> claims = IntStream.range(0, 3).mapToObj(i -> {
			String voucher = w.voucher(enterprise, program, "100000.00");
			return w.submittedClaim(enterprise, w.signedContract(enterprise, institution, voucher, "100000.00"),
					"100000.00");
		}).toList();
		w.setClock("2027-01-01T00:00:00+08:00");
		assertThat(w.confirm(institution, claims.get(0)).status()).isEqualTo(200);
		w.setClock("2026-12-31T23:59:59+08:00");
		// the January binding is not counted in 2026: two more fit there
		assertThat(w.confirm(institution, claims.get(1)).status()).isEqualTo(200);
		assertThat(w.confirm(institution, claims.get(2)).status()).isEqualTo(200);
		assertThat(claims.stream().map(c -> api.get("/api/v1/redemptions/" + c, w.reviewer).body().get("boundYear")
			.asInt())).containsExactly(2027, 2026, 2026);
	}

	private String status(World w, String claim) {
		return api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status");
	}

	/** {@code winners} confirmations succeed, the others are refused because the cap is used up; no 500. */
	private static void assertWinnersAndCapLosers(List<Response> answers, int winners) {
		assertThat(answers).allSatisfy(r -> {
			assertThat(r.status()).as("answer %s", r).isIn(200, 409);
			if (r.status() == 409) {
				assertThat(r.code()).as("code of %s", r).isEqualTo("ANNUAL_CAP_EXCEEDED");
			}
		});
		assertThat(answers.stream().filter(r -> r.status() == 200)).as("winners of %s", answers).hasSize(winners);
	}
}
