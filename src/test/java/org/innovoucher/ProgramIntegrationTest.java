package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;
import static org.innovoucher.support.ProblemAssert.fields;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** Programs: rules as data, checked, versioned; budgets per region; publish and close. */
class ProgramIntegrationTest extends IntegrationTestBase {

	@Test
	void aProgramIsCreatedAsADraftWithEveryRuleShownBack() {
		World w = world();
		Response created = api.post("/api/v1/programs", w.policyAdmin, w.programBody());
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("status")).isEqualTo("DRAFT");
		String id = created.text("id");
		Response program = api.get("/api/v1/programs/" + id, w.operator);
		assertThat(program.status()).isEqualTo(200);
		assertThat(program.text("regionCode")).isEqualTo("140000");
		assertThat(program.body().get("year").asInt()).isEqualTo(2026);
		assertThat(program.text("cycle")).isEqualTo("ANNUAL");
		assertThat(program.text("applicationOpensOn")).isEqualTo("2026-01-01");
		assertThat(program.body().get("denominations")).extracting(d -> d.asText())
			.containsExactly("50000.00", "100000.00");
		assertThat(program.text("excessRatio")).isEqualTo("0.50");
		assertThat(program.body().get("excessRatioByRegion").get("140200").asText()).isEqualTo("0.60");
		assertThat(program.text("annualCapPerEnterprise")).isEqualTo("200000.00");
		assertThat(program.body().get("reviewWorkingDays").asInt()).isEqualTo(10);
		assertThat(program.body().get("banYearsOnFraud").asInt()).isEqualTo(3);
		assertThat(program.body().get("techSmeRequired").asBoolean()).isFalse();
		// the public does not see drafts
		assertProblem(api.get("/api/v1/programs/" + id, null), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/programs/" + id, w.enterprise().token()), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/programs/no-such-program", null), 404, "NOT_FOUND");
	}

	@Test
	void onlyAPolicyAdministratorOfTheRegionMakesPrograms() {
		World w = world();
		assertProblem(api.post("/api/v1/programs", w.operator, w.programBody()), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/programs", w.enterprise().token(), w.programBody()), 403, "FORBIDDEN");
		String taiyuanPolicy = w.staff("POLICY_ADMIN", World.TAIYUAN);
		assertProblem(api.post("/api/v1/programs", taiyuanPolicy, w.programBody()), 403, "FORBIDDEN");
		assertThat(api.post("/api/v1/programs", taiyuanPolicy, w.programBody("regionCode", World.TAIYUAN,
				"acceptedInstitutionRegions", List.of(World.TAIYUAN), "excessRatioByRegion", Map.of())).status())
			.isEqualTo(201);
	}

	@Test
	void everyRuleIsCheckedAndAllProblemsAreReportedAtOnce() {
		World w = world();
		Response bad = api.post("/api/v1/programs", w.policyAdmin, w.programBody("name", "", "regionCode", "999999",
				"applicationOpensOn", "2026-06-01", "applicationClosesOn", "2026-05-01", "denominations", List.of(),
				"annualCapPerEnterprise", "0.00", "serviceCategories", List.of(), "reviewWorkingDays", 0,
				"banYearsOnFraud", 11));
		assertProblem(bad, 400, "VALIDATION_FAILED");
		assertThat(fields(bad)).contains("name", "regionCode", "applicationClosesOn", "denominations",
				"annualCapPerEnterprise", "serviceCategories", "reviewWorkingDays", "banYearsOnFraud");
		assertThat(bad.text("detail")).contains("name").contains("denominations");

		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominations",
				List.of("50000.00", "50000.00"))), "denominations");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominations",
				List.of("-5.00"))), "denominations");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("acceptedInstitutionRegions",
				List.of("000001"))), "acceptedInstitutionRegions");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("excessRatioByRegion",
				Map.of("999999", "0.50"))), "excessRatioByRegion");
		// Lhasa is not a city of the Shanxi program
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("excessRatioByRegion",
				Map.of("540100", "0.50"))), "excessRatioByRegion");
		Map<String, Object> noValidity = w.programBody();
		noValidity.remove("validUntil");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, noValidity), "validUntil");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("validUntil", null,
				"validityMonths", 0)), "validityMonths");
		assertProblem(api.post("/api/v1/programs", w.policyAdmin, w.programBody("excessRatio", "1.50")), 400,
				"VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/programs", w.policyAdmin, w.programBody("excessRatio", 0.5)), 400,
				"VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/programs", w.policyAdmin, w.programBody("cycle", "FORTNIGHTLY")), 400,
				"VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/programs", w.policyAdmin, w.programBody("serviceCategories",
				List.of("ALCHEMY"))), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominations",
				List.of("50000.001"))), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/programs", w.policyAdmin, w.programBody("year", "twenty")), 400,
				"VALIDATION_FAILED");
	}

	@Test
	void nullElementsInRuleListsAreInvalidInputNotAnInternalError() {
		World w = world();
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominations",
				Arrays.asList("50000.00", null))), "denominations");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("serviceCategories",
				Arrays.asList("TESTING_CERTIFICATION", null))), "serviceCategories");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("acceptedInstitutionRegions",
				Arrays.asList(World.PROVINCE, null))), "acceptedInstitutionRegions");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("sizeClassesAllowed",
				Arrays.asList("SMALL", null))), "sizeClassesAllowed");
		Map<String, Object> nullRatio = new HashMap<>();
		nullRatio.put("140200", null);
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("excessRatioByRegion", nullRatio)),
				"excessRatioByRegion");
		Map<String, Object> nullAmounts = new HashMap<>();
		nullAmounts.put("SMALL", Arrays.asList("50000.00", null));
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominationsBySizeClass",
				nullAmounts)), "denominationsBySizeClass.SMALL");
		assertProblem(api.postRaw("/api/v1/programs", w.policyAdmin, "null"), 400, "VALIDATION_FAILED");
	}

	@Test
	void budgetsArePerRegionWithinTheProgramsRegion() {
		World w = world();
		String id = api.post("/api/v1/programs", w.policyAdmin, w.programBody()).text("id");
		w.budget(id, World.TAIYUAN, "600000.00");
		w.budget(id, World.DATONG, "400000.00");
		// setting a region's budget again replaces it
		w.budget(id, World.DATONG, "300000.00");
		assertInvalid(api.post("/api/v1/programs/" + id + "/budgets", w.policyAdmin,
				Api.obj("regionCode", "540000", "amount", "1000.00")), "regionCode");
		assertInvalid(api.post("/api/v1/programs/" + id + "/budgets", w.policyAdmin,
				Api.obj("regionCode", "999999", "amount", "1000.00")), "regionCode");
		assertInvalid(api.post("/api/v1/programs/" + id + "/budgets", w.policyAdmin,
				Api.obj("regionCode", World.TAIYUAN, "amount", "-1.00")), "amount");
		assertInvalid(api.post("/api/v1/programs/" + id + "/budgets", w.policyAdmin,
				Api.obj("regionCode", World.TAIYUAN)), "amount");
		assertProblem(api.post("/api/v1/programs/" + id + "/budgets", w.policyAdmin,
				Api.obj("regionCode", World.TAIYUAN, "amount", 1000.5)), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/programs/" + id + "/budgets", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "amount", "1.00")), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/programs/no-such-program/budgets", w.policyAdmin,
				Api.obj("regionCode", World.TAIYUAN, "amount", "1.00")), 404, "NOT_FOUND");

		Response ledger = w.ledger(id);
		assertThat(ledger.status()).isEqualTo(200);
		assertThat(ledger.body().get("total").get("budget").asText()).isEqualTo("900000.00");
		assertThat(ledger.body().get("total").get("available").asText()).isEqualTo("900000.00");
		// a city's staff sees its own city only
		Response taiyuan = api.get("/api/v1/programs/" + id + "/ledger", w.reviewer);
		assertThat(taiyuan.body().get("total").get("budget").asText()).isEqualTo("600000.00");
		assertProblem(api.get("/api/v1/programs/" + id + "/ledger", w.enterprise().token()), 403, "FORBIDDEN");
		assertProblem(api.get("/api/v1/programs/no-such-program/ledger", w.policyAdmin), 404, "NOT_FOUND");
	}

	@Test
	void publishingOpensAndClosingEndsTheProgram() {
		World w = world();
		String id = api.post("/api/v1/programs", w.policyAdmin, w.programBody()).text("id");
		w.budget(id, World.TAIYUAN, "100000.00");
		Party enterprise = w.enterprise();
		assertProblem(w.apply(enterprise, id, "50000.00"), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/programs/" + id + "/publish", w.operator, Map.of()), 403, "FORBIDDEN");
		Response published = api.post("/api/v1/programs/" + id + "/publish", w.policyAdmin, Map.of());
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.text("status")).isEqualTo("OPEN");
		assertThat(api.get("/api/v1/programs/" + id, null).text("status")).isEqualTo("OPEN");
		assertProblem(api.post("/api/v1/programs/" + id + "/publish", w.policyAdmin, Map.of()), 409, "INVALID_STATE");

		Response closed = api.post("/api/v1/programs/" + id + "/close", w.policyAdmin, Map.of());
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.text("status")).isEqualTo("CLOSED");
		assertProblem(w.apply(enterprise, id, "50000.00"), 409, "APPLICATION_WINDOW_CLOSED");
		assertProblem(api.post("/api/v1/programs/" + id + "/close", w.policyAdmin, Map.of()), 409, "INVALID_STATE");
		assertProblem(api.put("/api/v1/programs/" + id, w.policyAdmin, w.programBody()), 409, "INVALID_STATE");
		assertProblem(api.post("/api/v1/programs/" + id + "/budgets", w.policyAdmin,
				Api.obj("regionCode", World.TAIYUAN, "amount", "1.00")), 409, "INVALID_STATE");
		assertProblem(api.post("/api/v1/programs/no-such-program/publish", w.policyAdmin, Map.of()), 404, "NOT_FOUND");
	}

	@Test
	void amendingAnOpenProgramMakesANewVersionAndIssuedVouchersKeepTheirRules() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");

		Response amended = api.put("/api/v1/programs/" + program, w.policyAdmin, w.programBody("excessRatio", "0.00",
				"denominations", List.of("30000.00")));
		assertThat(amended.status()).as("%s", amended).isEqualTo(200);
		assertThat(amended.body().get("version").asInt()).isEqualTo(2);
		assertThat(amended.text("excessRatio")).isEqualTo("0.00");
		assertThat(api.get("/api/v1/programs/" + program + "/versions/1", w.operator).text("excessRatio")).isEqualTo("0.50");
		assertThat(api.get("/api/v1/programs/" + program + "/versions/2", w.operator).text("excessRatio")).isEqualTo("0.00");
		assertProblem(api.get("/api/v1/programs/" + program + "/versions/3", w.operator), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/programs/" + program + "/versions/0", w.operator), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/programs/" + program + "/versions/x", w.operator), 400, "VALIDATION_FAILED");
		// the rules of every version are public, as the program itself is
		assertThat(api.get("/api/v1/programs/" + program + "/versions/1", null).text("excessRatio")).isEqualTo("0.50");

		// the voucher issued under version 1 still reimburses the excess at 0.5
		String contract = w.signedContract(enterprise, institution, voucher, "80000.00");
		assertThat(w.claim(enterprise, contract, "80000.00").text("payableAmount")).isEqualTo("65000.00");
		// new applications follow version 2
		assertProblem(w.apply(w.enterprise(), program, "50000.00"), 400, "INVALID_DENOMINATION");
		assertThat(w.apply(w.enterprise(), program, "30000.00").status()).isEqualTo(201);
		// the region of a program is not amended
		assertInvalid(api.put("/api/v1/programs/" + program, w.policyAdmin, w.programBody("regionCode", World.TAIYUAN,
				"acceptedInstitutionRegions", List.of(World.TAIYUAN), "excessRatioByRegion", Map.of())), "regionCode");
		assertProblem(api.put("/api/v1/programs/" + program, w.operator, w.programBody()), 403, "FORBIDDEN");
	}

	@Test
	void programListsArePaged() {
		World w = world();
		w.program("1.00");
		Response page = api.get("/api/v1/programs?page=0&size=1", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().get("items")).hasSize(1);
		assertThat(page.body().get("size").asInt()).isEqualTo(1);
		assertThat(page.body().get("total").asLong()).isPositive();
		assertInvalid(api.get("/api/v1/programs?size=201", null), "size");
		assertInvalid(api.get("/api/v1/programs?page=-3", null), "page");
		assertInvalid(api.get("/api/v1/programs?size=ten", null), "size");
	}

	@Test
	void theRoleIsCheckedBeforeTheRules() {
		World w = world();
		assertProblem(api.post("/api/v1/programs", w.operator, w.programBody("name", "", "denominations", List.of())),
				403, "FORBIDDEN");
	}

	@Test
	void aBudgetIsNeverCutBelowWhatIsReserved() {
		World w = world();
		String program = w.program("100000.00");
		w.voucher(w.enterprise(), program, "50000.00");
		Response cut = api.post("/api/v1/programs/" + program + "/budgets", w.policyAdmin,
				Api.obj("regionCode", World.TAIYUAN, "amount", "40000.00"));
		org.innovoucher.support.ProblemAssert.assertClientError(cut);
		assertThat(cut.status()).isEqualTo(409);
		assertThat(w.ledgerTotal(program)).containsEntry("budget", "100000.00").containsEntry("reserved", "50000.00");
		w.budget(program, World.TAIYUAN, "50000.00");
		assertThat(w.ledgerTotal(program)).containsEntry("available", "0.00");
	}
}
