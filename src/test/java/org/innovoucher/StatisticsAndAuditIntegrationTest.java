package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Statistics per region for staff and the public, and the audit trail's queries. */
class StatisticsAndAuditIntegrationTest extends IntegrationTestBase {

	private static JsonNode row(Response stats, String region) {
		for (JsonNode row : stats.body().get("rows")) {
			if (region.equals(row.get("regionCode").asText())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + region + " in " + stats);
	}

	@Test
	void issuedAndRedeemedFiguresPerCity() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		Scenarios.paid(d, "40000.00");
		w.voucher(w.enterprise(), d.programId(), "100000.00");

		Response stats = api.get("/api/v1/stats/programs/" + d.programId() + "?groupBy=region", w.policyAdmin);
		assertThat(stats.status()).isEqualTo(200);
		JsonNode taiyuan = row(stats, World.TAIYUAN);
		assertThat(taiyuan.get("issuedCount").asLong()).isEqualTo(2);
		assertThat(taiyuan.get("issuedAmount").asText()).isEqualTo("150000.00");
		assertThat(taiyuan.get("redeemedCount").asLong()).isEqualTo(1);
		assertThat(taiyuan.get("redeemedAmount").asText()).isEqualTo("40000.00");
		assertThat(taiyuan.get("enterprisesIssued").asLong()).isEqualTo(2);
		assertThat(taiyuan.get("enterprisesRedeemed").asLong()).isEqualTo(1);
		assertThat(new java.math.BigDecimal(taiyuan.get("ratioByAmount").asText()))
			.isEqualByComparingTo(new java.math.BigDecimal("0.2667"));

		// the outputs the paid claim reported, and its turnaround: all on Monday, paid a week later
		assertThat(taiyuan.at("/outputs/inventionPatents").asLong()).isEqualTo(1);
		assertThat(taiyuan.at("/outputs/softwareCopyrights").asLong()).isEqualTo(2);
		assertThat(taiyuan.at("/outputs/testReports").asLong()).isEqualTo(3);
		assertThat(taiyuan.at("/turnaroundDays/confirmation").asText()).isEqualTo("0.0");
		assertThat(taiyuan.at("/turnaroundDays/payment").asText()).isEqualTo("7.0");
		assertThat(taiyuan.at("/turnaroundDays/total").asText()).isEqualTo("7.0");
		assertThat(taiyuan.at("/turnaroundWorkingDays/payment").asText()).as("a week is five working days")
			.isEqualTo("5.0");
		assertThat(stats.body().at("/total/outputs/newProducts").asLong()).isEqualTo(1);

		// the same table as a spreadsheet
		Response csv = api.get("/api/v1/stats/programs/" + d.programId() + "?format=csv", w.policyAdmin);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		String[] lines = new String(csv.raw().body(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).startsWith("\uFEFFregionCode,regionName,issuedCount,issuedAmount");
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("140100,太原市,2,150000.00,1,40000.00,2,1,0.2667"));
		assertThat(lines[lines.length - 1]).startsWith(",合计 Total,");
		assertProblem(api.get("/api/v1/stats/programs/" + d.programId() + "?format=csv", d.enterprise().token()), 403,
				"FORBIDDEN");
		Response openCsv = api.get("/api/v1/public/stats?format=csv&programId=" + d.programId(), null);
		assertThat(openCsv.status()).isEqualTo(200);
		assertThat(openCsv.contentType()).startsWith("text/csv");

		Response city = api.get("/api/v1/stats/programs/" + d.programId(), w.reviewer);
		assertThat(city.status()).isEqualTo(200);
		assertThat(row(city, World.TAIYUAN).get("issuedCount").asLong()).isEqualTo(2);
		Response datong = api.get("/api/v1/stats/programs/" + d.programId(), w.datongReviewer);
		for (JsonNode r : datong.body().get("rows")) {
			assertThat(r.get("regionCode").asText()).isNotEqualTo(World.TAIYUAN);
		}

		Response open = api.get("/api/v1/public/stats?programId=" + d.programId(), null);
		assertThat(open.status()).isEqualTo(200);
		assertThat(row(open, World.TAIYUAN).get("redeemedAmount").asText()).isEqualTo("40000.00");
	}

	@Test
	void statisticsOfAnUnknownProgramAre404AndTheyAreForStaff() {
		World w = world();
		String program = w.program("1000.00");
		assertProblem(api.get("/api/v1/stats/programs/no-such-program", w.policyAdmin), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/public/stats?programId=no-such-program", null), 404, "NOT_FOUND");
		assertProblem(api.get("/api/v1/stats/programs/" + program, w.enterprise().token()), 403, "FORBIDDEN");
		assertProblem(api.get("/api/v1/stats/programs/" + program, null), 401, "UNAUTHENTICATED");
		assertInvalid(api.get("/api/v1/stats/programs/" + program + "?groupBy=planet", w.policyAdmin), "groupBy");
		assertInvalid(api.get("/api/v1/public/stats?year=last", null), "year");
		Response empty = api.get("/api/v1/stats/programs/" + program, w.policyAdmin);
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body().get("rows").isArray()).isTrue();
	}

	@Test
	void theAuditTrailIsForStaffAndPaged() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		Response entries = api.get("/api/v1/audit?entityType=VOUCHER&entityId=" + d.voucherId() + "&page=0&size=1",
				w.supervisor);
		assertThat(entries.status()).isEqualTo(200);
		assertThat(entries.body().get("items")).hasSize(1);
		assertThat(entries.body().get("total").asLong()).isGreaterThanOrEqualTo(1);
		JsonNode entry = entries.body().get("items").get(0);
		assertThat(entry.get("action").asText()).isEqualTo("VOUCHER_ISSUED");
		assertThat(entry.get("entityId").asText()).isEqualTo(d.voucherId());
		assertThat(entry.get("to").asText()).isEqualTo("ISSUED");
		assertThat(entry.get("actor").asText()).startsWith("bureau_reviewer-");
		assertInvalid(api.get("/api/v1/audit?size=500", w.supervisor), "size");
		assertProblem(api.get("/api/v1/audit", d.institution().token()), 403, "FORBIDDEN");
		assertProblem(api.get("/api/v1/audit", null), 401, "UNAUTHENTICATED");
		Response verified = api.get("/api/v1/audit/verification", w.admin);
		assertThat(verified.body().get("valid").asBoolean()).isTrue();
		assertThat(verified.body().get("entries").asLong()).isPositive();
	}

	@Test
	void openStatisticsNeedNoAccountAndFilterByYear() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		Response all = api.get("/api/v1/public/stats", null);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.body().get("total").get("issuedCount").asLong()).isPositive();
		Response year = api.get("/api/v1/public/stats?year=2026", null);
		assertThat(row(year, World.TAIYUAN).get("issuedCount").asLong()).isPositive();
		Response none = api.get("/api/v1/public/stats?year=1999", null);
		assertThat(none.body().get("total").get("issuedCount").asLong()).isZero();
		assertThat(d.programId()).isNotBlank();
	}
}
