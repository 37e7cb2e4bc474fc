package org.innovoucher.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.reporting.OpenStatistics;
import org.innovoucher.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The open statistics as a page: the table of cities by years (each year's figures per city, then
 * the total over the years), a bar chart of what was issued and redeemed per city, the recognised
 * institutions per year, and the same table as CSV and XLSX from the public download addresses.
 */
@Controller
class StatsPage {

	/** More programs than a selector could sensibly offer are not listed in it. */
	static final int PROGRAMS_LISTED = 100;

	private final OpenStatistics statistics;
	private final Programs programs;

	StatsPage(OpenStatistics statistics, Programs programs) {
		this.statistics = statistics;
		this.programs = programs;
	}

	/** One city's bars: the amounts issued and redeemed over every year, as shares of the largest amount. */
	record Bar(String regionCode, String regionName, Money issued, Money redeemed, int issuedPercent,
			int redeemedPercent) {
	}

	@GetMapping("/stats")
	String stats(@RequestParam(required = false) String programId, Model model) {
		String chosen = programId == null || programId.isBlank() ? null : programId.trim();
		OpenStatistics.Table table = statistics.byCityAndYear(chosen, null, null);
		List<Program> listed = programs
			.list(null, PageRequest.of(0, PROGRAMS_LISTED, Sort.by("createdAt").descending()))
			.items();
		model.addAttribute("table", table);
		model.addAttribute("programs", listed);
		model.addAttribute("programId", chosen);
		model.addAttribute("bars", bars(table));
		model.addAttribute("lang", "zh".equals(LocaleContextHolder.getLocale().getLanguage()) ? "zh-CN" : "en");
		return "reporting/stats";
	}

	static List<Bar> bars(OpenStatistics.Table table) {
		BigDecimal largest = BigDecimal.ZERO;
		for (OpenStatistics.CityRow city : table.cities()) {
			largest = largest.max(city.total().issuedAmount().amount()).max(city.total().redeemedAmount().amount());
		}
		BigDecimal scale = largest;
		return table.cities()
			.stream()
			.map(city -> new Bar(city.regionCode(), city.regionName(), city.total().issuedAmount(),
					city.total().redeemedAmount(), percent(city.total().issuedAmount(), scale),
					percent(city.total().redeemedAmount(), scale)))
			.toList();
	}

	private static int percent(Money amount, BigDecimal largest) {
		if (largest.signum() == 0) {
			return 0;
		}
		return amount.amount().multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
	}
}
