package org.innovoucher.reporting.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.innovoucher.portal.Formats;
import org.innovoucher.reporting.OpenStatistics;
import org.innovoucher.reporting.StaffStatistics;
import org.innovoucher.reporting.Statistics;
import org.innovoucher.reporting.Turnaround;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A program's year of statistics as a PDF report (OpenPDF): title, program, year, region, the day it
 * was made, the tables of the statistics page and its two charts drawn as vector bars, a page number
 * at the foot of every page; words, dates and region names in the page's language.
 * <p>
 * The font: STSong-Light with the UniGB-UCS2-H encoding, a CJK font the PDF names but does not embed.
 * OpenPDF 2.0.5 itself carries its metrics and CMaps, so the report needs no font file on the
 * machine (a fresh server, a container without fonts) and stays small; every PDF reader is required
 * to substitute a Chinese font for it (Acrobat's Asian font pack, poppler and pdf.js their own), and
 * it covers the Latin letters and digits too, so one font writes both languages. Embedding a TrueType
 * font (WenQuanYi Micro Hei from Debian) would have tied the report to a file that a fresh machine
 * lacks, with a fallback that writes no Chinese at all. (OpenPDF's own PdfTextExtractor reads only
 * fonts with a ToUnicode map and finds no text here; poppler's pdftotext and the browsers' readers do.)
 * <p>
 * A little past 300 lines: five tables and two charts drawn by hand read best side by side.
 */
@Component
class StatisticsPdf {

	private static final Color ISSUED = new Color(0x9c, 0xc3, 0xe6);
	private static final Color REDEEMED = new Color(0x0b, 0x4f, 0x8a);
	private static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);
	private static final Color HEADER = new Color(0xf3, 0xf2, 0xf1);
	/** The chart's width in points: the page's width within the margins. */
	private static final float CHART_WIDTH = PageSize.A4.getWidth() - 72;

	private final MessageSource messages;
	private final Formats formats;

	StatisticsPdf(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** The fonts of one report: one CJK base font in three sizes. */
	private record Fonts(BaseFont base, Font title, Font heading, Font body, Font bold) {

		static Fonts create() throws IOException {
			BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
			return new Fonts(base, new Font(base, 18, Font.BOLD, TEXT), new Font(base, 13, Font.BOLD, TEXT),
					new Font(base, 8.5f, Font.NORMAL, TEXT), new Font(base, 8.5f, Font.BOLD, TEXT));
		}
	}

	byte[] write(String programName, int year, StaffStatistics.Report report, LocalDate madeOn, Locale locale) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Fonts fonts = Fonts.create();
			Document document = new Document(PageSize.A4, 36, 36, 42, 48);
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPageEvent(new PageNumbers(fonts.base(), locale));
			String title = text("statistics.report.title", locale);
			document.addTitle(title + " " + programName + " " + year);
			document.addCreator("innovoucher");
			document.open();
			document.add(new Paragraph(title, fonts.title()));
			document.add(line(text("statistics.report.program", locale, programName), fonts.body()));
			document.add(line(text("statistics.report.year", locale, String.valueOf(year)), fonts.body()));
			document.add(line(text("statistics.report.region", locale, report.regionCode() == null
					? text("statistics.scope.country", locale) : formats.region(report.regionCode())), fonts.body()));
			document.add(line(text("statistics.report.generated", locale, formats.date(madeOn)), fonts.body()));

			OpenStatistics.Table table = report.table();
			heading(document, text("statistics.report.cities", locale), fonts);
			document.add(cities(table, fonts, locale));
			if (!table.cities().isEmpty()) {
				heading(document, text("statistics.chart.amounts", locale), fonts);
				document.add(amountsChart(writer, table, fonts, locale));
			}
			heading(document, text("stats.outputs.title", locale), fonts);
			document.add(outputs(table, fonts, locale));
			heading(document, text("stats.institutions.title", locale), fonts);
			document.add(institutions(table, fonts, locale));
			heading(document, text("statistics.turnaround.title", locale), fonts);
			document.add(line(text("statistics.turnaround.intro", locale), fonts.body()));
			document.add(turnaround(report.turnaround(), fonts, locale));
			document.add(turnaroundChart(writer, report.turnaround(), fonts, locale));
			document.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("writing the statistics report", e);
		}
		catch (DocumentException e) {
			throw new IllegalStateException("writing the statistics report", e);
		}
	}

	/** Each city's figures over the report's year, then the total. */
	private PdfPTable cities(OpenStatistics.Table table, Fonts fonts, Locale locale) throws DocumentException {
		PdfPTable pdf = table(fonts, locale, "stats.column.region", "stats.column.issuedCount",
				"stats.column.issuedAmount", "stats.column.redeemedCount", "stats.column.redeemedAmount",
				"stats.column.enterprisesIssued", "stats.column.enterprisesRedeemed", "stats.column.ratioByAmount",
				"stats.column.ratioByEnterprise");
		widths(pdf, 1.3f, 0.9f, 1.3f, 0.9f, 1.3f, 1, 1, 1, 1);
		for (OpenStatistics.CityRow city : rowsAndTotal(table)) {
			OpenStatistics.Figures f = city.total();
			cells(pdf, fonts, name(city, locale), f.issuedCount(), formats.money(f.issuedAmount()), f.redeemedCount(),
					formats.money(f.redeemedAmount()), f.enterprisesIssued(), f.enterprisesRedeemed(),
					formats.share(f.ratioByAmount()), formats.share(f.ratioByEnterprise()));
		}
		return pdf;
	}

	private PdfPTable outputs(OpenStatistics.Table table, Fonts fonts, Locale locale) {
		PdfPTable pdf = table(fonts, locale, "stats.column.region", "stats.column.inventionPatents",
				"stats.column.utilityModels", "stats.column.designPatents", "stats.column.trademarks",
				"stats.column.softwareCopyrights", "stats.column.newProducts", "stats.column.testReports");
		for (OpenStatistics.CityRow city : rowsAndTotal(table)) {
			Statistics.Outputs o = city.total().outputs();
			cells(pdf, fonts, name(city, locale), o.inventionPatents(), o.utilityModels(), o.designPatents(),
					o.trademarks(), o.softwareCopyrights(), o.newProducts(), o.testReports());
		}
		return pdf;
	}

	private PdfPTable institutions(OpenStatistics.Table table, Fonts fonts, Locale locale) {
		PdfPTable pdf = table(fonts, locale, "stats.column.year", "stats.column.recognised",
				"stats.column.newlyRecognised");
		for (OpenStatistics.InstitutionYear year : table.institutions()) {
			cells(pdf, fonts, String.valueOf(year.year()), year.recognised(), year.newlyRecognised());
		}
		return pdf;
	}

	private PdfPTable turnaround(List<Turnaround.Figures> steps, Fonts fonts, Locale locale)
			throws DocumentException {
		PdfPTable pdf = table(fonts, locale, "statistics.turnaround.step", "statistics.turnaround.count",
				"statistics.turnaround.average", "statistics.turnaround.longest");
		widths(pdf, 3, 1, 1, 1);
		for (Turnaround.Figures step : steps) {
			cells(pdf, fonts, text("statistics.step." + step.step(), locale), step.count(),
					step.averageDays() == null ? "–" : step.averageDays(),
					step.longestDays() == null ? "–" : step.longestDays());
		}
		return pdf;
	}

	/** Two bars per city, issued over redeemed, each with its amount written beside it. */
	private Image amountsChart(PdfWriter writer, OpenStatistics.Table table, Fonts fonts, Locale locale)
			throws DocumentException {
		List<StatsPage.Bar> bars = StatsPage.bars(table);
		float row = 34;
		float height = bars.size() * row + 22;
		PdfTemplate chart = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
		float labels = 110;
		float room = (CHART_WIDTH - labels) * 0.7f;
		legend(chart, fonts, height - 10, text("stats.column.issuedAmount", locale),
				text("stats.column.redeemedAmount", locale));
		for (int i = 0; i < bars.size(); i++) {
			StatsPage.Bar bar = bars.get(i);
			float top = height - 22 - i * row;
			label(chart, fonts, formats.region(bar.regionCode()), 0, top - 16, 9);
			bar(chart, fonts, ISSUED, labels, top - 12, room * bar.issuedPercent() / 100, formats.money(bar.issued()));
			bar(chart, fonts, REDEEMED, labels, top - 26, room * bar.redeemedPercent() / 100,
					formats.money(bar.redeemed()));
		}
		return image(chart);
	}

	/** One bar per step, its average in working days beside it. */
	private Image turnaroundChart(PdfWriter writer, List<Turnaround.Figures> steps, Fonts fonts, Locale locale)
			throws DocumentException {
		List<StatisticsPages.StepBar> bars = StatisticsPages.stepBars(steps);
		float row = 20;
		float height = bars.size() * row + 8;
		PdfTemplate chart = writer.getDirectContent().createTemplate(CHART_WIDTH, height);
		float labels = 230;
		float room = (CHART_WIDTH - labels) * 0.7f;
		for (int i = 0; i < bars.size(); i++) {
			StatisticsPages.StepBar bar = bars.get(i);
			float top = height - 6 - i * row;
			label(chart, fonts, text("statistics.step." + bar.figures().step(), locale), 0, top - 11, 8);
			String average = bar.figures().averageDays();
			bar(chart, fonts, REDEEMED, labels, top - 14, room * bar.percent() / 100,
					average == null ? "–" : text("statistics.days", locale, average));
		}
		return image(chart);
	}

	private static void legend(PdfTemplate chart, Fonts fonts, float y, String issued, String redeemed) {
		swatch(chart, ISSUED, 0, y - 2);
		label(chart, fonts, issued, 14, y, 8);
		swatch(chart, REDEEMED, 160, y - 2);
		label(chart, fonts, redeemed, 174, y, 8);
	}

	private static void swatch(PdfContentByte chart, Color color, float x, float y) {
		chart.setColorFill(color);
		chart.rectangle(x, y, 10, 10);
		chart.fill();
	}

	private static void bar(PdfContentByte chart, Fonts fonts, Color color, float x, float y, float width,
			String value) {
		chart.setColorFill(color);
		chart.rectangle(x, y, Math.max(width, 0.5f), 12);
		chart.fill();
		label(chart, fonts, value, x + width + 4, y + 3, 8);
	}

	private static void label(PdfContentByte chart, Fonts fonts, String text, float x, float y, float size) {
		chart.beginText();
		chart.setColorFill(TEXT);
		chart.setFontAndSize(fonts.base(), size);
		chart.showTextAligned(Element.ALIGN_LEFT, text, x, y, 0);
		chart.endText();
	}

	private static Image image(PdfTemplate chart) throws DocumentException {
		Image image = Image.getInstance(chart);
		image.setSpacingBefore(6);
		return image;
	}

	private PdfPTable table(Fonts fonts, Locale locale, String... headerKeys) {
		PdfPTable table = new PdfPTable(headerKeys.length);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(4);
		for (String key : headerKeys) {
			PdfPCell cell = new PdfPCell(new Phrase(text(key, locale), fonts.bold()));
			cell.setBackgroundColor(HEADER);
			table.addCell(cell);
		}
		return table;
	}

	private static void widths(PdfPTable table, float... relative) throws DocumentException {
		table.setWidths(relative);
	}

	private static void cells(PdfPTable table, Fonts fonts, Object... values) {
		for (int i = 0; i < values.length; i++) {
			PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(values[i]), i == 0 ? fonts.bold() : fonts.body()));
			cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			table.addCell(cell);
		}
	}

	private static List<OpenStatistics.CityRow> rowsAndTotal(OpenStatistics.Table table) {
		List<OpenStatistics.CityRow> rows = new ArrayList<>(table.cities());
		rows.add(table.total());
		return rows;
	}

	private String name(OpenStatistics.CityRow city, Locale locale) {
		return city.regionCode() == null ? text("stats.total", locale) : formats.region(city.regionCode());
	}

	private static void heading(Document document, String text, Fonts fonts) throws DocumentException {
		Paragraph heading = new Paragraph(text, fonts.heading());
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(2);
		document.add(heading);
	}

	private static Paragraph line(String text, Font font) {
		return new Paragraph(text, font);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** "Page 2" (第 2 页) centred at the foot of each page. */
	private final class PageNumbers extends PdfPageEventHelper {

		private final BaseFont font;
		private final Locale locale;

		PageNumbers(BaseFont font, Locale locale) {
			this.font = font;
			this.locale = locale;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			PdfContentByte foot = writer.getDirectContent();
			foot.beginText();
			foot.setFontAndSize(font, 8);
			foot.showTextAligned(Element.ALIGN_CENTER,
					text("statistics.report.page", locale, String.valueOf(writer.getPageNumber())),
					(document.left() + document.right()) / 2, document.bottom() - 24, 0);
			foot.endText();
		}
	}
}
