package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Payments;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Expert panels over HTTP (api.md, "Experts and review panels"). Each test draws from a field of its
 * own, so the pools of tests running on the same database never mix.
 */
class ExpertReviewIntegrationTest extends IntegrationTestBase {

	record Expert(String id, String token, String name) {
	}

	Expert expert(World world, String field, String affiliationUscc) {
		String username = TestData.username("expert");
		Response registered = api.post("/api/v1/experts", world.operator, Api.obj("username", username, "password",
				World.PASSWORD, "email", username + "@experts.example.cn", "name", "专家 " + username, "fields",
				List.of(field), "affiliationUscc", affiliationUscc, "regionCode", World.TAIYUAN));
		assertThat(registered.status()).as("register %s", registered).isEqualTo(201);
		assertThat(registered.text("userId")).isNotBlank();
		return new Expert(registered.text("id"), World.login(api, username, World.PASSWORD), "专家 " + username);
	}

	static Map<String, Object> scores(String matches, String verifiable) {
		return Api.obj("scores", Map.of("Report matches the contract", matches, "Results are verifiable", verifiable),
				"comment", "评语 " + matches);
	}

	static List<String> seated(JsonNode panel) {
		List<String> ids = new ArrayList<>();
		panel.get("assignments").forEach(a -> {
			if (!"DECLINED".equals(a.get("status").asText())) {
				ids.add(a.get("expertId").asText());
			}
		});
		return ids;
	}

	@Test
	void a_claim_entering_review_gets_a_conflict_free_panel_which_declines_scores_twice_and_advises_the_reviewer()
			throws Exception {
		World world = world();
		String program = world.program("1000000.00", "expertReview", Map.of("claims", true, "panelSize", 3,
				"passMark", "60.00", "secondRoundSpread", "20.00", "roundWorkingDays", 5), "reviewChecklists",
				Map.of("TESTING_CERTIFICATION", List.of(Map.of("criterion", "Report matches the contract", "weight", 40),
						Map.of("criterion", "Results are verifiable", "weight", 60))));
		Party enterprise = world.enterprise();
		Party institution = world.institution();
		Expert employed = expert(world, "TESTING_CERTIFICATION", institution.uscc());
		Expert conflicted = expert(world, "TESTING_CERTIFICATION", null);
		Expert away = expert(world, "TESTING_CERTIFICATION", null);
		Expert first = expert(world, "TESTING_CERTIFICATION", null);
		Expert second = expert(world, "TESTING_CERTIFICATION", null);
		Expert third = expert(world, "TESTING_CERTIFICATION", null);
		assertThat(api.post("/api/v1/experts/" + conflicted.id() + "/conflicts", conflicted.token(),
				Api.obj("uscc", enterprise.uscc(), "reason", "我曾为该企业提供咨询")).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/experts/" + first.id() + "/conflicts", conflicted.token(),
				Api.obj("uscc", enterprise.uscc(), "reason", "not theirs")).code()).isEqualTo("FORBIDDEN");
		assertThat(api.put("/api/v1/experts/" + away.id() + "/availability", away.token(), Api.obj("available", false))
			.status()).isEqualTo(200);

		String voucher = world.voucher(enterprise, program, "50000.00");
		String claim = world.submittedClaim(enterprise, world.signedContract(enterprise, institution, voucher, "40000.00"),
				"40000.00");
		assertThat(world.confirm(institution, claim).status()).isEqualTo(200);

		Response drawn = api.get("/api/v1/reviews?subjectType=REDEMPTION&subjectId=" + claim, world.reviewer);
		assertThat(drawn.status()).as("the panel drawn on entry %s", drawn).isEqualTo(200);
		assertThat(drawn.text("status")).isEqualTo("ROUND_1");
		assertThat(seated(drawn.body())).containsExactlyInAnyOrder(first.id(), second.id(), third.id());
		assertThat(drawn.body().at("/assignments/0/dueOn").asText()).isEqualTo("2026-03-09");
		String panel = drawn.text("id");
		// a round not scored by its due date is overdue like every other step, for the staff of the file's region
		world.setClock("2026-03-10T09:00:00+08:00");
		JsonNode overdue = api.get("/api/v1/overdue", world.reviewer).body();
		String seat = drawn.body().at("/assignments/0/id").asText();
		assertThat(overdue.findParents("subjectId").stream().filter(o -> o.get("subjectId").asText().equals(seat)))
			.singleElement().satisfies(o -> assertThat(o.get("step").asText()).isEqualTo("EXPERT_ROUND"));
		// and its experts are reminded to score (once, however often the job runs)
		assertThat(api.post("/api/v1/admin/jobs/reminders", world.admin, Api.obj()).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/admin/jobs/reminders", world.admin, Api.obj()).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/notifications?size=200", third.token()).body().findValues("kind").stream()
			.filter(k -> k.asText().equals("reminder.expert.round"))).hasSize(1);
		world.setClock(World.DEFAULT_NOW);
		assertThat(api.get("/api/v1/reviews/" + panel, world.datongReviewer).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/reviews", world.reviewer, Api.obj("subjectType", "REDEMPTION", "subjectId", claim))
			.code()).isEqualTo("INVALID_STATE");

		Response pool = api.get("/api/v1/experts?field=TESTING_CERTIFICATION", world.reviewer);
		assertThat(pool.body().findValues("openAssignments").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(3);
		assertThat(api.get("/api/v1/me/assignments", first.token()).body().get(0).get("reviewId").asText()).isEqualTo(panel);

		// a newcomer takes the first declined seat; the second declination finds nobody and the panel shrinks
		Expert newcomer = expert(world, "TESTING_CERTIFICATION", null);
		Response declined = api.post("/api/v1/reviews/" + panel + "/declination", first.token(), Api.obj("reason", "出差"));
		assertThat(declined.status()).as("decline %s", declined).isEqualTo(200);
		assertThat(declined.body().at("/assignments/0/status").asText()).isEqualTo("DECLINED");
		Response shrunk = api.post("/api/v1/reviews/" + panel + "/declination", second.token(), Api.obj("reason", "生病"));
		assertThat(shrunk.body().get("shortBy").asInt()).isEqualTo(1);
		assertThat(seated(api.get("/api/v1/reviews/" + panel, world.reviewer).body()))
			.containsExactlyInAnyOrder(third.id(), newcomer.id());

		assertThat(api.post("/api/v1/reviews/" + panel + "/scores", third.token(),
				Api.obj("scores", Map.of("Report matches the contract", "101"))).code()).isEqualTo("VALIDATION_FAILED");
		Response scored = api.post("/api/v1/reviews/" + panel + "/scores", third.token(), scores("90", "90"));
		assertThat(scored.text("total")).isEqualTo("90.00");
		assertThat(api.post("/api/v1/reviews/" + panel + "/scores", third.token(), scores("10", "10")).code())
			.isEqualTo("INVALID_STATE");
		Response ownPart = api.get("/api/v1/reviews/" + panel, newcomer.token());
		assertThat(ownPart.body().get("assignments")).hasSize(1);
		assertThat(ownPart.body().has("others")).isFalse();
		api.post("/api/v1/reviews/" + panel + "/scores", newcomer.token(), scores("40", "40"));

		Response roundTwo = api.get("/api/v1/reviews/" + panel, newcomer.token());
		assertThat(roundTwo.text("status")).isEqualTo("ROUND_2");
		assertThat(roundTwo.body().at("/others/0/label").asText()).isEqualTo("A");
		assertThat(roundTwo.body().at("/others/0/rounds/0/total").asText()).isEqualTo("90.00");
		assertThat(roundTwo.body().at("/others/0/rounds/0/comment").asText()).isEqualTo("评语 90");
		assertThat(roundTwo.body().get("others").toString()).doesNotContain(third.id()).doesNotContain("expertId");

		api.post("/api/v1/reviews/" + panel + "/scores", third.token(), scores("70", "70"));
		Response done = api.post("/api/v1/reviews/" + panel + "/scores", newcomer.token(), scores("60", "60"));
		assertThat(done.text("status")).isEqualTo("DONE");
		JsonNode result = api.get("/api/v1/reviews?subjectType=REDEMPTION&subjectId=" + claim, world.reviewer).body()
			.get("result");
		assertThat(result.get("trimmedMean").asText()).isEqualTo("65.00");
		assertThat(result.get("spread").asText()).isEqualTo("10.00");
		assertThat(result.get("passed").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/me/assignments", third.token()).body()).isEmpty();
		assertThat(employed.token()).isNotBlank();
		// the staff statistics report each expert's load and timeliness
		PageVisitor bureau = Payments.signedIn(port, Payments.staff(world, World.TAIYUAN, "BUREAU_REVIEWER"));
		String statistics = bureau.get("/workspace/statistics?lang=en").body();
		assertThat(statistics).contains("id=\"workload\"").contains(third.name());
	}

	@Test
	void a_pool_without_enough_conflict_free_experts_refuses_a_panel_and_an_application_still_goes_to_review() {
		World world = world();
		String program = world.program("1000000.00", "serviceCategories", List.of("NOVELTY_SEARCH", "GERMPLASM_RESOURCES"),
				"expertReview", Map.of("applications", true, "panelSize", 2));
		Party enterprise = world.enterprise();
		expert(world, "GERMPLASM_RESOURCES", enterprise.uscc());
		expert(world, "GERMPLASM_RESOURCES", null);

		Response applied = api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", program,
				"denomination", "50000.00", "purpose", "种质资源鉴定", "serviceCategories", List.of("GERMPLASM_RESOURCES")));
		assertThat(applied.status()).as("apply %s", applied).isEqualTo(201);
		assertThat(applied.text("status")).isEqualTo("SUBMITTED");

		Response undrawn = api.get("/api/v1/reviews?subjectType=VOUCHER_APPLICATION&subjectId=" + applied.text("id"),
				world.reviewer);
		assertThat(undrawn.text("status")).isEqualTo("UNDRAWN");
		Response refused = api.post("/api/v1/reviews", world.reviewer,
				Api.obj("subjectType", "VOUCHER_APPLICATION", "subjectId", applied.text("id"), "panelSize", 2));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("NOT_ENOUGH_EXPERTS");

		Response single = api.post("/api/v1/reviews", world.reviewer,
				Api.obj("subjectType", "VOUCHER_APPLICATION", "subjectId", applied.text("id"), "panelSize", 1));
		assertThat(single.status()).as("draw %s", single).isEqualTo(201);
		assertThat(single.text("status")).isEqualTo("ROUND_1");
		assertThat(single.body().get("round").asInt()).isEqualTo(1);
		assertThat(single.body().at("/assignments/0/id").asText()).isNotBlank();
		assertThat(api.post("/api/v1/reviews", world.datongReviewer,
				Api.obj("subjectType", "VOUCHER_APPLICATION", "subjectId", applied.text("id"))).code()).isEqualTo("FORBIDDEN");
	}
}
