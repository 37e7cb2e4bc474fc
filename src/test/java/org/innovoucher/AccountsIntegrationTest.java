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

/** Tokens, accounts, roles, and region-scoped staff. */
class AccountsIntegrationTest extends IntegrationTestBase {

	@Test
	void aTokenIsABearerTokenWithALifetime() {
		world();
		Response token = api.post("/api/v1/auth/token", null, Api.obj("username", "admin", "password", ADMIN_PASSWORD));
		assertThat(token.status()).isEqualTo(200);
		assertThat(token.text("tokenType")).isEqualTo("Bearer");
		assertThat(token.text("accessToken")).isNotBlank();
		assertThat(token.body().get("expiresIn").asLong()).isPositive();
	}

	@Test
	void wrongPasswordsUnknownUsersAndBadTokensAre401() {
		World w = world();
		assertProblem(api.post("/api/v1/auth/token", null, Api.obj("username", "admin", "password", "wrong")), 401,
				"UNAUTHENTICATED");
		assertProblem(api.post("/api/v1/auth/token", null, Api.obj("username", "nobody-" + TestData.username("x"),
				"password", "whatever")), 401, "UNAUTHENTICATED");
		assertInvalid(api.post("/api/v1/auth/token", null, Api.obj("username", "admin")), "password");
		assertProblem(api.get("/api/v1/me", "not-a-token"), 401, "UNAUTHENTICATED");
		assertProblem(api.get("/api/v1/me", w.admin + "x"), 401, "UNAUTHENTICATED");
		assertProblem(api.get("/api/v1/me", null), 401, "UNAUTHENTICATED");
		assertProblem(api.post("/api/v1/programs", null, w.programBody()), 401, "UNAUTHENTICATED");
		assertThat(api.get("/api/v1/me", w.admin).status()).isEqualTo(200);
	}

	@Test
	void onlyTheSystemAdministratorCreatesUsers() {
		World w = world();
		String username = TestData.username("op");
		Map<String, Object> body = Api.obj("username", username, "password", World.PASSWORD, "email",
				username + "@gov.example.cn", "roles", List.of("OPERATOR"), "regionCode", World.PROVINCE);
		assertProblem(api.post("/api/v1/admin/users", w.operator, body), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/admin/users", w.enterprise().token(), body), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/admin/users", null, body), 401, "UNAUTHENTICATED");

		Response created = api.post("/api/v1/admin/users", w.admin, body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("id")).isNotBlank();
		assertThat(created.body().get("roles")).extracting(r -> r.asText()).containsExactly("OPERATOR");
		assertThat(created.text("regionCode")).isEqualTo(World.PROVINCE);
		assertThat(created.body().has("password")).isFalse();
		assertThat(World.login(api, username, World.PASSWORD)).isNotBlank();
	}

	@Test
	void usernamesAreUniqueAndRolesAndRegionsAreChecked() {
		World w = world();
		Party enterprise = w.enterprise();
		assertProblem(api.post("/api/v1/admin/users", w.admin, Api.obj("username", enterprise.username(), "password",
				World.PASSWORD, "email", "x@gov.example.cn", "roles", List.of("OPERATOR"), "regionCode", World.PROVINCE)),
				409, "USERNAME_TAKEN");
		String username = TestData.username("u");
		assertProblem(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", "x@gov.example.cn", "roles", List.of("KING"), "regionCode", World.PROVINCE)), 400,
				"VALIDATION_FAILED");
		assertInvalid(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", "x@gov.example.cn", "roles", List.of(), "regionCode", World.PROVINCE)), "roles");
		assertInvalid(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", "x@gov.example.cn", "roles", List.of("ENTERPRISE"), "regionCode", World.PROVINCE)), "roles");
		assertProblem(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", "x@gov.example.cn", "roles", java.util.Arrays.asList("OPERATOR", null), "regionCode",
				World.PROVINCE)), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", "x@gov.example.cn", "roles", List.of("OPERATOR"), "regionCode", "999999")), 400,
				"VALIDATION_FAILED");
	}

	@Test
	void aCityReviewerCannotSeeOrDecideAnotherCitysFiles() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Response applied = w.apply(enterprise, program, "50000.00");
		String id = applied.text("id");

		// Datong's reviewer does not know Taiyuan's file exists
		assertProblem(api.get("/api/v1/voucher-applications/" + id, w.datongReviewer), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/voucher-applications/" + id + "/decision", w.datongReviewer,
				Api.obj("decision", "APPROVE", "reason", "mine now")), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/enterprises/" + enterprise.id(), w.datongReviewer), 404, "NOT_FOUND");
		// a staff member of the region without the reviewer role may look but not decide
		assertThat(api.get("/api/v1/voucher-applications/" + id, w.operator).status()).isEqualTo(200);
		assertProblem(api.post("/api/v1/voucher-applications/" + id + "/decision", w.finance,
				Api.obj("decision", "APPROVE", "reason", "not mine")), 403, "FORBIDDEN");
		// another enterprise does not see it at all
		assertProblem(api.get("/api/v1/voucher-applications/" + id, w.enterprise().token()), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/voucher-applications/" + id + "/decision", enterprise.token(),
				Api.obj("decision", "APPROVE", "reason", "self-service")), 403, "FORBIDDEN");

		assertThat(api.get("/api/v1/voucher-applications/" + id, w.reviewer).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/voucher-applications/" + id, w.provinceReviewer).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/voucher-applications/" + id, enterprise.token()).text("status"))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void aDisabledOrUnknownRoleCannotReachStaffEndpoints() {
		World w = world();
		Party enterprise = w.enterprise();
		String expert = w.staff("EXPERT", World.PROVINCE);
		assertProblem(api.get("/api/v1/audit/verification", expert), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/programs", enterprise.token(), w.programBody()), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/programs", w.operator, w.programBody()), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/admin/calendar", w.policyAdmin, Api.obj("year", 2027)), 403, "FORBIDDEN");
	}

	@Test
	void usernamesPasswordsAndEmailsAreChecked() {
		World w = world();
		String username = TestData.username("u");
		assertInvalid(api.post("/api/v1/admin/users", w.admin, Api.obj("username", "has space", "password",
				World.PASSWORD, "email", "x@gov.example.cn", "roles", List.of("OPERATOR"))), "username");
		assertInvalid(api.post("/api/v1/admin/users", w.admin, Api.obj("username", "u".repeat(300), "password",
				World.PASSWORD, "email", "x@gov.example.cn", "roles", List.of("OPERATOR"))), "username");
		assertInvalid(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", "short",
				"email", "x@gov.example.cn", "roles", List.of("OPERATOR"))), "password");
		assertInvalid(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
				World.PASSWORD, "email", "not-an-email", "roles", List.of("OPERATOR"))), "email");
		Map<String, Object> registration = w.enterpriseBody("x y", TestData.uscc(), World.XIAODIAN, "SMALL");
		assertInvalid(api.post("/api/v1/registrations/enterprises", null, registration), "username");
		// nothing half-registered stays behind: the same USCC registers fine afterwards
		@SuppressWarnings("unchecked")
		String uscc = (String) ((Map<String, Object>) registration.get("enterprise")).get("uscc");
		assertThat(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(username, uscc, World.XIAODIAN, "SMALL")).status()).isEqualTo(201);
	}
}
