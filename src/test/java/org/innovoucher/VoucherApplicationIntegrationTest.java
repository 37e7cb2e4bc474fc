package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** Applications: eligibility with its codes, review deadlines, decisions, issuance and serial numbers. */
class VoucherApplicationIntegrationTest extends IntegrationTestBase {

	private Response decide(World w, String token, String applicationId, String decision) {
		return api.post("/api/v1/voucher-applications/" + applicationId + "/decision", token,
				Api.obj("decision", decision, "reason", "because"));
	}

	@Test
	void anApprovedApplicationIssuesAVoucherWithACheckedSerialNumber() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Response applied = w.apply(enterprise, program, "100000.00");
		assertThat(applied.status()).isEqualTo(201);
		assertThat(applied.text("status")).isEqualTo("SUBMITTED");
		assertThat(applied.text("voucherId")).isNull();
		Response approved = decide(w, w.reviewer, applied.text("id"), "APPROVE");
		assertThat(approved.text("status")).isEqualTo("APPROVED");
		Response application = api.get("/api/v1/voucher-applications/" + applied.text("id"), enterprise.token());
		assertThat(application.text("voucherId")).isEqualTo(approved.text("voucherId"));
		assertThat(application.text("programId")).isEqualTo(program);
		assertThat(application.text("denomination")).isEqualTo("100000.00");

		Response voucher = api.get("/api/v1/vouchers/" + approved.text("voucherId"), enterprise.token());
		assertThat(voucher.text("enterpriseId")).isEqualTo(enterprise.id());
		assertThat(voucher.text("programId")).isEqualTo(program);
		assertThat(voucher.text("faceValue")).isEqualTo("100000.00");
		assertThat(voucher.text("validUntil")).isEqualTo("2026-12-31");
		String serial = voucher.text("serialNumber");
		assertThat(serial).matches("IV2026140105\\d{9}");
		assertThat(luhnValid(serial.substring(2))).as("check digit of %s", serial).isTrue();
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "100000.00");

		String second = w.voucher(w.enterprise(), program, "50000.00");
		String otherSerial = api.get("/api/v1/vouchers/" + second, w.operator).text("serialNumber");
		assertThat(otherSerial).isNotEqualTo(serial);
		assertThat(luhnValid(otherSerial.substring(2))).isTrue();

		// holders and staff see vouchers; others do not know they exist
		assertProblem(api.get("/api/v1/vouchers/" + approved.text("voucherId"), w.enterprise().token()), 404,
				"NOT_FOUND");
		assertProblem(api.get("/api/v1/vouchers/" + approved.text("voucherId"), w.datongReviewer), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/vouchers/no-such-voucher", w.operator), 404, "NOT_FOUND");
		// a decided application is not decided again
		assertProblem(decide(w, w.reviewer, applied.text("id"), "REJECT"), 409, "INVALID_STATE");
		assertProblem(decide(w, w.reviewer, "no-such-application", "APPROVE"), 404, "NOT_FOUND");
	}

	private static boolean luhnValid(String digits) {
		int sum = 0;
		boolean doubleIt = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubleIt) {
				d = d * 2 > 9 ? d * 2 - 9 : d * 2;
			}
			sum += d;
			doubleIt = !doubleIt;
		}
		return sum % 10 == 0;
	}

	@Test
	void rejectedAndReturnedApplicationsIssueNothing() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String returned = w.apply(enterprise, program, "50000.00").text("id");
		Response back = decide(w, w.reviewer, returned, "RETURN");
		assertThat(back.text("status")).isEqualTo("RETURNED");
		assertThat(back.text("voucherId")).isNull();
		Response resubmitted = api.post("/api/v1/voucher-applications/" + returned + "/resubmission", enterprise.token(),
				Api.obj("purpose", "补充材料"));
		assertThat(resubmitted.status()).isEqualTo(200);
		assertThat(resubmitted.text("status")).isEqualTo("SUBMITTED");
		Response rejected = decide(w, w.reviewer, returned, "REJECT");
		assertThat(rejected.text("status")).isEqualTo("REJECTED");
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "0.00");
		assertProblem(decide(w, w.reviewer, returned, "APPROVE"), 409, "INVALID_STATE");
		assertProblem(api.post("/api/v1/voucher-applications/" + returned + "/decision", w.reviewer,
				Api.obj("decision", "PERHAPS")), 400, "VALIDATION_FAILED");
	}

	@Test
	void theReviewIsDueTenWorkingDaysLaterSkippingWeekends() {
		// Friday 6 March 2026: ten working days later is Friday 20 March
		World w = world("2026-03-06T16:00:00+08:00");
		String program = w.program("1000000.00");
		assertThat(w.apply(w.enterprise(), program, "50000.00").text("reviewDueOn")).isEqualTo("2026-03-20");
		// on a Saturday the count starts from the next working day all the same
		w.setClock("2026-03-07T10:00:00+08:00");
		assertThat(w.apply(w.enterprise(), program, "50000.00").text("reviewDueOn")).isEqualTo("2026-03-20");
	}

	@Test
	void ineligibleApplicantsAreToldWhy() {
		World w = world();
		String program = w.program("1000000.00");
		// outside the program's region
		assertProblem(w.apply(w.enterprise("540100", "SMALL"), program, "50000.00"), 409, "NOT_ELIGIBLE");
		// size class not allowed (large enterprises by default)
		assertProblem(w.apply(w.enterprise(World.XIAODIAN, "LARGE"), program, "50000.00"), 409, "NOT_ELIGIBLE");
		// denomination not offered
		Party enterprise = w.enterprise();
		assertProblem(w.apply(enterprise, program, "70000.00"), 400, "INVALID_DENOMINATION");
		// a category the program does not cover
		assertProblem(api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", program,
				"denomination", "50000.00", "purpose", "x", "serviceCategories", List.of("GERMPLASM_RESOURCES"))), 409,
				"CATEGORY_NOT_COVERED");
		// once per period
		assertThat(w.apply(enterprise, program, "50000.00").status()).isEqualTo(201);
		assertProblem(w.apply(enterprise, program, "50000.00"), 409, "DUPLICATE_APPLICATION");
		// unknown program
		assertProblem(w.apply(enterprise, "no-such-program", "50000.00"), 404, "NOT_FOUND");
	}

	@Test
	void aTechnologyBasedSmeRegistrationMayBeRequired() {
		World w = world();
		String program = w.program("1000000.00", "techSmeRequired", true);
		String username = TestData.username("ent");
		Map<String, Object> body = w.enterpriseBody(username, TestData.uscc(), World.XIAODIAN, "SMALL");
		@SuppressWarnings("unchecked")
		Map<String, Object> enterprise = (Map<String, Object>) body.get("enterprise");
		enterprise.remove("techSmeNumber");
		assertThat(api.post("/api/v1/registrations/enterprises", null, body).status()).isEqualTo(201);
		String token = World.login(api, username, World.PASSWORD);
		assertProblem(api.post("/api/v1/voucher-applications", token, Api.obj("programId", program, "denomination",
				"50000.00", "purpose", "x", "serviceCategories", List.of("TESTING_CERTIFICATION"))), 409, "NOT_ELIGIBLE");
		assertThat(w.apply(w.enterprise(), program, "50000.00").status()).isEqualTo(201);
	}

	@Test
	void applicationsAreTakenInsideTheWindowOnly() {
		World w = world("2026-03-02T09:00:00+08:00");
		String program = w.program("1000000.00", "applicationOpensOn", "2026-04-01", "applicationClosesOn",
				"2026-04-30");
		Party enterprise = w.enterprise();
		assertProblem(w.apply(enterprise, program, "50000.00"), 409, "APPLICATION_WINDOW_CLOSED");
		w.setClock("2026-04-30T23:00:00+08:00");
		assertThat(w.apply(enterprise, program, "50000.00").status()).isEqualTo(201);
		w.setClock("2026-05-01T00:30:00+08:00");
		assertProblem(w.apply(w.enterprise(), program, "50000.00"), 409, "APPLICATION_WINDOW_CLOSED");
	}

	@Test
	void applicationsAreTakenRoundByRoundAndTheAllowanceTheCalendarAndTheStatisticsGoByRound() throws Exception {
		World w = world("2026-02-02T09:00:00+08:00");
		String program = w.program("1000000.00", "rounds", List.of(
				Api.obj("name", "2026 R1", "applicationOpensOn", "2026-01-01", "applicationClosesOn", "2026-03-31",
						"reviewBatchOn", "2026-04-15"),
				Api.obj("name", "2026 R2", "applicationOpensOn", "2026-06-01", "applicationClosesOn", "2026-08-31",
						"reviewBatchOn", "2026-09-15")));
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.get("/programs/" + program + "?lang=en").body()).contains("id=\"rounds\"", "2026 R1",
				"Taking applications now", "Still to come", "Round 2026 R1 takes applications now, until", "15 Apr 2026")
			.doesNotContain("??");
		Party enterprise = w.enterprise();
		Response first = w.apply(enterprise, program, "50000.00");
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.text("round")).isEqualTo("2026 R1");
		assertThat(api.post("/api/v1/voucher-applications/" + first.text("id") + "/decision", w.reviewer,
				Api.obj("decision", "APPROVE", "reason", "ok")).status()).isEqualTo(200);
		// one voucher per enterprise per round (the program's default allowance)
		assertProblem(w.apply(enterprise, program, "50000.00"), 409, "DUPLICATE_APPLICATION");

		w.setClock("2026-04-10T09:00:00+08:00");
		assertThat(assertProblem(w.apply(w.enterprise(), program, "50000.00"), 409, "APPLICATION_WINDOW_CLOSED")
			.text("detail")).contains("2026 R2", "2026-06-01");
		assertThat(visitor.get("/programs/" + program + "?lang=en").body())
			.contains("No round takes applications now. The next round, 2026 R2, opens on");

		w.setClock("2026-06-01T09:00:00+08:00");
		Response second = w.apply(enterprise, program, "50000.00");
		assertThat(second.status()).as("%s", second).isEqualTo(201);
		assertThat(second.text("round")).isEqualTo("2026 R2");

		Response stats = api.get("/api/v1/stats/programs/" + program, w.reviewer);
		assertThat(stats.status()).isEqualTo(200);
		assertThat(stats.body().get("total").get("issuedCount").asLong()).isEqualTo(1);
		var rounds = stats.body().get("rounds");
		assertThat(rounds.get(0).get("round").asText()).isEqualTo("2026 R1");
		assertThat(rounds.get(0).get("reviewBatchOn").asText()).isEqualTo("2026-04-15");
		assertThat(rounds.get(0).get("issuedCount").asLong()).isEqualTo(1);
		assertThat(rounds.get(0).get("issuedAmount").asText()).isEqualTo("50000.00");
		assertThat(rounds.get(0).get("turnaround").get(0).get("step").asText()).isEqualTo("APPLICATION_DECISION");
		assertThat(rounds.get(0).get("turnaround").get(0).get("count").asLong()).isEqualTo(1);
		assertThat(rounds.get(1).get("round").asText()).isEqualTo("2026 R2");
		assertThat(rounds.get(1).get("issuedCount").asLong()).isZero();
	}

	@Test
	void noBudgetNoVoucherAndTheBudgetIsNeverOverdrawn() {
		World w = world();
		String program = w.program("60000.00");
		String first = w.apply(w.enterprise(), program, "50000.00").text("id");
		String second = w.apply(w.enterprise(), program, "50000.00").text("id");
		assertThat(decide(w, w.reviewer, first, "APPROVE").status()).isEqualTo(200);
		assertProblem(decide(w, w.reviewer, second, "APPROVE"), 409, "BUDGET_EXHAUSTED");
		assertThat(api.get("/api/v1/voucher-applications/" + second, w.reviewer).text("status")).isEqualTo("SUBMITTED");
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "50000.00").containsEntry("available", "10000.00");
		// a region without any budget gets no voucher either
		String datongApplication = w.apply(w.enterprise(World.DATONG, "SMALL"), program, "50000.00").text("id");
		assertProblem(decide(w, w.datongReviewer, datongApplication, "APPROVE"), 409, "BUDGET_EXHAUSTED");
	}

	@Test
	void applicationBodiesAreChecked() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		assertInvalid(api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("denomination", "50000.00",
				"purpose", "x")), "programId");
		assertInvalid(api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", program,
				"purpose", "x")), "denomination");
		assertInvalid(api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", program,
				"denomination", "50000.00", "purpose", "x".repeat(2001))), "purpose");
		assertInvalid(api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", program,
				"denomination", "abc", "purpose", "x")), "denomination");
		assertProblem(api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", program,
				"denomination", "50000.00", "purpose", "x", "serviceCategories",
				Arrays.asList("TESTING_CERTIFICATION", null))), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", program,
				"denomination", "50000.00", "purpose", "x", "serviceCategories", "TESTING_CERTIFICATION")), 400,
				"VALIDATION_FAILED");
		assertInvalid(api.get("/api/v1/voucher-applications?status=NOPE", w.reviewer), "status");
	}

	@Test
	void theApplicantWithdrawsAnUndecidedApplication() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String id = w.apply(enterprise, program, "50000.00").text("id");
		assertProblem(api.post("/api/v1/voucher-applications/" + id + "/withdrawal", w.reviewer, Map.of()), 403,
				"FORBIDDEN");
		Response withdrawn = api.post("/api/v1/voucher-applications/" + id + "/withdrawal", enterprise.token(),
				Map.of());
		assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
		assertProblem(decide(w, w.reviewer, id, "APPROVE"), 409, "INVALID_STATE");
		// a withdrawn application does not count against the one-per-period rule
		assertThat(w.apply(enterprise, program, "50000.00").status()).isEqualTo(201);
	}

	@Test
	void denominationsMayDependOnTheSizeClass() {
		World w = world();
		String program = w.program("1000000.00", "denominationsBySizeClass", Map.of("MICRO", List.of("50000.00")),
				"sizeClassesAllowed", List.of("MICRO", "SMALL", "MEDIUM"));
		Party micro = w.enterprise(World.XIAODIAN, "MICRO");
		assertProblem(w.apply(micro, program, "100000.00"), 400, "INVALID_DENOMINATION");
		assertThat(w.apply(micro, program, "50000.00").status()).isEqualTo(201);
		assertThat(w.apply(w.enterprise(World.XIAODIAN, "MEDIUM"), program, "100000.00").status()).isEqualTo(201);
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominationsBySizeClass",
				Map.of("MICRO", List.of("70000.00")))), "denominationsBySizeClass.MICRO");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominationsBySizeClass",
				Map.of("GIANT", List.of("50000.00")))), "denominationsBySizeClass");
	}

	@Test
	void aProgramMayAllowSeveralVouchersPerEnterpriseAndValidityInMonths() {
		World w = world();
		String program = w.program("1000000.00", "maxVouchersPerEnterprise", 2, "validUntil", null, "validityMonths", 6);
		Party enterprise = w.enterprise();
		String first = w.voucher(enterprise, program, "50000.00");
		assertThat(w.apply(enterprise, program, "50000.00").status()).isEqualTo(201);
		assertProblem(w.apply(enterprise, program, "50000.00"), 409, "DUPLICATE_APPLICATION");
		// issued on 2 March 2026, valid for six months
		assertThat(api.get("/api/v1/vouchers/" + first, enterprise.token()).text("validUntil")).isEqualTo("2026-09-01");
	}

	@Test
	void aReturnedApplicationResubmittedGetsANewReviewDeadline() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String id = w.apply(enterprise, program, "50000.00").text("id");
		assertProblem(api.post("/api/v1/voucher-applications/" + id + "/resubmission", enterprise.token(),
				Api.obj("purpose", "too early")), 409, "INVALID_STATE");
		assertThat(decide(w, w.reviewer, id, "RETURN").status()).isEqualTo(200);
		w.setClock("2026-03-04T09:00:00+08:00");
		assertProblem(api.post("/api/v1/voucher-applications/" + id + "/resubmission", w.enterprise().token(),
				Api.obj("purpose", "not mine")), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/voucher-applications/" + id + "/resubmission", enterprise.token(),
				Api.obj("denomination", "70000.00")), 400, "INVALID_DENOMINATION");
		Response resubmitted = api.post("/api/v1/voucher-applications/" + id + "/resubmission", enterprise.token(),
				Api.obj("denomination", "100000.00", "purpose", "补充"));
		assertThat(resubmitted.text("status")).isEqualTo("SUBMITTED");
		// Wednesday 4 March plus ten working days
		assertThat(resubmitted.text("reviewDueOn")).isEqualTo("2026-03-18");
		assertThat(resubmitted.text("denomination")).isEqualTo("100000.00");
	}
}
