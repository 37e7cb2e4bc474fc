package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertClientError;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a 4xx problem with a stable code, never a 500. */
class BadInputIntegrationTest extends IntegrationTestBase {

	@Test
	void malformedJsonIsA400NamingTheBody() {
		World w = world();
		Response broken = assertInvalid(api.postRaw("/api/v1/programs", w.policyAdmin, "{\"name\": "), "body");
		assertThat(broken.text("detail")).isNotBlank().doesNotContain("Exception").doesNotContain("com.fasterxml");
		assertInvalid(api.postRaw("/api/v1/registrations/enterprises", null, "not json at all"), "body");
		assertInvalid(api.postRaw("/api/v1/auth/token", null, ""), "body");
		assertProblem(api.postRaw("/api/v1/auth/token", null, "[]"), 400, "VALIDATION_FAILED");
		assertProblem(api.postRaw("/api/v1/auth/token", null, "42"), 400, "VALIDATION_FAILED");
	}

	@Test
	void wronglyTypedFieldsAreNamed() {
		World w = world();
		Response typed = assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("reviewWorkingDays",
				"ten")), "reviewWorkingDays");
		assertThat(typed.text("detail")).startsWith("reviewWorkingDays");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("applicationOpensOn", "2026-13-01")),
				"applicationOpensOn");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("denominations", List.of("5e4"))),
				"denominations[0]");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("techSmeRequired", Map.of())),
				"techSmeRequired");
		assertInvalid(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(TestData.username("e"), TestData.uscc(), World.XIAODIAN, "HUGE")), "enterprise.sizeClass");
	}

	@Test
	void moneyIsAStringWithAtMostTwoDecimalsAndSaneSize() {
		World w = world();
		String id = api.post("/api/v1/programs", w.policyAdmin, w.programBody()).text("id");
		String path = "/api/v1/programs/" + id + "/budgets";
		assertInvalid(api.post(path, w.policyAdmin, Api.obj("regionCode", World.TAIYUAN, "amount", "1.005")), "amount");
		assertInvalid(api.post(path, w.policyAdmin, Api.obj("regionCode", World.TAIYUAN, "amount", "abc")), "amount");
		assertInvalid(api.post(path, w.policyAdmin, Api.obj("regionCode", World.TAIYUAN, "amount", "")), "amount");
		assertInvalid(api.post(path, w.policyAdmin, Api.obj("regionCode", World.TAIYUAN, "amount", "1" + "0".repeat(40)
				+ ".00")), "amount");
		assertInvalid(api.post(path, w.policyAdmin, Api.obj("regionCode", World.TAIYUAN, "amount", "NaN")), "amount");
	}

	@Test
	void anUnknownEnumValueIsNamedWithTheAllowedValues() {
		World w = world();
		Response cycle = assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("cycle", "FORTNIGHTLY")),
				"cycle");
		assertThat(cycle.body().get("errors").get(0).get("message").asText()).contains("ANNUAL").contains("MONTHLY");
		Response category = assertInvalid(api.post("/api/v1/programs", w.policyAdmin,
				w.programBody("serviceCategories", List.of("ALCHEMY"))), "serviceCategories[0]");
		assertThat(category.text("detail")).contains("TESTING_CERTIFICATION");
	}

	@Test
	void unknownFieldsAreIgnored() {
		World w = world();
		Map<String, Object> body = w.programBody("colour", "blue", "nested", Map.of("a", 1));
		Response created = api.post("/api/v1/programs", w.policyAdmin, body);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().has("colour")).isFalse();
	}

	@Test
	void oversizedValuesAreRefused() {
		World w = world();
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("name", "名".repeat(201))), "name");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("year", 1_000_000)), "year");
		assertInvalid(api.post("/api/v1/programs", w.policyAdmin, w.programBody("reviewWorkingDays", 100_000)),
				"reviewWorkingDays");
		assertProblem(api.post("/api/v1/programs", w.policyAdmin, w.programBody("year", 99999999999L)), 400,
				"VALIDATION_FAILED");
		assertClientError(api.post("/api/v1/auth/token", null, Api.obj("username", "u".repeat(100_000), "password",
				"p")));
	}

	@Test
	void unknownIdsAre404Everywhere() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String token = w.admin;
		for (String path : List.of("/api/v1/enterprises/x", "/api/v1/institutions/x", "/api/v1/programs/x",
				"/api/v1/programs/x/ledger", "/api/v1/voucher-applications/x", "/api/v1/vouchers/x", "/api/v1/contracts/x",
				"/api/v1/redemptions/x", "/api/v1/redemptions/x/attachments", "/api/v1/public/notices/x",
				"/api/v1/services/x", "/api/v1/stats/programs/x", "/api/v1/no-such-endpoint")) {
			assertProblem(api.get(path, token), 404, "NOT_FOUND");
		}
		assertProblem(api.get("/api/v1/redemptions/x/attachments/y", d.enterprise().token()), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/contracts/x/acceptance", d.institution().token(), Api.obj("accept", true)), 404,
				"NOT_FOUND");
		assertProblem(api.post("/api/v1/redemptions/x/submit", d.enterprise().token(), Map.of()), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/redemptions/x/confirmation", d.institution().token(), Api.obj("confirm", true)),
				404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/voucher-applications/x/withdrawal", d.enterprise().token(), Map.of()), 404,
				"NOT_FOUND");
	}

	@Test
	void wrongMethodsAndMediaTypesAreProblemsToo() throws Exception {
		World w = world();
		assertClientError(api.delete("/api/v1/programs", w.policyAdmin));
		assertThat(api.delete("/api/v1/programs", w.policyAdmin).status()).isEqualTo(405);
		HttpResponse<String> xml = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/programs"))
			.header("Authorization", "Bearer " + w.policyAdmin)
			.header("Content-Type", "application/xml")
			.POST(HttpRequest.BodyPublishers.ofString("<program/>"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(xml.statusCode()).isEqualTo(415);
		assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(Api.json().readTree(xml.body()).get("code").asText()).isNotBlank();
	}

	@Test
	void garbageBodiesNeverCauseA500() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String claim = w.claim(d.enterprise(), d.contractId(), "40000.00").text("id");
		Map<String, String> pathsAndTokens = new java.util.LinkedHashMap<>();
		pathsAndTokens.put("/api/v1/auth/token", "");
		pathsAndTokens.put("/api/v1/admin/users", w.admin);
		pathsAndTokens.put("/api/v1/admin/calendar", w.admin);
		pathsAndTokens.put("/api/v1/admin/clock", w.admin);
		pathsAndTokens.put("/api/v1/registrations/enterprises", "");
		pathsAndTokens.put("/api/v1/registrations/institutions", "");
		pathsAndTokens.put("/api/v1/institutions/" + d.institution().id() + "/recognition", w.operator);
		pathsAndTokens.put("/api/v1/institutions/" + d.institution().id() + "/services", d.institution().token());
		pathsAndTokens.put("/api/v1/programs", w.policyAdmin);
		pathsAndTokens.put("/api/v1/programs/" + d.programId() + "/budgets", w.policyAdmin);
		pathsAndTokens.put("/api/v1/voucher-applications", d.enterprise().token());
		pathsAndTokens.put("/api/v1/enterprises/" + d.enterprise().id() + "/delegations", d.enterprise().token());
		pathsAndTokens.put("/api/v1/contracts", d.enterprise().token());
		pathsAndTokens.put("/api/v1/contracts/" + d.contractId() + "/acceptance", d.institution().token());
		pathsAndTokens.put("/api/v1/redemptions", d.enterprise().token());
		pathsAndTokens.put("/api/v1/redemptions/" + claim + "/confirmation", d.institution().token());
		pathsAndTokens.put("/api/v1/redemptions/" + claim + "/decision", w.reviewer);
		pathsAndTokens.put("/api/v1/redemptions/" + claim + "/payment", w.finance);
		pathsAndTokens.put("/api/v1/redemptions/" + claim + "/clawback", w.supervisor);
		pathsAndTokens.put("/api/v1/redemptions/" + claim + "/recovery", w.finance);
		pathsAndTokens.put("/api/v1/public-notices", w.operator);
		pathsAndTokens.put("/api/v1/objections/x/resolution", w.operator);
		pathsAndTokens.put("/api/v1/contracts/" + d.contractId() + "/closing", d.institution().token());
		pathsAndTokens.put("/api/v1/vouchers/" + d.voucherId() + "/revocation", w.operator);
		pathsAndTokens.put("/api/v1/voucher-applications/x/resubmission", d.enterprise().token());
		pathsAndTokens.put("/api/v1/public/notices/x/objections", "");
		List<String> bodies = List.of("", "{", "null", "[]", "[null]", "\"text\"", "{}", "{\"a\":{\"b\":[1,2,{}]}}",
				"{\"name\":null,\"roles\":[null],\"categories\":[null],\"denominations\":[null],\"redemptionIds\":[null],"
						+ "\"holidays\":[null],\"serviceCategories\":[null],\"enterprise\":{},\"institution\":{}}",
				"{\"year\":\"x\",\"amount\":{},\"decision\":\"\",\"accept\":\"maybe\",\"upheld\":7,\"now\":\"\"}");
		for (String body : bodies) {
			for (String put : List.of("/api/v1/programs/" + d.programId(), "/api/v1/redemptions/" + claim)) {
				Response response = api.put(put, put.contains("programs") ? w.policyAdmin : d.enterprise().token(), body);
				assertThat(response.status()).as("PUT %s with %s: %s", put, body, response).isBetween(400, 499);
				assertThat(response.contentType()).startsWith("application/problem+json");
			}
		}
		for (Map.Entry<String, String> target : pathsAndTokens.entrySet()) {
			for (String body : bodies) {
				Response response = api.postRaw(target.getKey(), target.getValue().isEmpty() ? null : target.getValue(),
						body);
				assertThat(response.status()).as("POST %s with %s: %s", target.getKey(), body, response)
					.isBetween(400, 499);
				assertThat(response.contentType()).as("POST %s with %s", target.getKey(), body)
					.startsWith("application/problem+json");
				assertThat(response.code()).as("POST %s with %s: %s", target.getKey(), body, response).isNotBlank();
			}
		}
	}

	@Test
	void badQueryParametersAreNamed() {
		World w = world();
		for (String path : List.of("/api/v1/audit?page=x", "/api/v1/audit?size=0", "/api/v1/voucher-applications?status=x",
				"/api/v1/voucher-applications?page=-1", "/api/v1/redemptions?page=99999999999", "/api/v1/programs?size=x",
				"/api/v1/public/notices?page=x", "/api/v1/public/stats?year=99999999999",
				"/api/v1/calendar/abc", "/api/v1/notifications?size=1000", "/api/v1/institutions?page=x",
				"/api/v1/institutions?status=x", "/api/v1/enterprises?size=0", "/api/v1/enterprises?status=x",
				"/api/v1/public/stats?format=csv&year=x")) {
			Response response = api.get(path, w.supervisor);
			assertProblem(response, 400, "VALIDATION_FAILED");
		}
		// a huge page is simply empty
		Response far = api.get("/api/v1/services?page=100000000&size=200", null);
		assertThat(far.status()).isEqualTo(200);
		assertThat(far.body().get("items")).isEmpty();
		Response sql = api.get("/api/v1/services?q=" + java.net.URLEncoder.encode("'; drop table service_item; --",
				java.nio.charset.StandardCharsets.UTF_8), null);
		assertThat(sql.status()).isEqualTo(200);
		// a NUL character in a stored text: PostgreSQL cannot hold it, which is the input's fault (400)
		Map<String, Object> body = w.enterpriseBody(org.innovoucher.support.TestData.username("nul"),
				org.innovoucher.support.TestData.uscc(World.TAIYUAN), World.TAIYUAN, "SMALL");
		@SuppressWarnings("unchecked")
		Map<String, Object> enterprise = (Map<String, Object>) body.get("enterprise");
		enterprise.put("name", "零\u0000字节");
		Response stored = api.post("/api/v1/registrations/enterprises", null, body);
		assertThat(stored.status()).as("%s", stored).isIn(201, 400);
		if (stored.status() == 400) {
			assertThat(stored.code()).isEqualTo("VALIDATION_FAILED");
		}
		for (String list : List.of("/api/v1/institutions?q=", "/api/v1/enterprises?q=")) {
			Response odd = api.get(list + java.net.URLEncoder.encode("%_'\\\u0000 ' or 1=1 --",
					java.nio.charset.StandardCharsets.UTF_8), w.supervisor);
			assertThat(odd.status()).as("%s", odd).isIn(200, 400);
			if (odd.status() == 400) {
				assertThat(odd.code()).isEqualTo("VALIDATION_FAILED");
			}
		}
	}
}
