package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** Clawback with a ban, voucher revocation and expiry. */
class SupervisionIntegrationTest extends IntegrationTestBase {

	@Test
	void aClawbackMakesAReceivableAndBansTheEnterpriseForThreeYears() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.paid(d, "40000.00");
		String path = "/api/v1/redemptions/" + claim + "/clawback";
		assertProblem(api.post(path, w.operator, Api.obj("reason", "fake invoice")), 403, "FORBIDDEN");
		assertProblem(api.post(path, w.finance, Api.obj("reason", "fake invoice")), 403, "FORBIDDEN");
		assertInvalid(api.post(path, w.supervisor, Api.obj("reason", "")), "reason");
		Response clawed = api.post(path, w.supervisor, Api.obj("reason", "fake invoice"));
		assertThat(clawed.status()).isEqualTo(200);
		assertThat(clawed.text("status")).isEqualTo("CLAWED_BACK");
		assertProblem(api.post(path, w.supervisor, Api.obj("reason", "again")), 409, "INVALID_STATE");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("clawedBack", "40000.00");

		Response enterprise = api.get("/api/v1/enterprises/" + d.enterprise().id(), d.enterprise().token());
		assertThat(enterprise.text("status")).isEqualTo("BANNED");
		// banned on 9 March 2026 for three years
		assertThat(enterprise.text("bannedUntil")).isEqualTo("2029-03-09");
		String next = w.program("1000000.00", "name", "another program " + claim);
		assertProblem(w.apply(d.enterprise(), next, "50000.00"), 409, "ENTERPRISE_BANNED");

		Response audit = api.get("/api/v1/audit?entityType=ENTERPRISE&entityId=" + d.enterprise().id(), w.supervisor);
		assertThat(audit.body().get("items")).extracting(e -> e.get("action").asText()).contains("ENTERPRISE_BANNED");
	}

	@Test
	void theFinanceOfficerRecordsRecoveriesOfAClawbackUntilNothingIsOwed() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.paid(d, "40000.00");
		String path = "/api/v1/redemptions/" + claim + "/recovery";
		Map<String, Object> first = Api.obj("amount", "15000.00", "recoveredOn", "2026-03-09", "reference", "REC-1");
		assertProblem(api.post(path, w.finance, first), 409, "INVALID_STATE");
		assertThat(api.post("/api/v1/redemptions/" + claim + "/clawback", w.supervisor, Api.obj("reason", "fake invoice"))
			.status()).isEqualTo(200);
		Map<String, String> before = w.ledgerTotal(d.programId());
		assertThat(before).containsEntry("receivable", "40000.00");

		assertProblem(api.post(path, w.supervisor, first), 403, "FORBIDDEN");
		assertInvalid(api.post(path, w.finance, Api.obj("amount", "0.00", "recoveredOn", "2026-03-09", "reference", "R")),
				"amount");
		assertInvalid(api.post(path, w.finance, Api.obj("amount", "40000.01", "recoveredOn", "2026-03-09", "reference",
				"R")), "amount");
		assertInvalid(api.post(path, w.finance, Api.obj("amount", "1.00", "recoveredOn", "2099-01-01", "reference", "R")),
				"recoveredOn");

		Map<String, String> key = Map.of("Idempotency-Key", "rec-1-" + claim);
		Response recovered = api.post(path, w.finance, first, key);
		assertThat(recovered.status()).as("%s", recovered).isEqualTo(200);
		assertThat(recovered.text("recoveredAmount")).isEqualTo("15000.00");
		assertThat(recovered.text("outstandingAmount")).isEqualTo("25000.00");
		// a repeat with the same key recovers nothing more
		assertThat(api.post(path, w.finance, first, key).text("outstandingAmount")).isEqualTo("25000.00");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("receivable", "25000.00")
			.containsEntry("clawedBack", "40000.00");

		Response rest = api.post(path, w.finance, Api.obj("amount", "25000.00", "recoveredOn", "2026-03-09", "reference",
				"REC-2"));
		assertThat(rest.text("outstandingAmount")).isEqualTo("0.00");
		assertInvalid(api.post(path, w.finance, Api.obj("amount", "0.01", "recoveredOn", "2026-03-09", "reference",
				"REC-3")), "amount");
		Map<String, String> after = w.ledgerTotal(d.programId());
		assertThat(after).containsEntry("receivable", "0.00");
		// the recovered money is back in the region's available budget
		assertThat(new java.math.BigDecimal(after.get("available")))
			.isEqualByComparingTo(new java.math.BigDecimal(before.get("available")).add(new java.math.BigDecimal("40000")));
		Response view = api.get("/api/v1/redemptions/" + claim, w.finance);
		assertThat(view.text("status")).isEqualTo("CLAWED_BACK");
		assertThat(view.text("recoveredAmount")).isEqualTo("40000.00");
		assertThat(w.ledger(d.programId()).body().get("reconciled").asBoolean()).isTrue();
		Response audit = api.get("/api/v1/audit?entityType=REDEMPTION&entityId=" + claim + "&size=100", w.supervisor);
		assertThat(audit.body().get("items")).extracting(e -> e.get("action").asText()).contains("CLAWBACK_RECOVERED");
	}

	@Test
	void onlyAPaidClaimIsClawedBack() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/clawback", w.supervisor, Api.obj("reason", "x")), 409,
				"INVALID_STATE");
		assertProblem(api.post("/api/v1/redemptions/no-such-claim/clawback", w.supervisor, Api.obj("reason", "x")), 404,
				"NOT_FOUND");
	}

	@Test
	void anExpiredVoucherReleasesItsBalanceToTheBudget() {
		World w = world();
		String program = w.program("1000000.00", "validUntil", "2026-06-30");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, institution, voucher, "20000.00");
		String claim = w.submittedClaim(enterprise, contract, "20000.00");
		assertThat(w.confirm(institution, claim).status()).isEqualTo(200);
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "30000.00");

		w.setClock("2026-07-01T08:00:00+08:00");
		assertProblem(api.post("/api/v1/admin/jobs/voucher-expiry", w.operator, Map.of()), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/admin/jobs/no-such-job", w.admin, Map.of()), 404, "NOT_FOUND");
		Response ran = api.post("/api/v1/admin/jobs/voucher-expiry", w.admin, Map.of());
		assertThat(ran.status()).isEqualTo(200);
		Response expired = api.get("/api/v1/vouchers/" + voucher, enterprise.token());
		assertThat(expired.text("status")).isEqualTo("EXPIRED");
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "0.00").containsEntry("released", "30000.00")
			.containsEntry("bound", "20000.00");
		// the claim confirmed before expiry still goes on
		assertThat(w.approveClaim(claim, null).text("status")).isEqualTo("APPROVED");
		// an expired voucher is not spent
		assertProblem(w.proposeContract(enterprise, institution, voucher, "1000.00"), 409, "VOUCHER_EXPIRED");
	}

	@Test
	void aRevokedVoucherIsNoLongerActive() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String voucher = w.voucher(enterprise, program, "50000.00");
		assertProblem(api.post("/api/v1/vouchers/" + voucher + "/revocation", w.reviewer, Api.obj("reason", "x")), 403,
				"FORBIDDEN");
		Response revoked = api.post("/api/v1/vouchers/" + voucher + "/revocation", w.operator,
				Api.obj("reason", "false statements"));
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/vouchers/" + voucher, enterprise.token()).text("status")).isEqualTo("REVOKED");
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "0.00");
		assertProblem(w.proposeContract(enterprise, w.institution(), voucher, "1000.00"), 409, "VOUCHER_NOT_ACTIVE");
	}
}
