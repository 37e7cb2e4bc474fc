package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/** Staff name their region; an administrator disables, enables, re-roles and resets; tokens follow at once. */
class AccountManagementIntegrationTest extends IntegrationTestBase {

	private record Account(String id, String username) {
	}

	private Account create(World w, String role, String region) {
		String username = TestData.username("acct");
		Map<String, Object> body = Api.obj("username", username, "password", World.PASSWORD, "email",
				username + "@gov.example.cn", "roles", List.of(role), "regionCode", region);
		Response created = api.post("/api/v1/admin/users", w.admin, body);
		assertThat(created.status()).as("%s", created).isEqualTo(201);
		return new Account(created.text("id"), username);
	}

	private Response login(String username, String password) {
		return api.post("/api/v1/auth/token", null, Api.obj("username", username, "password", password));
	}

	@Test
	void aStaffAccountWithoutARegionIsRefusedAndANationalOneNamesTheCountry() {
		World w = world();
		String username = TestData.username("op");
		for (String role : List.of("OPERATOR", "BUREAU_REVIEWER", "SYSTEM_ADMIN", "FINANCE_OFFICER")) {
			assertInvalid(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
					World.PASSWORD, "email", username + "@gov.example.cn", "roles", List.of(role))), "regionCode");
		}
		Response national = api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
				World.PASSWORD, "email", username + "@gov.example.cn", "roles", List.of("SUPERVISOR"), "regionCode",
				"000000"));
		assertThat(national.status()).as("%s", national).isEqualTo(201);
		assertThat(national.text("regionCode")).isEqualTo("000000");
		String token = World.login(api, username, World.PASSWORD);
		assertThat(api.get("/api/v1/me", token).text("regionCode")).isEqualTo("000000");
		// the whole country is in scope: it sees a Taiyuan enterprise, as a province supervisor does
		World.Party enterprise = w.enterprise();
		assertThat(api.get("/api/v1/enterprises/" + enterprise.id(), token).status()).isEqualTo(200);
		// the country is no region a party registers in, nor part of the tree
		assertThat(api.get("/api/v1/regions", null).body().findValuesAsText("code")).doesNotContain("000000");
	}

	@Test
	void aDisabledAccountsTokenIsRefusedAtOnceAndItsLoginIsToldWhy() {
		World w = world();
		Account reviewer = create(w, "BUREAU_REVIEWER", World.TAIYUAN);
		String token = World.login(api, reviewer.username(), World.PASSWORD);
		assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

		assertProblem(api.post("/api/v1/admin/users/" + reviewer.id() + "/disable", w.operator, Map.of()), 403,
				"FORBIDDEN");
		Response disabled = api.post("/api/v1/admin/users/" + reviewer.id() + "/disable", w.admin, Map.of());
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
		assertProblem(api.get("/api/v1/me", token), 401, "ACCOUNT_DISABLED");
		assertProblem(api.get("/api/v1/voucher-applications", token), 401, "ACCOUNT_DISABLED");
		assertProblem(login(reviewer.username(), World.PASSWORD), 401, "ACCOUNT_DISABLED");
		assertProblem(login(reviewer.username(), "wrong-password"), 401, "UNAUTHENTICATED");

		assertThat(api.post("/api/v1/admin/users/" + reviewer.id() + "/enable", w.admin, Map.of()).body().get("enabled")
			.asBoolean()).isTrue();
		// the old token stays dead; a new login works
		assertProblem(api.get("/api/v1/me", token), 401, "UNAUTHENTICATED");
		assertThat(api.get("/api/v1/me", World.login(api, reviewer.username(), World.PASSWORD)).status()).isEqualTo(200);
		assertThat(actions(w, reviewer.id())).contains("USER_CREATED", "USER_DISABLED", "USER_ENABLED");
	}

	@Test
	void anAdministratorCannotDisableThemselves() {
		World w = world();
		String adminId = api.get("/api/v1/me", w.admin).text("id");
		assertProblem(api.post("/api/v1/admin/users/" + adminId + "/disable", w.admin, Map.of()), 409, "INVALID_STATE");
	}

	@Test
	void newRolesAndRegionEndTheOldTokens() {
		World w = world();
		Account account = create(w, "BUREAU_REVIEWER", World.TAIYUAN);
		String token = World.login(api, account.username(), World.PASSWORD);
		String path = "/api/v1/admin/users/" + account.id() + "/roles";
		assertInvalid(api.put(path, w.admin, Api.obj("roles", List.of("OPERATOR"))), "regionCode");
		assertInvalid(api.put(path, w.admin, Api.obj("roles", List.of("ENTERPRISE"), "regionCode", World.PROVINCE)),
				"roles");
		assertInvalid(api.put(path, w.admin, Api.obj("roles", List.of("OPERATOR"), "regionCode", "999999")),
				"regionCode");
		assertProblem(api.put(path, w.operator, Api.obj("roles", List.of("OPERATOR"), "regionCode", World.PROVINCE)),
				403, "FORBIDDEN");
		Response changed = api.put(path, w.admin, Api.obj("roles", List.of("OPERATOR", "SUPERVISOR"), "regionCode",
				World.DATONG));
		assertThat(changed.status()).as("%s", changed).isEqualTo(200);
		assertThat(changed.text("regionCode")).isEqualTo(World.DATONG);
		assertProblem(api.get("/api/v1/me", token), 401, "UNAUTHENTICATED");
		Response me = api.get("/api/v1/me", World.login(api, account.username(), World.PASSWORD));
		assertThat(me.body().get("roles")).extracting(r -> r.asText()).containsExactlyInAnyOrder("OPERATOR", "SUPERVISOR");
		assertThat(me.text("regionCode")).isEqualTo(World.DATONG);
		assertThat(actions(w, account.id())).contains("USER_ROLES_CHANGED");
	}

	@Test
	void aPasswordResetByTheAdministratorReplacesTheOldOneAndEndsItsSessions() {
		World w = world();
		Account account = create(w, "OPERATOR", World.PROVINCE);
		String token = World.login(api, account.username(), World.PASSWORD);
		String path = "/api/v1/admin/users/" + account.id() + "/password";
		assertInvalid(api.post(path, w.admin, Api.obj("newPassword", "short")), "newPassword");
		assertProblem(api.post(path, w.operator, Api.obj("newPassword", "a-new-password-1")), 403, "FORBIDDEN");
		assertThat(api.post(path, w.admin, Api.obj("newPassword", "a-new-password-1")).status()).isEqualTo(204);
		assertProblem(api.get("/api/v1/me", token), 401, "UNAUTHENTICATED");
		assertProblem(login(account.username(), World.PASSWORD), 401, "UNAUTHENTICATED");
		assertThat(login(account.username(), "a-new-password-1").status()).isEqualTo(200);
		assertThat(actions(w, account.id())).contains("USER_PASSWORD_RESET");
		assertProblem(api.post("/api/v1/admin/users/no-such-user/password", w.admin, Api.obj("newPassword",
				"a-new-password-1")), 404, "NOT_FOUND");
	}

	@Test
	void aPersonChangesTheirOwnPasswordByProvingTheCurrentOne() {
		World w = world();
		World.Party enterprise = w.enterprise();
		assertInvalid(api.post("/api/v1/me/password", enterprise.token(), Api.obj("currentPassword", "not-it-at-all",
				"newPassword", "my-new-password")), "currentPassword");
		assertInvalid(api.post("/api/v1/me/password", enterprise.token(), Api.obj("currentPassword", World.PASSWORD,
				"newPassword", "short")), "newPassword");
		assertProblem(api.post("/api/v1/me/password", null, Api.obj("currentPassword", World.PASSWORD, "newPassword",
				"my-new-password")), 401, "UNAUTHENTICATED");
		assertThat(api.post("/api/v1/me/password", enterprise.token(), Api.obj("currentPassword", World.PASSWORD,
				"newPassword", "my-new-password")).status()).isEqualTo(204);
		assertProblem(api.get("/api/v1/me", enterprise.token()), 401, "UNAUTHENTICATED");
		assertProblem(login(enterprise.username(), World.PASSWORD), 401, "UNAUTHENTICATED");
		assertThat(login(enterprise.username(), "my-new-password").status()).isEqualTo(200);
		assertThat(actions(w, enterprise.userId())).contains("USER_PASSWORD_CHANGED");
	}

	@Test
	void guessingTheCurrentPasswordWithATokenIsThrottledLikeFailedLogins() {
		World w = world();
		World.Party enterprise = w.enterprise();
		for (int i = 0; i < 5; i++) {
			assertInvalid(api.post("/api/v1/me/password", enterprise.token(), Api.obj("currentPassword", "guess-" + i,
					"newPassword", "my-new-password")), "currentPassword");
		}
		Response throttled = assertProblem(api.post("/api/v1/me/password", enterprise.token(), Api.obj(
				"currentPassword", World.PASSWORD, "newPassword", "my-new-password")), 429, "TOO_MANY_REQUESTS");
		assertThat(throttled.raw().headers().firstValue("Retry-After")).isPresent();
	}

	@Test
	void aCityAdministratorManagesOnlyAccountsOfTheirCity() {
		World w = world();
		Account cityAdmin = create(w, "SYSTEM_ADMIN", World.TAIYUAN);
		String cityToken = World.login(api, cityAdmin.username(), World.PASSWORD);
		Account datong = create(w, "BUREAU_REVIEWER", World.DATONG);
		assertProblem(api.post("/api/v1/admin/users/" + datong.id() + "/disable", cityToken, Map.of()), 404, "NOT_FOUND");
		Account taiyuan = create(w, "BUREAU_REVIEWER", World.TAIYUAN);
		assertProblem(api.put("/api/v1/admin/users/" + taiyuan.id() + "/roles", cityToken, Api.obj("roles",
				List.of("BUREAU_REVIEWER"), "regionCode", World.PROVINCE)), 403, "FORBIDDEN");
		assertThat(api.post("/api/v1/admin/users/" + taiyuan.id() + "/disable", cityToken, Map.of()).status())
			.isEqualTo(200);
	}

	private List<String> actions(World w, String userId) {
		Response trail = api.get("/api/v1/audit?entityType=USER&entityId=" + userId, w.admin);
		assertThat(trail.status()).as("%s", trail).isEqualTo(200);
		List<String> actions = new ArrayList<>();
		trail.body().get("items").forEach(e -> actions.add(e.path("action").asText()));
		return actions;
	}
}
