package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/**
 * Innovation and entrepreneurship teams without a legal person: they register with their leader's
 * identity number instead of a USCC, apply only where a program takes teams, and sign contracts like
 * any enterprise; the portal registers them in a form and a check page.
 */
class TeamIntegrationTest extends IntegrationTestBase {

	/** A valid identity number no other test uses: a Xiaodian division, a birth date, a random sequence. */
	static String leaderId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first17 = "140105" + (1970 + random.nextInt(30)) + String.format("%02d%02d%03d", 1 + random.nextInt(12),
				1 + random.nextInt(28), random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	static Map<String, Object> teamBody(String username, String leaderId) {
		return Api.obj("username", username, "password", World.PASSWORD, "email", username + "@team.example.cn", "team",
				Api.obj("name", "团队 " + username, "regionCode", World.XIAODIAN, "industry", "新材料", "leaderName", "李四",
						"leaderIdNumber", leaderId, "contactPhone", "13900000000", "members", List.of("王五", "赵六")));
	}

	private Party team(World w) {
		String username = TestData.username("team");
		Response registered = api.post("/api/v1/registrations/teams", null, teamBody(username, leaderId()));
		assertThat(registered.status()).as("register team %s", registered).isEqualTo(201);
		return new Party(registered.text("enterpriseId"), registered.text("userId"), username,
				World.login(api, username, World.PASSWORD), null);
	}

	@Test
	void a_team_registers_without_a_uscc_and_others_see_its_leaders_number_masked() {
		World w = world();
		String leader = leaderId();
		String username = TestData.username("team");
		Response registered = api.post("/api/v1/registrations/teams", null, teamBody(username, leader));
		assertThat(registered.status()).isEqualTo(201);
		Response seen = api.get("/api/v1/enterprises/" + registered.text("enterpriseId"), w.reviewer);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.text("kind")).isEqualTo("TEAM");
		assertThat(seen.body().hasNonNull("uscc")).isFalse();
		assertThat(seen.text("legalRepresentative")).isEqualTo("李四");
		assertThat(seen.text("leaderIdNumber")).isEqualTo(leader.substring(0, 6) + "********" + leader.substring(14));
		assertThat(seen.body().get("members")).hasSize(2);
		// one team per leader; a wrong check digit is refused on the leader's field; nothing half-made stays
		assertProblem(api.post("/api/v1/registrations/teams", null, teamBody(TestData.username("team"), leader)), 409,
				"DUPLICATE_TEAM");
		String wrong = leader.substring(0, 17) + (leader.charAt(17) == '0' ? '1' : '0');
		Response refused = api.post("/api/v1/registrations/teams", null, teamBody(TestData.username("team"), wrong));
		assertProblem(refused, 400, "VALIDATION_FAILED");
		assertThat(refused.body().toString()).contains("team.leaderIdNumber");
	}

	@Test
	void a_team_applies_only_where_the_program_takes_teams_and_then_contracts_like_a_firm() {
		World w = world();
		Party team = team(w);
		String closed = w.program("1000000.00");
		assertProblem(w.apply(team, closed, "50000.00"), 409, "NOT_ELIGIBLE");
		String open = w.program("1000000.00", "teamsAllowed", true, "sizeClassesAllowed", List.of("MEDIUM"));
		String voucher = w.voucher(team, open, "50000.00");
		// a team has no USCC: the related-party check still runs and lets an unrelated institution sign
		Party institution = w.institution();
		String contract = w.signedContract(team, institution, voucher, "40000.00");
		assertThat(contract).isNotBlank();
	}

	@Test
	void the_portal_registers_a_team_after_its_answers_are_checked_and_says_what_is_wrong_beside_the_field()
			throws Exception {
		world();
		PageVisitor visitor = new PageVisitor(port);
		HttpResponse<String> form = visitor.get("/register/team?lang=en");
		assertThat(form.statusCode()).isEqualTo(200);
		String csrf = PageVisitor.csrf(form.body());
		String username = TestData.username("teampage");
		String leader = leaderId();
		String wrong = leader.substring(0, 17) + (leader.charAt(17) == '0' ? '1' : '0');
		Map<String, String> answers = new java.util.HashMap<>(Map.of("name", "Quantum sensing team", "industry",
				"Sensors", "regionCode", World.XIAODIAN, "leaderName", "Li Si", "leaderIdNumber", wrong, "members",
				"Wang Wu\nZhao Liu", "username", username, "password", World.PASSWORD, "email", username + "@team.example.cn"));
		answers.put("contactPhone", "13900000000");
		answers.put("_csrf", csrf);
		HttpResponse<String> refused = visitor.post("/register/team", answers);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"leaderIdNumber-error\"").contains("but the other 17 make it")
			.contains("Quantum sensing team");
		answers.put("leaderIdNumber", leader);
		HttpResponse<String> kept = visitor.post("/register/team", answers);
		assertThat(kept.statusCode()).isEqualTo(302);
		HttpResponse<String> check = visitor.get("/register/team/check");
		assertThat(check.body()).contains("Quantum sensing team").contains("Zhao Liu")
			.contains(leader.substring(0, 6) + "********").doesNotContain(leader);
		HttpResponse<String> sent = visitor.post("/register/team/check", Map.of("_csrf", csrf));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location")).get().asString().endsWith("/register/team/done");
		assertThat(World.login(api, username, World.PASSWORD)).isNotBlank();
	}
}
