package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two ways a program may redeem besides the enterprise's (domain.md, "Two ways to redeem" and
 * "Confirmation by sealed letter"): the institution files for the voucher part and is paid, the
 * enterprise confirms receipt; and a claim submitted with the institution's sealed letter binds at once.
 */
class InstitutionPayeeIntegrationTest extends IntegrationTestBase {

	static final String INSTITUTION_ACCOUNT = "6217000010001234";

	@Test
	void theInstitutionClaimsTheVoucherPartTheEnterpriseConfirmsReceiptAndTheInstitutionIsPaidAndOwesOnClawback() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "80000.00", "payee", "INSTITUTION");
		Party enterprise = d.enterprise();
		Party institution = d.institution();
		// the enterprise does not file in such a program
		assertProblem(w.claim(enterprise, d.contractId(), "80000.00"), 403, "FORBIDDEN");

		Response created = w.claim(institution, d.contractId(), "80000.00");
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		String claim = created.text("id");
		// the voucher part only: no excess part, though the program sets a ratio for it
		assertThat(created.text("payableAmount")).isEqualTo("50000.00");
		assertThat(created.text("enterpriseOwnPart")).isEqualTo("30000.00");
		JsonNode payee = created.body().get("payee");
		assertThat(payee.get("type").asText()).isEqualTo("INSTITUTION");
		assertThat(payee.get("id").asText()).isEqualTo(institution.id());
		assertThat(payee.get("name").asText()).startsWith("检测中心 ");
		w.evidence(institution, claim);
		Response submitted = api.post("/api/v1/redemptions/" + claim + "/submit", institution.token(), Map.of());
		assertThat(submitted.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(submitted.text("confirmDueOn")).isEqualTo("2026-03-09");

		// the enterprise confirms it received the service; the institution does not confirm its own claim
		assertProblem(w.confirm(institution, claim), 403, "FORBIDDEN");
		assertInvalid(api.post("/api/v1/redemptions/" + claim + "/confirmation", enterprise.token(),
				Api.obj("confirm", false)), "reason");
		Response confirmed = w.confirm(enterprise, claim);
		assertThat(confirmed.text("status")).isEqualTo("UNDER_REVIEW");
		Response shown = api.get("/api/v1/redemptions/" + claim, enterprise.token());
		assertThat(shown.text("boundYear")).isEqualTo("2026");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("bound", "50000.00");

		String notice = Scenarios.noticed(d, claim);
		JsonNode item = api.get("/api/v1/public/notices/" + notice, null).body().get("items").get(0);
		assertThat(item.get("payeeType").asText()).isEqualTo("INSTITUTION");
		assertThat(item.get("payeeName").asText()).isEqualTo(item.get("institutionName").asText());
		w.setClock("2026-03-09T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()).status()).isEqualTo(200);

		// the run pays the institution's account: none named yet, none paid
		Map<String, Object> run = Api.obj("redemptionIds", List.of(claim), "paidOn", "2026-03-09", "reference",
				"RUN-" + claim);
		assertProblem(api.post("/api/v1/payment-runs", w.finance, run), 409, "BANK_ACCOUNT_MISSING");
		assertThat(api.put("/api/v1/institutions/" + institution.id() + "/bank-account", institution.token(),
				Api.obj("accountName", "检测中心", "bankName", "中国建设银行太原分行", "bankCode", "105161000019",
						"accountNumber", INSTITUTION_ACCOUNT)).status()).isEqualTo(200);
		Response paid = api.post("/api/v1/payment-runs", w.finance, run, Map.of("Idempotency-Key", "run-" + claim));
		assertThat(paid.status()).as("%s", paid).isEqualTo(201);
		JsonNode runPayee = paid.body().get("items").get(0).get("payee");
		assertThat(runPayee.get("type").asText()).isEqualTo("INSTITUTION");
		assertThat(runPayee.get("id").asText()).isEqualTo(institution.id());
		String pain = new String(api.get("/api/v1/payment-runs/" + paid.text("id") + "/file?format=pain.001", w.finance)
			.raw()
			.body(), StandardCharsets.UTF_8);
		assertThat(pain).contains(INSTITUTION_ACCOUNT).contains("105161000019");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("paid", "50000.00");
		assertThat(api.get("/api/v1/stats/programs/" + d.programId() + "?groupBy=region", w.supervisor).body().toString())
			.contains("\"redeemedToInstitutions\":\"50000.00\"");

		// the institution was paid, so it owes: the enterprise is not banned
		Response clawedBack = api.post("/api/v1/redemptions/" + claim + "/clawback", w.supervisor,
				Api.obj("reason", "the service was never delivered"));
		assertThat(clawedBack.text("status")).isEqualTo("CLAWED_BACK");
		assertThat(api.get("/api/v1/enterprises/" + enterprise.id(), w.supervisor).body().has("bannedUntil")).isFalse();
		Response recovered = api.post("/api/v1/redemptions/" + claim + "/recovery", w.finance,
				Api.obj("amount", "20000.00", "recoveredOn", "2026-03-09", "reference", "BACK-" + claim));
		assertThat(recovered.text("outstandingAmount")).isEqualTo("30000.00");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.supervisor).body().get("payee").get("type").asText())
			.isEqualTo("INSTITUTION");

		// the other mode runs beside it: there the institution does not file, and the claim names the enterprise
		Deal other = Scenarios.deal(w, "50000.00", "80000.00");
		assertProblem(w.claim(other.institution(), other.contractId(), "80000.00"), 403, "FORBIDDEN");
		Response own = w.claim(other.enterprise(), other.contractId(), "80000.00");
		assertThat(own.body().get("payee").get("type").asText()).isEqualTo("ENTERPRISE");
		assertThat(own.text("payableAmount")).isEqualTo("65000.00");
	}

	@Test
	void aClaimWithTheInstitutionsSealedLetterBindsOnSubmissionAndGoesStraightToReview() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "80000.00", "confirmation", "SEALED_LETTER");
		Response created = w.claim(d.enterprise(), d.contractId(), "80000.00");
		String claim = created.text("id");
		w.evidence(d.enterprise(), claim);
		String submit = "/api/v1/redemptions/" + claim + "/submit";
		assertProblem(api.post(submit, d.enterprise().token(), Map.of()), 409, "EVIDENCE_MISSING");
		assertThat(api.upload("/api/v1/redemptions/" + claim + "/attachments", d.enterprise().token(), "letter.pdf",
				World.PDF, Map.of("kind", "INSTITUTION_CONFIRMATION")).status()).isEqualTo(201);

		Response submitted = api.post(submit, d.enterprise().token(), Map.of());
		assertThat(submitted.text("status")).isEqualTo("UNDER_REVIEW");
		Response shown = api.get("/api/v1/redemptions/" + claim, w.reviewer);
		assertThat(shown.text("boundYear")).isEqualTo("2026");
		assertThat(shown.text("reviewDueOn")).isEqualTo("2026-03-16");
		assertThat(shown.body().hasNonNull("confirmDueOn")).isFalse();
		assertThat(w.ledgerTotal(d.programId())).containsEntry("bound", "65000.00");
		// nothing is left to confirm
		assertProblem(w.confirm(d.institution(), claim), 409, "INVALID_STATE");
		assertThat(w.approveClaim(claim, null).text("status")).isEqualTo("APPROVED");

		// where the institution files, the enterprise confirms online: a letter does not combine with it
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin,
				w.programBody("payee", "INSTITUTION", "confirmation", "SEALED_LETTER")), "confirmation");
	}
}
