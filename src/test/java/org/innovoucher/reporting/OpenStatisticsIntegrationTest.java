package org.innovoucher.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The open table of cities by years over HTTP: claims paid across two years in Taiyuan and Datong
 * land in the year they were paid, vouchers in the year they were issued, with totals both ways; the
 * CSV and the workbook say the same, the workbook with numbers, not text.
 */
class OpenStatisticsIntegrationTest extends IntegrationTestBase {

	/** Two years of one program: what the test did, to compare the table with. */
	private record Year2(String program, Party institution, BigDecimal taiyuan2026, BigDecimal datong2027,
			BigDecimal taiyuan2027) {
	}

	private String voucher(World w, Party enterprise, String program, String denomination, String reviewer) {
		Response applied = w.apply(enterprise, program, denomination);
		assertThat(applied.status()).as("apply %s", applied).isEqualTo(201);
		Response approved = api.post("/api/v1/voucher-applications/" + applied.text("id") + "/decision", reviewer,
				Api.obj("decision", "APPROVE", "reason", "ok"));
		assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
		return approved.text("voucherId");
	}

	/** Contract, claim, confirmation, approval, a notice from Monday {@code monday} closed a week later, payment. */
	private BigDecimal paid(World w, Party enterprise, Party institution, String voucher, String reviewer,
			String region, String monday) {
		Response proposed = api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId",
				institution.id(), "voucherId", voucher, "title", "产品检测", "category", "TESTING_CERTIFICATION",
				"amount", "80000.00", "signedOn", monday));
		assertThat(proposed.status()).as("propose %s", proposed).isEqualTo(201);
		assertThat(api.post("/api/v1/contracts/" + proposed.text("id") + "/acceptance", institution.token(),
				Api.obj("accept", true)).status()).isEqualTo(200);
		String claim = w.submittedClaim(enterprise, proposed.text("id"), "80000.00");
		assertThat(w.confirm(institution, claim).status()).isEqualTo(200);
		Response approved = api.post("/api/v1/redemptions/" + claim + "/decision", reviewer,
				Api.obj("decision", "APPROVE", "reason", "ok"));
		assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", region, "redemptionIds", List.of(claim)));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		String nextMonday = java.time.LocalDate.parse(monday).plusDays(7).toString();
		w.setClock(nextMonday + "T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of()).status())
			.isEqualTo(200);
		Response payment = api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
				Api.obj("paidOn", nextMonday, "reference", "FIN-" + claim), Map.of("Idempotency-Key", "pay-" + claim));
		assertThat(payment.status()).as("pay %s", payment).isEqualTo(200);
		return new BigDecimal(approved.text("approvedAmount"));
	}

	/**
	 * 2026: a Taiyuan enterprise gets 50,000 and is paid; a Datong one gets 100,000. 2027: the Datong
	 * enterprise is paid on its voucher; a second Taiyuan enterprise gets 50,000 and is paid.
	 */
	private Year2 twoYears(World w) {
		String program = w.program("1000000.00", "applicationClosesOn", "2027-12-31", "validUntil", "2027-12-31");
		w.budget(program, World.DATONG, "1000000.00");
		Party institution = w.institution();
		Party taiyuan = w.enterprise();
		Party datong = w.enterprise("140212", "SMALL");
		String first = voucher(w, taiyuan, program, "50000.00", w.reviewer);
		BigDecimal taiyuan2026 = paid(w, taiyuan, institution, first, w.reviewer, World.TAIYUAN, "2026-03-02");
		String second = voucher(w, datong, program, "100000.00", w.datongReviewer);

		w.setClock("2027-03-01T09:00:00+08:00");
		BigDecimal datong2027 = paid(w, datong, institution, second, w.datongReviewer, World.DATONG, "2027-03-01");
		w.setClock("2027-03-08T09:00:00+08:00");
		Party later = w.enterprise();
		String third = voucher(w, later, program, "50000.00", w.reviewer);
		BigDecimal taiyuan2027 = paid(w, later, institution, third, w.reviewer, World.TAIYUAN, "2027-03-08");
		return new Year2(program, institution, taiyuan2026, datong2027, taiyuan2027);
	}

	private static BigDecimal amount(JsonNode node) {
		return new BigDecimal(node.asText());
	}

	private static String ratio(BigDecimal part, BigDecimal whole) {
		return part.divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
	}

	@Test
	void theTableCountsVouchersInTheirIssueYearAndClaimsInTheirPaymentYearWithTotalsBothWays() throws IOException {
		World w = world();
		Year2 y = twoYears(w);

		Response table = api.get("/api/v1/public/stats/years?programId=" + y.program(), null);
		assertThat(table.status()).as("table %s", table).isEqualTo(200);
		assertThat(table.body().get("years").toString()).isEqualTo("[2026,2027]");
		JsonNode cities = table.body().get("cities");
		assertThat(cities).hasSize(2);
		JsonNode taiyuan = cities.get(0);
		JsonNode datong = cities.get(1);
		assertThat(taiyuan.get("regionCode").asText()).isEqualTo(World.TAIYUAN);
		assertThat(datong.get("regionCode").asText()).isEqualTo(World.DATONG);

		JsonNode t2026 = taiyuan.get("years").get(0);
		assertThat(t2026.get("year").asInt()).isEqualTo(2026);
		assertThat(t2026.get("issuedCount").asLong()).isEqualTo(1);
		assertThat(amount(t2026.get("issuedAmount"))).isEqualByComparingTo("50000");
		assertThat(t2026.get("redeemedCount").asLong()).isEqualTo(1);
		assertThat(amount(t2026.get("redeemedAmount"))).isEqualByComparingTo(y.taiyuan2026());
		assertThat(t2026.get("ratioByAmount").asText()).isEqualTo(ratio(y.taiyuan2026(), new BigDecimal("50000")));
		assertThat(t2026.at("/outputs/testReports").asLong()).isEqualTo(3);

		JsonNode d2026 = datong.get("years").get(0);
		assertThat(amount(d2026.get("issuedAmount"))).isEqualByComparingTo("100000");
		assertThat(d2026.get("redeemedCount").asLong()).isZero();
		assertThat(d2026.get("ratioByEnterprise").asText()).isEqualTo("0.0000");
		JsonNode d2027 = datong.get("years").get(1);
		assertThat(d2027.get("issuedCount").asLong()).isZero();
		assertThat(amount(d2027.get("redeemedAmount"))).isEqualByComparingTo(y.datong2027());
		assertThat(d2027.has("ratioByAmount")).as("no ratio where nothing was issued").isFalse();
		JsonNode datongTotal = datong.get("total");
		assertThat(datongTotal.get("enterprisesIssued").asLong()).isEqualTo(1);
		assertThat(datongTotal.get("enterprisesRedeemed").asLong()).isEqualTo(1);
		assertThat(datongTotal.get("ratioByAmount").asText()).isEqualTo(ratio(y.datong2027(), new BigDecimal("100000")));

		JsonNode total = table.body().get("total");
		JsonNode total2027 = total.get("years").get(1);
		assertThat(total2027.get("issuedCount").asLong()).isEqualTo(1);
		assertThat(total2027.get("redeemedCount").asLong()).isEqualTo(2);
		assertThat(amount(total2027.get("redeemedAmount"))).isEqualByComparingTo(y.datong2027().add(y.taiyuan2027()));
		BigDecimal redeemed = y.taiyuan2026().add(y.datong2027()).add(y.taiyuan2027());
		assertThat(amount(total.at("/total/issuedAmount"))).isEqualByComparingTo("200000");
		assertThat(amount(total.at("/total/redeemedAmount"))).isEqualByComparingTo(redeemed);
		assertThat(total.at("/total/enterprisesIssued").asLong()).isEqualTo(3);
		assertThat(total.at("/total/outputs/softwareCopyrights").asLong()).isEqualTo(6);

		Response one = api.get("/api/v1/public/stats/years?programId=" + y.program() + "&from=2027&to=2027", null);
		assertThat(one.body().get("years").toString()).isEqualTo("[2027]");
		assertThat(one.body().at("/total/total/redeemedCount").asLong()).isEqualTo(2);
	}

	@Test
	void theInstitutionsRecognisedEachYearAndTheNewOnesAreCounted() {
		World w = world();
		String program = w.program("1000000.00");
		Response before = api.get("/api/v1/public/stats/years?programId=" + program + "&from=2026&to=2027", null);
		JsonNode before2026 = before.body().get("institutions").get(0);
		w.institution();
		w.setClock("2027-03-01T09:00:00+08:00");
		w.institution();

		Response after = api.get("/api/v1/public/stats/years?programId=" + program + "&from=2026&to=2027", null);
		JsonNode y2026 = after.body().get("institutions").get(0);
		JsonNode y2027 = after.body().get("institutions").get(1);
		assertThat(y2026.get("year").asInt()).isEqualTo(2026);
		assertThat(y2026.get("newlyRecognised").asLong()).isEqualTo(before2026.get("newlyRecognised").asLong() + 1);
		assertThat(y2026.get("recognised").asLong()).isEqualTo(before2026.get("recognised").asLong() + 1);
		assertThat(y2027.get("recognised").asLong()).isEqualTo(y2026.get("recognised").asLong()
				+ y2027.get("newlyRecognised").asLong());
	}

	@Test
	void theCsvAndTheWorkbookCarryTheSameFiguresInTheReadersLanguage() throws IOException {
		World w = world();
		Year2 y = twoYears(w);
		String query = "/api/v1/public/stats/years?programId=" + y.program();

		Response csv = api.get(query + "&format=csv&lang=zh-CN", null);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		List<String> lines = new String(csv.raw().body(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFF地区代码,地区,年度,发放数量（张）,发放金额（元）");
		// Taiyuan 2026, 2027, total; Datong 2026, 2027, total; the total row's three
		assertThat(lines).hasSize(10);
		assertThat(lines.get(1)).startsWith(World.TAIYUAN + ",").contains(",2026,1,50000.00,1,"
				+ y.taiyuan2026().setScale(2) + ",");
		assertThat(lines.get(9)).startsWith(",合计,合计,3,200000.00,3,");
		assertThat(new String(api.get(query + "&format=csv&lang=en", null).raw().body(), StandardCharsets.UTF_8))
			.startsWith("\uFEFFRegion code,Region,Year,Vouchers issued,Amount issued (yuan)");

		Response xlsx = api.get(query + "&format=xlsx&lang=en", null);
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.raw().body()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Amount issued (yuan)");
			Row datong2027 = sheet.getRow(5);
			assertThat(datong2027.getCell(0).getStringCellValue()).isEqualTo(World.DATONG);
			assertThat(datong2027.getCell(2).getNumericCellValue()).isEqualTo(2027);
			assertThat(datong2027.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(BigDecimal.valueOf(datong2027.getCell(6).getNumericCellValue()))
				.isEqualByComparingTo(y.datong2027());
			assertThat(datong2027.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			Row total = sheet.getRow(9);
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total");
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(200000.0);
			assertThat(total.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
			assertThat(book.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Recognised institutions");
		}
	}

	@Test
	void anUnknownProgramIsA404AndAnUpsideDownRangeA400() {
		assertProblem(api.get("/api/v1/public/stats/years?programId=no-such-program", null), 404, "NOT_FOUND");
		assertInvalid(api.get("/api/v1/public/stats/years?from=2027&to=2026", null), "to");
		assertProblem(api.get("/api/v1/public/stats/years?from=x", null), 400, "VALIDATION_FAILED");
	}
}
