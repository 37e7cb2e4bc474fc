package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Payments;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;

/**
 * The staff's statistics page: a program's figures of the person's region (a city's reviewer sees its
 * city, the province's staff every city), the turnaround of each step in working days across a
 * weekend and the May Day holiday, the page's tables as a workbook and a program's year as a PDF.
 * In 2029, a year whose calendar no other test uses.
 */
class StatisticsPagesIntegrationTest extends IntegrationTestBase {

	private static final String EN = "lang=en";

	/** One program of 2029: what the test did, to compare the page with. */
	private record Year2029(World world, String program, String programName, Party taiyuan, BigDecimal redeemed) {
	}

	/**
	 * Friday 27 April 2029: a Taiyuan and a Datong enterprise apply; both are approved on Wednesday 2 May
	 * after a weekend and two days of holiday (one working day). The Taiyuan enterprise claims on 2 May,
	 * its institution confirms on Thursday 3 May (one), the bureau approves on Monday 7 May (two), and the
	 * claim is paid on Monday 14 May (five): eight working days from submission to payment.
	 */
	private Year2029 year2029() {
		// built once for the class's tests, which only read it: a world of this size costs CI seconds
		if (built == null) {
			built = build2029();
		}
		return built;
	}

	private static Year2029 built;

	private Year2029 build2029() {
		World w = world("2029-04-27T09:00:00+08:00");
		Response calendar = api.post("/api/v1/admin/calendar", w.admin,
				Api.obj("year", 2029, "holidays", List.of("2029-04-30", "2029-05-01"), "workdays", List.of()));
		assertThat(calendar.status()).as("calendar %s", calendar).isEqualTo(200);
		String program = w.program("1000000.00", "year", 2029, "applicationOpensOn", "2029-01-01",
				"applicationClosesOn", "2029-12-31", "validUntil", "2029-12-31");
		w.budget(program, World.DATONG, "1000000.00");
		Party institution = w.institution();
		Party taiyuan = w.enterprise();
		Party datong = w.enterprise("140212", "SMALL");
		Response taiyuanApplied = w.apply(taiyuan, program, "50000.00");
		Response datongApplied = w.apply(datong, program, "100000.00");
		assertThat(List.of(taiyuanApplied.status(), datongApplied.status())).containsOnly(201);

		w.setClock("2029-05-02T09:00:00+08:00");
		String voucher = decide(w, taiyuanApplied, w.reviewer);
		decide(w, datongApplied, w.datongReviewer);
		String contract = w.signedContract(taiyuan, institution, voucher, "80000.00");
		String claim = w.submittedClaim(taiyuan, contract, "80000.00");
		w.setClock("2029-05-03T09:00:00+08:00");
		assertThat(w.confirm(institution, claim).status()).isEqualTo(200);
		w.setClock("2029-05-07T09:00:00+08:00");
		Response approved = w.approveClaim(claim, null);
		assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", List.of(claim)));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		w.setClock("2029-05-14T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of()).status())
			.isEqualTo(200);
		Response paid = api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
				Api.obj("paidOn", "2029-05-14", "reference", "FIN-" + claim), Map.of("Idempotency-Key", "pay-" + claim));
		assertThat(paid.status()).as("pay %s", paid).isEqualTo(200);
		String name = api.get("/api/v1/programs/" + program, w.policyAdmin).text("name");
		return new Year2029(w, program, name, taiyuan, new BigDecimal(approved.text("approvedAmount")));
	}

	private String decide(World w, Response application, String reviewer) {
		Response approved = api.post("/api/v1/voucher-applications/" + application.text("id") + "/decision", reviewer,
				Api.obj("decision", "APPROVE", "reason", "ok"));
		assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
		return approved.text("voucherId");
	}

	/** The cells of a table row of the page, by the row's id, as text. */
	private static List<String> row(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("row %s", id).isTrue();
		return Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>").matcher(m.group(1)).results().map(r -> r.group(1)).toList();
	}

	@Test
	void staff_see_their_regions_figures_and_the_turnaround_in_working_days_and_download_them_as_a_workbook()
			throws Exception {
		Year2029 y = year2029();
		World w = y.world();
		String page = "/workspace/statistics?programId=" + y.program();
		PageVisitor province = Payments.signedIn(port, Payments.staff(w, World.PROVINCE, "SUPERVISOR"));

		String all = province.get(page + "&" + EN).body();
		assertThat(all).contains("Statistics", "Taiyuan", "Datong", "¥50,000.00", "¥100,000.00", "¥150,000.00",
				"¥" + String.format(Locale.ROOT, "%,.2f", y.redeemed()), "role=\"img\"", "<title id=\"amounts-svg-title\">",
				"href=\"/workspace/statistics\"", "format=xlsx",
				"/workspace/statistics/report.pdf?programId=" + y.program() + "&amp;year=2029")
			.doesNotContain("style=\"", "<script>");
		assertThat(row(all, "step-APPLICATION_DECISION")).containsExactly("Application: submitted to decided", "2",
				"1.0", "1");
		assertThat(row(all, "step-CLAIM_CONFIRMATION")).containsExactly(
				"Claim: submitted to confirmed by the institution", "1", "1.0", "1");
		assertThat(row(all, "step-CLAIM_DECISION")).endsWith("1", "2.0", "2");
		assertThat(row(all, "step-CLAIM_PAYMENT")).endsWith("1", "5.0", "5");
		assertThat(row(all, "step-CLAIM_TOTAL")).endsWith("1", "8.0", "8");
		// each city's turnaround apart: the claim is Taiyuan's
		assertThat(row(all, "turnaround-city-" + World.TAIYUAN)).startsWith("Taiyuan", "1.0 (1 files)")
			.endsWith("8.0 (1 files)");
		// per round: the program's one round, its files and the average working days of each step
		assertThat(all).contains("Per round");
		assertThat(row(all, "round-0")).startsWith("2029").contains("¥150,000.00").endsWith("1.0", "1.0", "2.0", "5.0",
				"8.0");

		PageVisitor city = Payments.signedIn(port, Payments.staff(w, World.TAIYUAN, "BUREAU_REVIEWER"));
		String taiyuan = city.get(page + "&" + EN).body();
		assertThat(taiyuan).contains("Figures of Taiyuan.", "¥50,000.00").doesNotContain("Datong", "¥100,000.00");
		assertThat(row(taiyuan, "step-APPLICATION_DECISION")).endsWith("1", "1.0", "1");
		assertThat(city.get("/workspace/statistics?programId=" + y.program() + "&from=2030&to=2030&" + EN).body())
			.contains("No voucher has been issued yet.");

		PageVisitor enterprise = Payments.signedIn(port, y.taiyuan().username());
		assertThat(enterprise.get(page).statusCode()).isEqualTo(403);
		assertThat(enterprise.get("/workspace?" + EN).body()).doesNotContain("href=\"/workspace/statistics\"");

		HttpResponse<byte[]> workbook = city.download(page + "&format=xlsx&" + EN);
		List<List<Object>> cities = Workbooks.rows(workbook);
		assertThat(cities.get(0)).startsWith("Region code", "Region", "Year", "Vouchers issued");
		// Taiyuan in 2029 and over all years, the total row's two: Datong is outside the reviewer's region
		assertThat(cities).hasSize(5);
		assertThat(cities.get(1)).startsWith(World.TAIYUAN, "太原市", 2029.0, 1.0, 50000.0, 1.0,
				y.redeemed().doubleValue(), 1.0, 1.0);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
			Sheet steps = book.getSheet("Turnaround");
			Row total = steps.getRow(5);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Claim: submitted to paid");
			assertThat(List.of(total.getCell(1).getNumericCellValue(), total.getCell(2).getNumericCellValue(),
					total.getCell(3).getNumericCellValue())).containsExactly(1.0, 8.0, 8.0);
		}
	}

	@Test
	void a_programs_year_is_a_pdf_report_with_its_title_program_figures_and_page_numbers_in_the_pages_language()
			throws Exception {
		Year2029 y = year2029();
		PageVisitor province = Payments.signedIn(port, Payments.staff(y.world(), World.PROVINCE, "POLICY_ADMIN"));
		String report = "/workspace/statistics/report.pdf?programId=" + y.program() + "&year=2029";

		HttpResponse<byte[]> english = province.download(report + "&" + EN);
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		assertThat(english.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".pdf");
		String text = text(english.body());
		assertThat(text).contains("Yearly statistics report", y.programName(), "Year: 2029", "¥150,000.00",
				"Turnaround in working days", "8.0", "Page 1");

		String chinese = text(province.download(report + "&lang=zh-CN").body());
		assertThat(chinese).contains("年度统计报告", "太原市", "大同市", "¥150,000.00", "第 1 页");
	}

	/**
	 * The words a PDF shows, in the order it writes them. The report's font (STSong-Light, UniGB-UCS2-H)
	 * writes each character as its UCS-2 code, which readers map back with the predefined CMap; OpenPDF's
	 * own PdfTextExtractor reads only fonts with a ToUnicode map, so the test reads the strings of the
	 * pages and of their charts (form XObjects) itself.
	 */
	private static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				shown(reader.getPageContent(page), text);
				PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
				PdfDictionary charts = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
				if (charts != null) {
					for (PdfName name : charts.getKeys()) {
						if (PdfReader.getPdfObject(charts.get(name)) instanceof PRStream chart) {
							shown(PdfReader.getStreamBytes(chart), text);
						}
					}
				}
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

	/** The strings of the text-showing operators (Tj, TJ) of a content stream, a line each. */
	private static void shown(byte[] content, StringBuilder text) throws Exception {
		PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
		ArrayList<PdfObject> operands = new ArrayList<>();
		while (!parser.parse(operands).isEmpty()) {
			String operator = operands.get(operands.size() - 1).toString();
			if ("Tj".equals(operator) && operands.get(0) instanceof PdfString string) {
				text.append(ucs2(string));
			}
			else if ("TJ".equals(operator) && operands.get(0) instanceof PdfArray array) {
				for (PdfObject element : array.getElements()) {
					if (element instanceof PdfString string) {
						text.append(ucs2(string));
					}
				}
			}
			if ("Tj".equals(operator) || "TJ".equals(operator)) {
				text.append('\n');
			}
		}
	}

	private static String ucs2(PdfString string) {
		return new String(string.getBytes(), StandardCharsets.UTF_16BE);
	}
}
