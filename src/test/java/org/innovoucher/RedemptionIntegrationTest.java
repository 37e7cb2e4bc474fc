package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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

/** Redemption claims: the subsidy schedule, evidence, the institution's confirmation and the review. */
class RedemptionIntegrationTest extends IntegrationTestBase {

	@Test
	void theScheduleReimbursesTheVoucherPartInFullAndTheExcessAtTheRatio() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "100000.00");
		// below the face value: all of it
		assertThat(w.claim(d.enterprise(), d.contractId(), "30000.00").text("payableAmount")).isEqualTo("30000.00");
		String program = w.program("1000000.00", "excessRatio", "0.00");
		Party enterprise = w.enterprise();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, d.institution(), voucher, "80000.00");
		// a ratio of 0 turns the excess off
		assertThat(w.claim(enterprise, contract, "80000.00").text("payableAmount")).isEqualTo("50000.00");
	}

	@Test
	void aCityMaySetItsOwnExcessRatio() {
		World w = world();
		String program = w.program("1000000.00");
		w.budget(program, World.DATONG, "1000000.00");
		Party enterprise = w.enterprise(World.DATONG, "SMALL");
		Response applied = w.apply(enterprise, program, "50000.00");
		String voucher = api.post("/api/v1/voucher-applications/" + applied.text("id") + "/decision", w.datongReviewer,
				Api.obj("decision", "APPROVE", "reason", "ok")).text("voucherId");
		String contract = w.signedContract(enterprise, w.institution(), voucher, "80000.00");
		// Datong reimburses the excess at 0.60: 50,000 + 30,000 x 0.6
		assertThat(w.claim(enterprise, contract, "80000.00").text("payableAmount")).isEqualTo("68000.00");
	}

	@Test
	void theAnnualCapAndThePerClaimMaximumLimitThePayable() {
		World w = world();
		Deal capped = Scenarios.deal(w, "50000.00", "80000.00", "annualCapPerEnterprise", "60000.00");
		assertThat(w.claim(capped.enterprise(), capped.contractId(), "80000.00").text("payableAmount"))
			.isEqualTo("60000.00");
		Deal perClaim = Scenarios.deal(w, "50000.00", "80000.00", "maxPayablePerClaim", "55000.00");
		assertThat(w.claim(perClaim.enterprise(), perClaim.contractId(), "80000.00").text("payableAmount"))
			.isEqualTo("55000.00");
	}

	@Test
	void aClaimIsForTheContractAmountAtMostAndByTheEnterpriseOnly() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		assertInvalid(w.claim(d.enterprise(), d.contractId(), "40000.01"), "paidAmount");
		assertInvalid(w.claim(d.enterprise(), d.contractId(), "0.00"), "paidAmount");
		assertProblem(w.claim(d.enterprise(), d.contractId(), "1.234"), 400, "VALIDATION_FAILED");
		assertProblem(w.claim(w.enterprise(), d.contractId(), "100.00"), 404, "NOT_FOUND");
		assertProblem(w.claim(d.enterprise(), "no-such-contract", "100.00"), 404, "NOT_FOUND");
		assertThat(w.claim(d.enterprise(), d.contractId(), "40000.00").status()).isEqualTo(201);
		assertProblem(w.claim(d.enterprise(), d.contractId(), "40000.00"), 409, "INVALID_STATE");
	}

	@Test
	void evidenceIsSniffedAndKeptWithItsChecksum() throws Exception {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = w.claim(d.enterprise(), d.contractId(), "40000.00").text("id");
		String path = "/api/v1/redemptions/" + claim + "/attachments";
		Response uploaded = api.upload(path, d.enterprise().token(), "发票.pdf", World.PDF, Map.of("kind", "INVOICE"));
		assertThat(uploaded.status()).isEqualTo(201);
		assertThat(uploaded.text("id")).isNotBlank();
		assertThat(uploaded.text("kind")).isEqualTo("INVOICE");
		assertThat(uploaded.text("contentType")).isEqualTo("application/pdf");
		assertThat(uploaded.body().get("size").asLong()).isEqualTo(World.PDF.length);
		assertThat(uploaded.text("sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(World.PDF)));

		// the name says PDF, the content is a script: refused
		assertProblem(api.upload(path, d.enterprise().token(), "invoice.pdf",
				"#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), Map.of("kind", "INVOICE")), 400,
				"FILE_REJECTED");
		assertProblem(api.upload(path, d.enterprise().token(), "invoice.exe", new byte[] { 'M', 'Z', 0, 0, 1, 2 },
				Map.of("kind", "INVOICE")), 400, "FILE_REJECTED");
		assertProblem(api.upload(path, d.enterprise().token(), "empty.pdf", new byte[0], Map.of("kind", "INVOICE")),
				400, "FILE_REJECTED");
		assertProblem(api.upload(path, d.enterprise().token(), "fake.zip", new byte[] { 'P', 'K', 3, 4, 0, 0 },
				Map.of("kind", "INVOICE")), 400, "FILE_REJECTED");
		assertInvalid(api.upload(path, d.enterprise().token(), "x.pdf", World.PDF, Map.of("kind", "SELFIE")), "kind");
		assertInvalid(api.upload(path, d.enterprise().token(), "x.pdf", World.PDF, Map.of()), "kind");
		assertInvalid(api.upload(path, d.enterprise().token(), null, null, Map.of("kind", "INVOICE")), "file");
		// only the claimant adds evidence
		assertProblem(api.upload(path, w.enterprise().token(), "x.pdf", World.PDF, Map.of("kind", "INVOICE")), 404,
				"NOT_FOUND");
		assertProblem(api.upload(path, d.institution().token(), "x.pdf", World.PDF, Map.of("kind", "INVOICE")), 403,
				"FORBIDDEN");
		assertProblem(api.upload("/api/v1/redemptions/no-such-claim/attachments", d.enterprise().token(), "x.pdf",
				World.PDF, Map.of("kind", "INVOICE")), 404, "NOT_FOUND");

		Response listed = api.get(path, d.enterprise().token());
		assertThat(listed.body()).hasSize(1);
		// every required kind is needed before submitting
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/submit", d.enterprise().token(), Map.of()), 409,
				"EVIDENCE_MISSING");
	}

	@Test
	void theInstitutionConfirmsWithinItsDeadlineOrDisputes() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = w.submittedClaim(d.enterprise(), d.contractId(), "40000.00");
		Response shown = api.get("/api/v1/redemptions/" + claim, d.institution().token());
		assertThat(shown.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(shown.text("confirmDueOn")).isEqualTo("2026-03-09");
		assertThat(shown.text("voucherId")).isEqualTo(d.voucherId());
		assertThat(shown.text("institutionId")).isEqualTo(d.institution().id());
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/submit", d.enterprise().token(), Map.of()), 409,
				"INVALID_STATE");
		assertProblem(w.confirm(w.institution(), claim), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/confirmation", d.enterprise().token(),
				Api.obj("confirm", true)), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/confirmation", w.reviewer, Api.obj("confirm", true)),
				403, "FORBIDDEN");
		Response disputed = api.post("/api/v1/redemptions/" + claim + "/confirmation", d.institution().token(),
				Api.obj("confirm", false, "reason", "not paid"));
		assertThat(disputed.text("status")).isEqualTo("DISPUTED");
		assertProblem(w.confirm(d.institution(), claim), 409, "INVALID_STATE");
		// nothing was bound
		assertThat(api.get("/api/v1/vouchers/" + d.voucherId(), d.enterprise().token()).text("balance"))
			.isEqualTo("50000.00");
	}

	@Test
	void aVoucherAmountIsNeverBoundTwice() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String first = w.signedContract(enterprise, institution, voucher, "40000.00");
		String second = w.signedContract(enterprise, institution, voucher, "40000.00");
		String claim1 = w.submittedClaim(enterprise, first, "40000.00");
		String claim2 = w.submittedClaim(enterprise, second, "40000.00");
		assertThat(w.confirm(institution, claim1).text("status")).isEqualTo("UNDER_REVIEW");
		assertProblem(w.confirm(institution, claim2), 409, "VOUCHER_BALANCE_EXCEEDED");
		Response voucherNow = api.get("/api/v1/vouchers/" + voucher, enterprise.token());
		assertThat(voucherNow.text("balance")).isEqualTo("10000.00");
		assertThat(voucherNow.text("status")).isEqualTo("PARTLY_USED");
	}

	@Test
	void theBureauReviewerOfTheRegionApprovesAtMostThePayable() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = Scenarios.claimUnderReview(d, "80000.00");
		assertProblem(api.get("/api/v1/redemptions/" + claim, w.datongReviewer), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/decision", w.datongReviewer,
				Api.obj("decision", "APPROVE", "reason", "x")), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/decision", w.finance,
				Api.obj("decision", "APPROVE", "reason", "x")), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/decision", d.enterprise().token(),
				Api.obj("decision", "APPROVE", "reason", "x")), 403, "FORBIDDEN");
		assertProblem(w.approveClaim(claim, "65000.01"), 409, "AMOUNT_ABOVE_PAYABLE");
		assertInvalid(w.approveClaim(claim, "0.00"), "approvedAmount");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/decision", w.reviewer,
				Api.obj("decision", "SURE", "reason", "x")), 400, "VALIDATION_FAILED");
		Response approved = w.approveClaim(claim, "60000.00");
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("status")).isEqualTo("APPROVED");
		assertThat(approved.text("approvedAmount")).isEqualTo("60000.00");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("approved", "60000.00").containsEntry("bound", "0.00");
		assertProblem(w.approveClaim(claim, null), 409, "INVALID_STATE");
		Response shown = api.get("/api/v1/redemptions/" + claim, d.enterprise().token());
		assertThat(shown.text("payableAmount")).isEqualTo("65000.00");
		assertThat(shown.text("approvedAmount")).isEqualTo("60000.00");
		assertThat(shown.text("paidAmount")).isEqualTo("80000.00");
		assertThat(shown.text("enterpriseId")).isEqualTo(d.enterprise().id());
		assertThat(shown.text("contractId")).isEqualTo(d.contractId());
	}

	@Test
	void aRejectedClaimGivesTheVoucherBack() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = Scenarios.claimUnderReview(d, "80000.00");
		assertThat(api.get("/api/v1/vouchers/" + d.voucherId(), d.enterprise().token()).text("balance"))
			.isEqualTo("0.00");
		Response rejected = api.post("/api/v1/redemptions/" + claim + "/decision", w.reviewer,
				Api.obj("decision", "REJECT", "reason", "results not credible"));
		assertThat(rejected.text("status")).isEqualTo("REJECTED");
		Response voucher = api.get("/api/v1/vouchers/" + d.voucherId(), d.enterprise().token());
		assertThat(voucher.text("balance")).isEqualTo("50000.00");
		assertThat(voucher.text("status")).isEqualTo("ISSUED");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("bound", "0.00").containsEntry("reserved", "50000.00")
			.containsEntry("available", "950000.00");
	}

	@Test
	void aReturnedClaimCanBeRevisedAndSubmittedAgain() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = Scenarios.claimUnderReview(d, "80000.00");
		Response returned = api.post("/api/v1/redemptions/" + claim + "/decision", w.reviewer,
				Api.obj("decision", "RETURN", "reason", "invoice unreadable"));
		assertThat(returned.text("status")).isEqualTo("RETURNED");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("bound", "0.00").containsEntry("reserved", "50000.00");
		Response revised = api.put("/api/v1/redemptions/" + claim, d.enterprise().token(), Api.obj("paidAmount",
				"60000.00", "resultSummary", "修订", "outputs", Map.of("testReports", 1)));
		assertThat(revised.status()).as("%s", revised).isEqualTo(200);
		assertThat(revised.text("payableAmount")).isEqualTo("55000.00");
		Response submitted = api.post("/api/v1/redemptions/" + claim + "/submit", d.enterprise().token(), Map.of());
		assertThat(submitted.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(w.confirm(d.institution(), claim).text("status")).isEqualTo("UNDER_REVIEW");
		assertThat(w.ledgerTotal(d.programId())).containsEntry("bound", "55000.00").containsEntry("reserved", "0.00");
	}

	@Test
	void claimListsAreScopedAndPaged() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		w.claim(d.enterprise(), d.contractId(), "40000.00");
		Response own = api.get("/api/v1/redemptions?page=0&size=5", d.enterprise().token());
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body().get("total").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/redemptions", w.enterprise().token()).body().get("total").asLong()).isZero();
		assertInvalid(api.get("/api/v1/redemptions?size=0", d.enterprise().token()), "size");
		assertInvalid(api.get("/api/v1/redemptions?status=LOST", w.reviewer), "status");
		assertProblem(api.get("/api/v1/redemptions/no-such-claim", w.reviewer), 404, "NOT_FOUND");
	}

	@Test
	void nothingIsPayableOnceTheAnnualCapIsReached() {
		World w = world();
		String program = w.program("1000000.00", "annualCapPerEnterprise", "60000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "100000.00");
		String first = w.signedContract(enterprise, institution, voucher, "60000.00");
		String second = w.signedContract(enterprise, institution, voucher, "10000.00");
		Deal d = new Deal(w, program, enterprise, institution, voucher, first);
		Scenarios.claimUnderReview(d, "60000.00");
		assertProblem(w.claim(enterprise, second, "10000.00"), 409, "ANNUAL_CAP_EXCEEDED");
	}

	@Test
	void theClaimantWithdrawsAClaimNotYetConfirmed() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = w.submittedClaim(d.enterprise(), d.contractId(), "40000.00");
		assertProblem(api.post("/api/v1/redemptions/" + claim + "/withdrawal", d.institution().token(), Map.of()), 403,
				"FORBIDDEN");
		Response withdrawn = api.post("/api/v1/redemptions/" + claim + "/withdrawal", d.enterprise().token(), Map.of());
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
		assertProblem(w.confirm(d.institution(), claim), 409, "INVALID_STATE");
		// the contract may be claimed for again
		assertThat(w.claim(d.enterprise(), d.contractId(), "40000.00").status()).isEqualTo(201);
	}

	@Test
	void outputCountsAreNeverNegative() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		Response negative = api.post("/api/v1/redemptions", d.enterprise().token(), Api.obj("contractId",
				d.contractId(), "paidAmount", "40000.00", "resultSummary", "x", "outputs",
				Api.obj("inventionPatents", -1)));
		assertProblem(negative, 400, "VALIDATION_FAILED");
		assertThat(org.innovoucher.support.ProblemAssert.fields(negative)).anyMatch(f -> f.startsWith("outputs"));
		assertProblem(api.post("/api/v1/redemptions", d.enterprise().token(), Api.obj("contractId", d.contractId(),
				"paidAmount", "40000.00", "resultSummary", "x", "outputs", Api.obj("inventionPatents", "many"))), 400,
				"VALIDATION_FAILED");
	}

	@Test
	void aNoticeTakesClaimsOfItsOwnRegionOnly() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
		assertProblem(api.post("/api/v1/public-notices", w.operator, Api.obj("regionCode", World.DATONG,
				"redemptionIds", List.of(claim))), 404, "NOT_FOUND");
		assertInvalid(api.post("/api/v1/public-notices", w.operator, Api.obj("regionCode", "999999",
				"redemptionIds", List.of(claim))), "regionCode");
	}
}
