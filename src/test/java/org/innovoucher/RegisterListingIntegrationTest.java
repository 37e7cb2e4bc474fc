package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** The lists behind the operator's recognition queue and the bureaus' register of enterprises. */
class RegisterListingIntegrationTest extends IntegrationTestBase {

	@Test
	void the_public_lists_recognised_institutions_and_staff_see_the_queue_of_their_region() {
		World w = world();
		Party recognised = w.institution();
		Party pending = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		Party datong = w.pendingInstitution(World.DATONG, List.of("TESTING_CERTIFICATION"));

		assertThat(ids(api.get("/api/v1/institutions?q=" + recognised.username(), null))).containsExactly(recognised.id());
		assertThat(ids(api.get("/api/v1/institutions?q=" + pending.username(), null))).isEmpty();
		assertThat(ids(api.get("/api/v1/institutions?status=PENDING_RECOGNITION&q=" + pending.username(), null)))
			.isEmpty();
		// by exact USCC too
		assertThat(ids(api.get("/api/v1/institutions?q=" + recognised.uscc(), null))).containsExactly(recognised.id());

		String queue = "/api/v1/institutions?status=PENDING_RECOGNITION&size=100&q=";
		assertThat(ids(api.get(queue + pending.username(), w.operator))).containsExactly(pending.id());
		assertThat(ids(api.get(queue + datong.username(), w.operator))).containsExactly(datong.id());
		String taiyuanOperator = w.staff("OPERATOR", World.TAIYUAN);
		assertThat(ids(api.get(queue + datong.username(), taiyuanOperator))).isEmpty();
		assertThat(ids(api.get(queue + pending.username() + "&regionCode=" + World.DATONG, w.operator))).isEmpty();

		Response page = api.get("/api/v1/institutions?page=0&size=1", null);
		assertThat(page.body().get("size").asInt()).isEqualTo(1);
		assertThat(page.body().get("items")).hasSizeLessThanOrEqualTo(1);
		assertProblem(api.get("/api/v1/institutions?regionCode=999999", null), 400, "VALIDATION_FAILED");
		assertProblem(api.get("/api/v1/institutions?status=NOPE", null), 400, "VALIDATION_FAILED");
	}

	@Test
	void staff_list_the_enterprises_of_the_regions_they_cover() {
		World w = world();
		Party taiyuan = w.enterprise();
		Party datong = w.enterprise(World.DATONG, "SMALL");

		assertThat(ids(api.get("/api/v1/enterprises?q=" + taiyuan.uscc(), w.reviewer))).containsExactly(taiyuan.id());
		assertThat(ids(api.get("/api/v1/enterprises?q=" + datong.uscc(), w.reviewer))).isEmpty();
		assertThat(ids(api.get("/api/v1/enterprises?q=" + datong.uscc(), w.datongReviewer))).containsExactly(datong.id());
		assertThat(ids(api.get("/api/v1/enterprises?q=" + datong.uscc(), w.supervisor))).containsExactly(datong.id());
		assertThat(ids(api.get("/api/v1/enterprises?status=BANNED&q=" + taiyuan.uscc(), w.supervisor))).isEmpty();

		assertProblem(api.get("/api/v1/enterprises", taiyuan.token()), 403, "FORBIDDEN");
		assertProblem(api.get("/api/v1/enterprises", null), 401, "UNAUTHENTICATED");
		assertProblem(api.get("/api/v1/enterprises?regionCode=abc", w.supervisor), 400, "VALIDATION_FAILED");
	}

	private static List<String> ids(Response list) {
		assertThat(list.status()).as("%s", list).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		list.body().get("items").forEach(i -> ids.add(i.get("id").asText()));
		return ids;
	}
}
