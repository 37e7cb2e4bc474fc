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
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** Institution registration, recognition by an operator, the service catalog and its search. */
class InstitutionIntegrationTest extends IntegrationTestBase {

	@Test
	void aRegisteredInstitutionWaitsForRecognitionAndIsHiddenUntilThen() {
		World w = world();
		String username = TestData.username("inst");
		Response registered = api.post("/api/v1/registrations/institutions", null,
				w.institutionBody(username, TestData.uscc(World.TAIYUAN), World.TAIYUAN, List.of("TESTING_CERTIFICATION")));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.text("status")).isEqualTo("PENDING_RECOGNITION");
		String id = registered.text("institutionId");
		assertThat(registered.text("userId")).isNotBlank();

		assertProblem(api.get("/api/v1/institutions/" + id, null), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/institutions/" + id, w.enterprise().token()), 404, "NOT_FOUND");
		String own = World.login(api, username, World.PASSWORD);
		assertThat(api.get("/api/v1/institutions/" + id, own).text("status")).isEqualTo("PENDING_RECOGNITION");
		assertThat(api.get("/api/v1/institutions/" + id, w.operator).status()).isEqualTo(200);

		Response recognised = api.post("/api/v1/institutions/" + id + "/recognition", w.operator,
				Api.obj("decision", "APPROVE", "reason", "CMA valid"));
		assertThat(recognised.status()).isEqualTo(200);
		assertThat(recognised.text("status")).isEqualTo("RECOGNISED");
		Response open = api.get("/api/v1/institutions/" + id, null);
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.text("status")).isEqualTo("RECOGNISED");
		assertThat(open.body().get("categories")).extracting(c -> c.asText()).containsExactly("TESTING_CERTIFICATION");
		assertThat(open.text("type")).isEqualTo("TESTING_CERTIFICATION");
		assertThat(open.text("regionCode")).isEqualTo(World.TAIYUAN);
	}

	@Test
	void recognitionIsDecidedByAnOperatorOnly() {
		World w = world();
		Party pending = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		String path = "/api/v1/institutions/" + pending.id() + "/recognition";
		Map<String, Object> approve = Api.obj("decision", "APPROVE", "reason", "ok");
		assertProblem(api.post(path, w.reviewer, approve), 403, "FORBIDDEN");
		assertProblem(api.post(path, w.datongReviewer, approve), 403, "FORBIDDEN");
		assertProblem(api.post(path, w.policyAdmin, approve), 403, "FORBIDDEN");
		assertProblem(api.post(path, w.enterprise().token(), approve), 403, "FORBIDDEN");
		assertProblem(api.post(path, pending.token(), approve), 403, "FORBIDDEN");
		assertProblem(api.post(path, null, approve), 401, "UNAUTHENTICATED");
		assertProblem(api.post(path, w.operator, Api.obj("decision", "MAYBE", "reason", "?")), 400, "VALIDATION_FAILED");
		assertInvalid(api.post(path, w.operator, Api.obj("reason", "?")), "decision");
		assertProblem(api.post("/api/v1/institutions/no-such-institution/recognition", w.operator, approve), 404,
				"NOT_FOUND");

		Response rejected = api.post(path, w.operator, Api.obj("decision", "REJECT", "reason", "no CMA"));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.text("status")).isEqualTo("REJECTED");
		// a rejected application is not approved afterwards
		assertProblem(api.post(path, w.operator, approve), 409, "INVALID_STATE");
	}

	@Test
	void aCityOperatorDecidesOnlyForItsOwnRegion() {
		World w = world();
		Party pending = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		String datongOperator = w.staff("OPERATOR", World.DATONG);
		assertProblem(api.post("/api/v1/institutions/" + pending.id() + "/recognition", datongOperator,
				Api.obj("decision", "APPROVE", "reason", "ok")), 404, "NOT_FOUND");
	}

	@Test
	void institutionRegistrationChecksItsInput() {
		World w = world();
		Party existing = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		assertProblem(api.post("/api/v1/registrations/institutions", null, w.institutionBody(TestData.username("inst"),
				existing.uscc(), World.TAIYUAN, List.of("TESTING_CERTIFICATION"))), 409, "DUPLICATE_USCC");
		assertProblem(api.post("/api/v1/registrations/institutions", null, w.institutionBody(TestData.username("inst"),
				"91140100MA0000000X", World.TAIYUAN, List.of("TESTING_CERTIFICATION"))), 400, "INVALID_USCC");
		assertInvalid(api.post("/api/v1/registrations/institutions", null, w.institutionBody(TestData.username("inst"),
				TestData.uscc(), World.TAIYUAN, List.of())), "institution.categories");
		assertProblem(api.post("/api/v1/registrations/institutions", null, w.institutionBody(TestData.username("inst"),
				TestData.uscc(), World.TAIYUAN, List.of("ALCHEMY"))), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/registrations/institutions", null, w.institutionBody(TestData.username("inst"),
				TestData.uscc(), World.TAIYUAN, Arrays.asList("TESTING_CERTIFICATION", null))), 400, "VALIDATION_FAILED");
	}

	private Response addService(Party institution, String title, String category, String description) {
		return api.post("/api/v1/institutions/" + institution.id() + "/services", institution.token(),
				Api.obj("title", title, "category", category, "description", description, "price", "8000.00",
						"priceUnit", "次", "leadTimeDays", 10));
	}

	@Test
	void anInstitutionKeepsItsOwnCatalog() {
		World w = world();
		Party institution = w.institution();
		Response added = addService(institution, "电磁兼容检测", "TESTING_CERTIFICATION", "EMC test to GB/T 17626");
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.text("id")).isNotBlank();
		assertThat(added.text("price")).isEqualTo("8000.00");
		assertProblem(addService(institution, "专利代理", "INTELLECTUAL_PROPERTY", "patent filing"), 409,
				"CATEGORY_NOT_COVERED");
		Party other = w.institution();
		assertProblem(api.post("/api/v1/institutions/" + institution.id() + "/services", other.token(),
				Api.obj("title", "x", "category", "TESTING_CERTIFICATION", "description", "x", "price", "1.00",
						"priceUnit", "次", "leadTimeDays", 1)), 403, "FORBIDDEN");
		assertInvalid(api.post("/api/v1/institutions/" + institution.id() + "/services", institution.token(),
				Api.obj("title", "x", "category", "TESTING_CERTIFICATION", "description", "x", "price", "1.00",
						"priceUnit", "次", "leadTimeDays", -1)), "leadTimeDays");
		assertProblem(api.post("/api/v1/institutions/" + institution.id() + "/services", institution.token(),
				Api.obj("title", "x", "category", "TESTING_CERTIFICATION", "description", "x", "price", "1.001",
						"priceUnit", "次", "leadTimeDays", 1)), 400, "VALIDATION_FAILED");
		assertInvalid(api.post("/api/v1/institutions/" + institution.id() + "/services", institution.token(),
				Api.obj("title", "x", "category", "TESTING_CERTIFICATION", "description", "x", "price", "-1.00",
						"priceUnit", "次", "leadTimeDays", 1)), "price");
	}

	@Test
	void theCatalogFindsChineseAndEnglishWordsOfRecognisedInstitutionsOnly() {
		World w = world();
		String marker = "标记" + TestData.username("m").replace("-", "");
		Party recognised = w.institution();
		Party pending = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		assertThat(addService(recognised, "新能源汽车电池安全检测 " + marker, "TESTING_CERTIFICATION",
				"Battery safety testing for electric vehicles").status()).isEqualTo(201);
		assertThat(addService(recognised, "材料成分分析 " + marker, "TESTING_CERTIFICATION", "Chemical analysis")
			.status()).isEqualTo(201);
		assertThat(addService(pending, "电池检测 " + marker, "TESTING_CERTIFICATION", "hidden").status()).isEqualTo(201);

		Response both = api.get("/api/v1/services?q=" + enc(marker), null);
		assertThat(both.status()).isEqualTo(200);
		assertThat(both.body().get("total").asLong()).isEqualTo(2);
		assertThat(both.body().get("page").asInt()).isZero();
		assertThat(both.body().get("size").asInt()).isEqualTo(20);

		Response chinese = api.get("/api/v1/services?q=" + enc("电池 " + marker), null);
		assertThat(chinese.body().get("total").asLong()).isEqualTo(1);
		assertThat(chinese.body().get("items").get(0).get("title").asText()).startsWith("新能源汽车电池");
		assertThat(chinese.body().get("items").get(0).get("institutionId").asText()).isEqualTo(recognised.id());

		Response english = api.get("/api/v1/services?q=" + enc("BATTERY " + marker), null);
		assertThat(english.body().get("total").asLong()).isEqualTo(1);

		Response none = api.get("/api/v1/services?q=" + enc("不存在的服务 " + marker), null);
		assertThat(none.body().get("total").asLong()).isZero();
		assertThat(api.get("/api/v1/services?q=" + enc(marker) + "&category=INTELLECTUAL_PROPERTY", null).body()
			.get("total").asLong()).isZero();
		assertThat(api.get("/api/v1/services?q=" + enc(marker) + "&regionCode=140200", null).body().get("total")
			.asLong()).isZero();
		assertThat(api.get("/api/v1/services?q=" + enc(marker) + "&regionCode=140000", null).body().get("total")
			.asLong()).isEqualTo(2);
		Response paged = api.get("/api/v1/services?q=" + enc(marker) + "&page=1&size=1", null);
		assertThat(paged.body().get("items")).hasSize(1);
		assertThat(paged.body().get("page").asInt()).isEqualTo(1);
		// wildcards are words, not patterns
		assertThat(api.get("/api/v1/services?q=" + enc("% " + marker), null).body().get("total").asLong()).isZero();

		assertProblem(api.get("/api/v1/services?category=ALCHEMY", null), 400, "VALIDATION_FAILED");
		assertProblem(api.get("/api/v1/services?regionCode=999999", null), 400, "VALIDATION_FAILED");
		assertInvalid(api.get("/api/v1/services?size=0", null), "size");
		assertInvalid(api.get("/api/v1/services?size=100000", null), "size");
		assertInvalid(api.get("/api/v1/services?page=-1", null), "page");
		assertInvalid(api.get("/api/v1/services?page=abc", null), "page");
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
