package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** Enterprise registration, who sees an enterprise, and agencies acting under a delegation. */
class EnterpriseIntegrationTest extends IntegrationTestBase {

	@Test
	void anEnterpriseRegistersAndSeesItself() {
		World w = world();
		Party enterprise = w.enterprise();
		Response self = api.get("/api/v1/enterprises/" + enterprise.id(), enterprise.token());
		assertThat(self.status()).isEqualTo(200);
		assertThat(self.text("id")).isEqualTo(enterprise.id());
		assertThat(self.text("uscc")).isEqualTo(enterprise.uscc());
		assertThat(self.text("regionCode")).isEqualTo(World.XIAODIAN);
		assertThat(self.text("sizeClass")).isEqualTo("SMALL");
		assertThat(self.text("status")).isEqualTo("ACTIVE");
		assertThat(self.text("name")).startsWith("企业 ");
		assertThat(self.body().has("bannedUntil")).isFalse();
	}

	@Test
	void aUsccWithAWrongCheckCharacterIsRefused() {
		World w = world();
		String valid = TestData.uscc();
		char last = valid.charAt(17);
		String wrong = valid.substring(0, 17) + (last == '0' ? '1' : '0');
		String username = TestData.username("ent");
		assertProblem(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(username, wrong, World.XIAODIAN, "SMALL")), 400, "INVALID_USCC");
		assertProblem(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(username, "91140105ABC", World.XIAODIAN, "SMALL")), 400, "INVALID_USCC");
		assertProblem(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(username, valid.substring(0, 17) + "I", World.XIAODIAN, "SMALL")), 400, "INVALID_USCC");
		// nothing was created: the username is still free
		Response ok = api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(username, valid, World.XIAODIAN, "SMALL"));
		assertThat(ok.status()).isEqualTo(201);
		assertThat(ok.text("userId")).isNotBlank();
		assertThat(ok.text("enterpriseId")).isNotBlank();
	}

	@Test
	void aUsccAndAUsernameRegisterOnce() {
		World w = world();
		Party first = w.enterprise();
		assertProblem(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(TestData.username("ent"), first.uscc(), World.XIAODIAN, "SMALL")), 409, "DUPLICATE_USCC");
		assertProblem(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(first.username(), TestData.uscc(), World.XIAODIAN, "SMALL")), 409, "USERNAME_TAKEN");
	}

	@Test
	void registrationChecksEveryField() {
		World w = world();
		String username = TestData.username("ent");
		Map<String, Object> body = w.enterpriseBody(username, TestData.uscc(), World.XIAODIAN, "GIANT");
		assertProblem(api.post("/api/v1/registrations/enterprises", null, body), 400, "VALIDATION_FAILED");
		body = w.enterpriseBody(username, TestData.uscc(), "999999", "SMALL");
		assertProblem(api.post("/api/v1/registrations/enterprises", null, body), 400, "VALIDATION_FAILED");
		body = w.enterpriseBody(username, TestData.uscc(), World.XIAODIAN, "SMALL");
		@SuppressWarnings("unchecked")
		Map<String, Object> enterprise = (Map<String, Object>) body.get("enterprise");
		enterprise.remove("name");
		enterprise.put("legalRepresentative", "");
		Response missing = assertInvalid(api.post("/api/v1/registrations/enterprises", null, body), "enterprise.name");
		assertThat(org.innovoucher.support.ProblemAssert.fields(missing)).contains("enterprise.legalRepresentative");
		enterprise.put("name", "x".repeat(201));
		enterprise.put("legalRepresentative", "李四");
		assertInvalid(api.post("/api/v1/registrations/enterprises", null, body), "enterprise.name");
		assertInvalid(api.post("/api/v1/registrations/enterprises", null, Api.obj("username", username)), "password");
	}

	@Test
	void staffOfTheRegionSeeAnEnterpriseOthersGet404() {
		World w = world();
		Party enterprise = w.enterprise();
		assertThat(api.get("/api/v1/enterprises/" + enterprise.id(), w.reviewer).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/enterprises/" + enterprise.id(), w.supervisor).status()).isEqualTo(200);
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id(), w.datongReviewer), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id(), w.enterprise().token()), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id(), w.institution().token()), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/enterprises/no-such-enterprise", w.admin), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id(), null), 401, "UNAUTHENTICATED");
	}

	@Test
	void anAgencyActsForAnEnterpriseOnlyWhileTheDelegationLasts() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String agencyName = TestData.username("agency");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", agencyName, "password", World.PASSWORD,
				"email", agencyName + "@agency.example.cn", "roles", List.of("AGENCY"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		String agency = World.login(api, agencyName, World.PASSWORD);
		Map<String, Object> application = Api.obj("programId", program, "enterpriseId", enterprise.id(),
				"denomination", "50000.00", "purpose", "代办申领", "serviceCategories", List.of("TESTING_CERTIFICATION"));

		// before any delegation the agency may neither see nor act
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id(), agency), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/voucher-applications", agency, application), 403, "FORBIDDEN");
		// only the enterprise itself delegates
		assertProblem(api.post("/api/v1/enterprises/" + enterprise.id() + "/delegations", agency,
				Api.obj("agencyUsername", agencyName)), 403, "FORBIDDEN");
		assertInvalid(api.post("/api/v1/enterprises/" + enterprise.id() + "/delegations", enterprise.token(),
				Api.obj("agencyUsername", w.enterprise().username())), "agencyUsername");

		Response delegated = api.post("/api/v1/enterprises/" + enterprise.id() + "/delegations", enterprise.token(),
				Api.obj("agencyUsername", agencyName));
		assertThat(delegated.status()).isEqualTo(201);
		assertProblem(api.post("/api/v1/enterprises/" + enterprise.id() + "/delegations", enterprise.token(),
				Api.obj("agencyUsername", agencyName)), 409, "INVALID_STATE");
		assertThat(api.get("/api/v1/enterprises/" + enterprise.id(), agency).status()).isEqualTo(200);
		// an agency must name the enterprise it acts for
		Map<String, Object> unnamed = new java.util.LinkedHashMap<>(application);
		unnamed.remove("enterpriseId");
		assertInvalid(api.post("/api/v1/voucher-applications", agency, unnamed), "enterpriseId");
		Response applied = api.post("/api/v1/voucher-applications", agency, application);
		assertThat(applied.status()).as("%s", applied).isEqualTo(201);
		assertThat(api.get("/api/v1/voucher-applications/" + applied.text("id"), enterprise.token()).text("enterpriseId"))
			.isEqualTo(enterprise.id());

		Response revoked = api.delete("/api/v1/enterprises/" + enterprise.id() + "/delegations/" + delegated.text("id"),
				enterprise.token());
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.body().get("active").asBoolean()).isFalse();
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id(), agency), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/voucher-applications/" + applied.text("id"), agency), 404, "NOT_FOUND");
	}

	@Test
	void staffCannotApplyForAVoucher() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Map<String, Object> application = Api.obj("programId", program, "denomination", "50000.00", "purpose", "x",
				"serviceCategories", List.of("TESTING_CERTIFICATION"));
		// the role is checked before anything else: no "name the enterprise" hint for staff
		assertProblem(api.post("/api/v1/voucher-applications", w.reviewer, application), 403, "FORBIDDEN");
		application.put("enterpriseId", enterprise.id());
		assertProblem(api.post("/api/v1/voucher-applications", w.reviewer, application), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/voucher-applications", w.institution().token(), application), 403, "FORBIDDEN");
		// an enterprise cannot apply in another's name
		assertProblem(api.post("/api/v1/voucher-applications", w.enterprise().token(), application), 403, "FORBIDDEN");
	}

	@Test
	void anAgencyFilesAClaimWithEvidenceForTheEnterprise() {
		World w = world();
		org.innovoucher.support.Scenarios.Deal d = org.innovoucher.support.Scenarios.deal(w, "50000.00", "40000.00");
		String agencyName = TestData.username("agency");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", agencyName, "password", World.PASSWORD,
				"email", agencyName + "@agency.example.cn", "roles", List.of("AGENCY"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		String agency = World.login(api, agencyName, World.PASSWORD);
		Map<String, Object> claim = Api.obj("contractId", d.contractId(), "paidAmount", "40000.00", "resultSummary",
				"代理申报", "outputs", Api.obj("testReports", 1));
		assertProblem(api.post("/api/v1/redemptions", agency, claim), 404, "NOT_FOUND");
		assertThat(api.post("/api/v1/enterprises/" + d.enterprise().id() + "/delegations", d.enterprise().token(),
				Api.obj("agencyUsername", agencyName)).status()).isEqualTo(201);
		Response created = api.post("/api/v1/redemptions", agency, claim);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		World.Party asAgency = new World.Party(d.enterprise().id(), null, agencyName, agency, null);
		w.evidence(asAgency, created.text("id"));
		Response submitted = api.post("/api/v1/redemptions/" + created.text("id") + "/submit", agency, Map.of());
		assertThat(submitted.text("status")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(api.get("/api/v1/redemptions/" + created.text("id"), d.enterprise().token()).text("enterpriseId"))
			.isEqualTo(d.enterprise().id());
	}

	@Test
	void delegationsAreRevokedByTheirEnterpriseOnly() {
		World w = world();
		Party enterprise = w.enterprise();
		String agencyName = TestData.username("agency");
		api.post("/api/v1/admin/users", w.admin, Api.obj("username", agencyName, "password", World.PASSWORD, "email",
				agencyName + "@agency.example.cn", "roles", List.of("AGENCY"), "regionCode", World.TAIYUAN));
		String delegation = api.post("/api/v1/enterprises/" + enterprise.id() + "/delegations", enterprise.token(),
				Api.obj("agencyUsername", agencyName)).text("id");
		Party other = w.enterprise();
		assertProblem(api.delete("/api/v1/enterprises/" + enterprise.id() + "/delegations/" + delegation,
				other.token()), 403, "FORBIDDEN");
		assertProblem(api.delete("/api/v1/enterprises/" + enterprise.id() + "/delegations/no-such-delegation",
				enterprise.token()), 404, "NOT_FOUND");
		assertProblem(api.delete("/api/v1/enterprises/" + other.id() + "/delegations/" + delegation, other.token()),
				404, "NOT_FOUND");
		Response listed = api.get("/api/v1/enterprises/" + enterprise.id() + "/delegations", enterprise.token());
		assertThat(listed.body()).hasSize(1);
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id() + "/delegations", other.token()), 404,
				"NOT_FOUND");
	}
}
