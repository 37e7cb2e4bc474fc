package org.innovoucher.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovoucher.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The open statistics table as downloads: one line per city and year, then the city's total over the
 * years, the total row last; headers in the reader's language. The workbook keeps amounts, counts and
 * ratios as numbers (amounts with a money format, ratios as percentages) so that they add up in a
 * spreadsheet, and has the institutions on a second sheet; the staff's workbook has the turnaround
 * of each step on a third.
 */
@Component
public class OpenStatisticsFiles {

	private static final List<String> COLUMNS = List.of("regionCode", "region", "year", "issuedCount", "issuedAmount",
			"redeemedCount", "redeemedAmount", "enterprisesIssued", "enterprisesRedeemed", "ratioByAmount",
			"ratioByEnterprise", "inventionPatents", "utilityModels", "designPatents", "trademarks",
			"softwareCopyrights", "newProducts", "testReports");
	private static final int FIRST_AMOUNT = 4;
	private static final int SECOND_AMOUNT = 6;
	private static final int FIRST_RATIO = 9;

	private final MessageSource messages;

	OpenStatisticsFiles(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] csv(OpenStatistics.Table table, Locale locale) {
		Csv csv = new Csv().row(headers(locale));
		for (List<Object> line : lines(table, locale)) {
			csv.row(line);
		}
		return csv.bytes();
	}

	public byte[] xlsx(OpenStatistics.Table table, Locale locale) {
		return xlsx(table, null, locale);
	}

	/** The staff's statistics: the same sheets, and a third with the turnaround of each step in working days. */
	public byte[] xlsx(StaffStatistics.Report report, Locale locale) {
		return xlsx(report.table(), report.turnaround(), locale);
	}

	private byte[] xlsx(OpenStatistics.Table table, List<Turnaround.Figures> turnaround, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle money = book.createCellStyle();
			money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
			CellStyle percent = book.createCellStyle();
			percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));

			Sheet cities = book.createSheet(text("stats.sheet.cities", locale));
			header(cities, headers(locale), bold);
			int r = 1;
			for (List<Object> line : lines(table, locale)) {
				Row row = cities.createRow(r++);
				for (int c = 0; c < line.size(); c++) {
					put(row.createCell(c), line.get(c), c == FIRST_AMOUNT || c == SECOND_AMOUNT ? money
							: c == FIRST_RATIO || c == FIRST_RATIO + 1 ? percent : null);
				}
			}
			Sheet institutions = book.createSheet(text("stats.sheet.institutions", locale));
			header(institutions, List.of(text("stats.column.year", locale), text("stats.column.recognised", locale),
					text("stats.column.newlyRecognised", locale)), bold);
			r = 1;
			for (OpenStatistics.InstitutionYear year : table.institutions()) {
				Row row = institutions.createRow(r++);
				put(row.createCell(0), year.year(), null);
				put(row.createCell(1), year.recognised(), null);
				put(row.createCell(2), year.newlyRecognised(), null);
			}
			if (turnaround != null) {
				Sheet steps = book.createSheet(text("statistics.sheet.turnaround", locale));
				header(steps, List.of(text("statistics.turnaround.step", locale),
						text("statistics.turnaround.count", locale), text("statistics.turnaround.average", locale),
						text("statistics.turnaround.longest", locale)), bold);
				r = 1;
				for (Turnaround.Figures step : turnaround) {
					Row row = steps.createRow(r++);
					put(row.createCell(0), text("statistics.step." + step.step(), locale), null);
					put(row.createCell(1), step.count(), null);
					put(row.createCell(2), step.averageDays() == null ? "" : new BigDecimal(step.averageDays()), null);
					put(row.createCell(3), step.longestDays() == null ? "" : step.longestDays(), null);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("writing the statistics workbook", e);
		}
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map(column -> text("stats.column." + column, locale)).toList();
	}

	/** Each city's years and total, then the total row's; the cells as values, not yet text. */
	private List<List<Object>> lines(OpenStatistics.Table table, Locale locale) {
		String total = text("stats.total", locale);
		List<List<Object>> lines = new ArrayList<>();
		List<OpenStatistics.CityRow> rows = new ArrayList<>(table.cities());
		rows.add(table.total());
		for (OpenStatistics.CityRow city : rows) {
			String name = city.regionCode() == null ? total : city.regionName();
			for (OpenStatistics.Figures figures : city.years()) {
				lines.add(line(city.regionCode(), name, figures.year(), figures));
			}
			lines.add(line(city.regionCode(), name, total, city.total()));
		}
		return lines;
	}

	private static List<Object> line(String code, String name, Object year, OpenStatistics.Figures f) {
		Statistics.Outputs o = f.outputs();
		List<Object> line = new ArrayList<>(List.of(code == null ? "" : code, name, year));
		line.addAll(List.of(f.issuedCount(), f.issuedAmount(), f.redeemedCount(), f.redeemedAmount(),
				f.enterprisesIssued(), f.enterprisesRedeemed()));
		line.add(f.ratioByAmount() == null ? "" : new BigDecimal(f.ratioByAmount()));
		line.add(f.ratioByEnterprise() == null ? "" : new BigDecimal(f.ratioByEnterprise()));
		line.addAll(List.of(o.inventionPatents(), o.utilityModels(), o.designPatents(), o.trademarks(),
				o.softwareCopyrights(), o.newProducts(), o.testReports()));
		return line;
	}

	private static void header(Sheet sheet, List<String> titles, CellStyle bold) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < titles.size(); c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(titles.get(c));
			cell.setCellStyle(bold);
		}
	}

	/**
	 * A number cell where the value is one; a spreadsheet cell holds a double, exact for amounts to the
	 * fen far beyond any budget (2^53 fen), so Money becomes a double only here, at the file's edge.
	 */
	private static void put(Cell cell, Object value, CellStyle style) {
		if (value instanceof Money money) {
			cell.setCellValue(money.amount().doubleValue());
		}
		else if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
			return;
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
