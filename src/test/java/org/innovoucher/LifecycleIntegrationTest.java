package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** The whole voucher lifecycle over the API, from program to payment, with the ledger watching. */
class LifecycleIntegrationTest extends IntegrationTestBase {

	@Test
	void aVoucherIsIssuedSpentConfirmedReviewedNoticedAndPaid() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();

		Response applied = w.apply(enterprise, program, "50000.00");
		assertThat(applied.status()).isEqualTo(201);
		assertThat(applied.text("status")).isEqualTo("SUBMITTED");
		// 10 working days after Monday 2 March 2026
		assertThat(applied.text("reviewDueOn")).isEqualTo("2026-03-16");

		Response approved = api.post("/api/v1/voucher-applications/" + applied.text("id") + "/decision", w.reviewer,
				Api.obj("decision", "APPROVE", "reason", "eligible"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("status")).isEqualTo("APPROVED");
		String voucherId = approved.text("voucherId");

		Response voucher = api.get("/api/v1/vouchers/" + voucherId, enterprise.token());
		assertThat(voucher.text("faceValue")).isEqualTo("50000.00");
		assertThat(voucher.text("balance")).isEqualTo("50000.00");
		assertThat(voucher.text("status")).isEqualTo("ISSUED");
		assertThat(voucher.text("serialNumber")).matches("IV2026140105\\d{9}");
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "50000.00").containsEntry("available", "950000.00");

		String contract = w.signedContract(enterprise, institution, voucherId, "80000.00");
		Response claim = w.claim(enterprise, contract, "80000.00");
		assertThat(claim.status()).isEqualTo(201);
		assertThat(claim.text("status")).isEqualTo("DRAFT");
		// the worked example of domain.md: 50,000 at 100% and 30,000 at 0.5
		assertThat(claim.text("payableAmount")).isEqualTo("65000.00");
		String claimId = claim.text("id");

		Response early = api.post("/api/v1/redemptions/" + claimId + "/submit", enterprise.token(), Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.code()).isEqualTo("EVIDENCE_MISSING");

		w.evidence(enterprise, claimId);
		Response submitted = api.post("/api/v1/redemptions/" + claimId + "/submit", enterprise.token(), Map.of());
		assertThat(submitted.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(submitted.text("confirmDueOn")).isEqualTo("2026-03-09");

		Response confirmed = w.confirm(institution, claimId);
		assertThat(confirmed.text("status")).isEqualTo("UNDER_REVIEW");
		assertThat(api.get("/api/v1/vouchers/" + voucherId, enterprise.token()).text("status")).isEqualTo("USED_UP");
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "0.00").containsEntry("bound", "65000.00")
			.containsEntry("available", "935000.00");

		Response decided = w.approveClaim(claimId, null);
		assertThat(decided.text("status")).isEqualTo("APPROVED");
		assertThat(decided.text("approvedAmount")).isEqualTo("65000.00");

		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", List.of(claimId)));
		assertThat(notice.status()).isEqualTo(201);
		assertThat(notice.text("status")).isEqualTo("OPEN");
		assertThat(notice.text("endsOn")).isEqualTo("2026-03-09");
		Response publicNotice = api.get("/api/v1/public/notices/" + notice.text("id"), null);
		assertThat(publicNotice.body().get("items").get(0).get("amount").asText()).isEqualTo("65000.00");

		Response tooEarly = api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of());
		assertThat(tooEarly.status()).isEqualTo(409);
		assertThat(tooEarly.code()).isEqualTo("NOTICE_PERIOD_NOT_OVER");

		w.setClock("2026-03-09T18:00:00+08:00");
		Response closed = api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of());
		assertThat(closed.status()).isEqualTo(200);
		assertThat(api.get("/api/v1/redemptions/" + claimId, enterprise.token()).text("status"))
			.isEqualTo("READY_FOR_PAYMENT");

		Map<String, String> key = Map.of("Idempotency-Key", "pay-" + claimId);
		Map<String, Object> payment = Api.obj("paidOn", "2026-03-09", "reference", "FIN-2026-0001");
		Response paid = api.post("/api/v1/redemptions/" + claimId + "/payment", w.finance, payment, key);
		assertThat(paid.status()).isEqualTo(200);
		assertThat(paid.text("status")).isEqualTo("PAID");
		Response again = api.post("/api/v1/redemptions/" + claimId + "/payment", w.finance, payment, key);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(paid.body());
		assertThat(w.ledgerTotal(program)).containsEntry("paid", "65000.00").containsEntry("approved", "0.00");

		Response audit = api.get("/api/v1/audit?entityType=REDEMPTION&entityId=" + claimId, w.supervisor);
		assertThat(audit.body().get("items")).extracting(e -> e.get("action").asText())
			.contains("CLAIM_CREATED", "CLAIM_SUBMITTED", "CLAIM_CONFIRMED", "CLAIM_APPROVED", "CLAIM_PAID");
		Response verification = api.get("/api/v1/audit/verification", w.supervisor);
		assertThat(verification.body().get("valid").asBoolean()).isTrue();
	}
}
