package org.innovoucher.redemption;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A payment run as a spreadsheet: the same rows as its credit-transfer file, one per claim, and the
 * total. Amounts are written as the exact text of the amount ("40000.00"): a spreadsheet number is a
 * binary floating-point value, and what a bank is asked to pay must not pass through one.
 */
@Component
class PaymentRunSheet {

	static final List<String> COLUMNS = List.of("redemptionId", "amount", "currency", "payeeType", "payeeId",
			"payeeName", "accountName", "bankName", "bankCode", "accountNumber");

	byte[] write(PaymentRun run) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Payment run");
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(COLUMNS.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			int r = 1;
			for (PaymentRunItem item : run.getItems()) {
				Row row = sheet.createRow(r++);
				List<String> values = List.of(item.redemptionId(), item.amount().toString(), Pain001File.CURRENCY,
						item.payeeType().name(), item.payeeId(), item.payeeName(), item.bankAccount().accountName(),
						item.bankAccount().bankName(), item.bankAccount().bankCode(), item.bankAccount().accountNumber());
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
			Row total = sheet.createRow(r);
			total.createCell(0).setCellValue("total (" + run.getCount() + ")");
			total.createCell(1).setCellValue(run.getTotal().toString());
			total.createCell(2).setCellValue(Pain001File.CURRENCY);
			total.getCell(0).setCellStyle(bold);
			total.getCell(1).setCellStyle(bold);
			for (int c = 0; c < COLUMNS.size(); c++) {
				// fixed widths: measuring the text would need the machine's fonts
				sheet.setColumnWidth(c, (c == 0 ? 40 : 22) * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot write the spreadsheet of payment run " + run.getId(), e);
		}
	}
}
