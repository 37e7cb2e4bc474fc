package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.Arrays;
import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Regions, the working-day calendar and the adjustable clock. */
class ReferenceDataIntegrationTest extends IntegrationTestBase {

	@Test
	void regionsAreAPublicTreeWithAdministrativeDivisionCodes() {
		Response regions = api.get("/api/v1/regions", null);
		assertThat(regions.status()).isEqualTo(200);
		JsonNode shanxi = find(regions.body(), "140000");
		assertThat(shanxi).isNotNull();
		assertThat(shanxi.get("name").asText()).isEqualTo("山西省");
		assertThat(shanxi.get("nameEn").asText()).isNotBlank();
		assertThat(shanxi.get("level").asText()).isNotBlank();
		JsonNode taiyuan = find(shanxi.get("children"), "140100");
		assertThat(taiyuan).isNotNull();
		assertThat(find(taiyuan.get("children"), "140105")).isNotNull();
		assertThat(find(regions.body(), "540000")).isNotNull();
	}

	private static JsonNode find(JsonNode list, String code) {
		for (JsonNode node : list) {
			if (code.equals(node.path("code").asText())) {
				return node;
			}
		}
		return null;
	}

	@Test
	void deadlinesCountWorkingDaysOfTheOfficialCalendar() {
		World w = world("2027-09-27T09:00:00+08:00");
		// National Day week 2027: 1 to 7 October off, Saturday 9 October worked
		Response calendar = api.post("/api/v1/admin/calendar", w.admin, Api.obj("year", 2027, "holidays",
				List.of("2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"), "workdays",
				List.of("2027-10-09")));
		assertThat(calendar.status()).isEqualTo(200);
		String program = w.program("1000000.00", "year", 2027, "applicationOpensOn", "2027-01-01",
				"applicationClosesOn", "2027-12-31", "validUntil", "2027-12-31", "reviewWorkingDays", 5);
		Response applied = w.apply(w.enterprise(), program, "50000.00");
		assertThat(applied.status()).as("%s", applied).isEqualTo(201);
		// Mon 27 Sep: 28, 29, 30 Sep, then 1-7 Oct off (weekend included), Fri 8 Oct, and Sat 9 Oct is worked
		assertThat(applied.text("reviewDueOn")).isEqualTo("2027-10-09");
		Response year = api.get("/api/v1/calendar/2027", null);
		assertThat(year.status()).isEqualTo(200);
	}

	@Test
	void onlyTheSystemAdministratorMaintainsTheCalendarAndItsInputIsChecked() {
		World w = world();
		assertProblem(api.post("/api/v1/admin/calendar", w.operator, Api.obj("year", 2030)), 403, "FORBIDDEN");
		assertProblem(api.post("/api/v1/admin/calendar", null, Api.obj("year", 2030)), 401, "UNAUTHENTICATED");
		assertInvalid(api.post("/api/v1/admin/calendar", w.admin, Api.obj("year", 1900)), "year");
		assertInvalid(api.post("/api/v1/admin/calendar", w.admin, Api.obj("holidays", List.of())), "year");
		assertProblem(api.post("/api/v1/admin/calendar", w.admin, Api.obj("year", 2030, "holidays",
				List.of("2030-02-30"))), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/admin/calendar", w.admin, Api.obj("year", 2030, "holidays",
				Arrays.asList("2030-10-01", null))), 400, "VALIDATION_FAILED");
		assertProblem(api.post("/api/v1/admin/calendar", w.admin, Api.obj("year", 2030, "holidays",
				List.of("2031-10-01"))), 400, "VALIDATION_FAILED");
	}

	@Test
	void theClockMovesOnlyForTheSystemAdministrator() {
		World w = world();
		Party enterprise = w.enterprise();
		assertProblem(api.post("/api/v1/admin/clock", w.operator, Api.obj("now", "2026-06-01T09:00:00+08:00")), 403,
				"FORBIDDEN");
		assertProblem(api.post("/api/v1/admin/clock", enterprise.token(), Api.obj("now", "2026-06-01T09:00:00+08:00")),
				403, "FORBIDDEN");
		assertInvalid(api.post("/api/v1/admin/clock", w.admin, Api.obj("now", "tomorrow")), "now");
		assertInvalid(api.post("/api/v1/admin/clock", w.admin, Api.obj()), "now");
		Response moved = api.post("/api/v1/admin/clock", w.admin, Api.obj("now", "2026-06-01T09:00:00+08:00"));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.text("today")).isEqualTo("2026-06-01");
		Response clock = api.get("/api/v1/clock", null);
		assertThat(clock.text("today")).isEqualTo("2026-06-01");
		assertThat(clock.body().get("adjustable").asBoolean()).isTrue();
	}
}
