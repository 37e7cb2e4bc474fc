package org.innovoucher.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded workbook read back with POI: the first sheet's rows, each cell as what a spreadsheet
 * holds (text as a String, a number as a Double, a date cell as a LocalDateTime), an empty cell as null.
 */
public final class Workbooks {

	private Workbooks() {
	}

	/** The rows of a download, after checking that it is one (an XLSX attachment). */
	public static List<List<Object>> rows(HttpResponse<byte[]> download) throws IOException {
		assertThat(download.statusCode()).as("the download's status").isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xlsx");
		return rows(download.body());
	}

	public static List<List<Object>> rows(byte[] workbook) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			List<List<Object>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<Object> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(value(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	private static Object value(Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
		}
		return cell.getStringCellValue();
	}
}
