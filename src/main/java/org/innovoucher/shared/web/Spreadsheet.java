package org.innovoucher.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list or table of a page as an Excel workbook to download: headers in the reader's language, then
 * one row per line of the list. Cells keep their kind, so that a spreadsheet can add them up: counts
 * and amounts are numbers (amounts with a money format), dates are dates, ratios are percentages.
 * Lists may be long, so the workbook streams its rows to disk and stops at {@link #MAX_ROWS}.
 */
public final class Spreadsheet {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Well within a sheet's 1,048,576 rows; a longer list is cut, and its last row says so. */
	public static final int MAX_ROWS = 100_000;

	/** Dates are the business's dates: China's. */
	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** How a column's cells are written. */
	public enum Kind {
		TEXT, COUNT, MONEY, DATE, TIME, PERCENT
	}

	private record Column(String header, Kind kind) {
	}

	private final MessageSource messages;
	private final Locale locale;
	private final String title;
	private final LocalDate madeOn;
	private final List<Column> columns = new ArrayList<>();
	private final List<Object[]> rows = new ArrayList<>();
	private boolean cut;

	/**
	 * A sheet titled with the message {@code titleKey}, its headers and words in {@code locale}, made on
	 * the business day {@code madeOn} (its file's name says it).
	 */
	public Spreadsheet(MessageSource messages, Locale locale, String titleKey, LocalDate madeOn) {
		this.messages = messages;
		this.locale = locale;
		this.title = words(titleKey);
		this.madeOn = madeOn;
	}

	/** A column headed with the message {@code headerKey}. */
	public Spreadsheet column(String headerKey, Kind kind) {
		columns.add(new Column(words(headerKey), kind));
		return this;
	}

	/**
	 * A row, a cell per column in order: text, numbers, {@link Money}, dates or instants; null leaves
	 * the cell empty. Rows beyond {@link #MAX_ROWS} are left out.
	 */
	public Spreadsheet row(Object... cells) {
		if (cells.length != columns.size()) {
			throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
		}
		if (rows.size() < MAX_ROWS) {
			rows.add(cells);
		}
		else {
			cut = true;
		}
		return this;
	}

	/**
	 * A list read page after page, {@link PageResult#MAX_SIZE} at a time from page 0 ({@code page} reads
	 * the page of that number), each page's items handed to {@code rows}, until its last page by its
	 * total or a full sheet. A page may hold fewer items than its size: a service that filters after
	 * reading gives the total before filtering.
	 */
	public <T> Spreadsheet everyPage(IntFunction<PageResult<T>> page, Consumer<List<T>> rows) {
		PageResult<T> found;
		int next = 0;
		do {
			found = page.apply(next++);
			rows.accept(found.items());
		}
		while ((long) next * PageResult.MAX_SIZE < found.total() && !full());
		return this;
	}

	/** Whether the sheet is full: a caller reading its list page by page may stop. */
	public boolean full() {
		return rows.size() >= MAX_ROWS;
	}

	/** A message of the bundles in the sheet's language, for a cell (a status in words, say). */
	public String words(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	public int size() {
		return rows.size();
	}

	public byte[] xlsx() {
		SXSSFWorkbook book = new SXSSFWorkbook(200);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Map<Kind, CellStyle> styles = styles(book);
			Sheet sheet = book.createSheet(sheetName(title));
			Row header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(columns.get(c).header());
				cell.setCellStyle(styles.get(Kind.TEXT));
				// fixed widths: measuring the text would need the machine's fonts
				sheet.setColumnWidth(c, width(columns.get(c).kind()) * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (Object[] cells : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < cells.length; c++) {
					put(row.createCell(c), cells[c], columns.get(c).kind(), styles);
				}
			}
			if (cut) {
				sheet.createRow(r).createCell(0).setCellValue(words("download.cut", MAX_ROWS));
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("writing the workbook " + title, e);
		}
		finally {
			book.dispose();
		}
	}

	/** The workbook as a download named {@code name}, the day it was made and ".xlsx". */
	public ResponseEntity<byte[]> download(String name) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "-" + madeOn + ".xlsx").build().toString())
			.body(xlsx());
	}

	private static Map<Kind, CellStyle> styles(Workbook book) {
		Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);
		CellStyle bold = book.createCellStyle();
		Font font = book.createFont();
		font.setBold(true);
		bold.setFont(font);
		styles.put(Kind.TEXT, bold);
		styles.put(Kind.MONEY, format(book, "#,##0.00"));
		styles.put(Kind.DATE, format(book, "yyyy-mm-dd"));
		styles.put(Kind.TIME, format(book, "yyyy-mm-dd hh:mm"));
		styles.put(Kind.PERCENT, format(book, "0.00%"));
		return styles;
	}

	private static CellStyle format(Workbook book, String pattern) {
		CellStyle style = book.createCellStyle();
		style.setDataFormat(book.createDataFormat().getFormat(pattern));
		return style;
	}

	/**
	 * A number cell where the value is one. A spreadsheet cell holds a double, exact for amounts to the
	 * fen far beyond any budget (2^53 fen), so Money becomes a double only here, at the file's edge.
	 */
	private static void put(Cell cell, Object value, Kind kind, Map<Kind, CellStyle> styles) {
		if (value == null) {
			return;
		}
		if (value instanceof Money money) {
			cell.setCellValue(money.amount().doubleValue());
		}
		else if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else if (value instanceof Instant instant) {
			cell.setCellValue(LocalDateTime.ofInstant(instant, ZONE));
		}
		else {
			cell.setCellValue(value.toString());
			return;
		}
		if (kind != Kind.TEXT && kind != Kind.COUNT) {
			cell.setCellStyle(styles.get(kind));
		}
	}

	private static int width(Kind kind) {
		return switch (kind) {
			case TEXT -> 30;
			case COUNT, PERCENT -> 12;
			case MONEY, DATE -> 16;
			case TIME -> 18;
		};
	}

	/** A sheet's name: at most 31 characters, none of {@code []*?/\:}. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]*?/\\\\:]", " ").trim();
		return name.isEmpty() ? "Sheet1" : name.substring(0, Math.min(31, name.length()));
	}
}
