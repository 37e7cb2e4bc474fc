package org.innovoucher.shared.web;

import org.innovoucher.shared.BusinessClock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where pages get their workbooks ({@link #sheet}) and, for templates as {@code @spreadsheets}, the
 * address of the page they are on as a workbook: the same address and filters with
 * {@code format=xlsx}, and without the page number, since a workbook holds the whole list.
 */
@Component("spreadsheets")
public class Spreadsheets {

	/** The parameter value a list page answers with its workbook, e.g. {@code @GetMapping(params = FORMAT)}. */
	public static final String FORMAT = "format=xlsx";

	private final MessageSource messages;
	private final BusinessClock clock;

	Spreadsheets(MessageSource messages, BusinessClock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** An empty sheet titled with the message {@code titleKey}, in the page's language. */
	public Spreadsheet sheet(String titleKey) {
		return new Spreadsheet(messages, LocaleContextHolder.getLocale(), titleKey, clock.today());
	}

	/** The current page's address as a workbook, for the download link. */
	public String href() {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("format", "xlsx")
			.replaceQueryParam("page")
			.replaceQueryParam("lang")
			.build()
			.toUriString()
			.replaceFirst("^https?://[^/]+", "");
	}
}
