package org.innovoucher.reporting.web;

import java.util.Locale;

import org.innovoucher.reporting.OpenStatistics;
import org.innovoucher.reporting.OpenStatisticsFiles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Open data: cities by years, over all programs or one, as JSON, CSV or a workbook. */
@RestController
@RequestMapping("/api/v1/public/stats/years")
@Tag(name = "Statistics")
class OpenStatisticsController {

	private static final String FILE = "innovation-voucher-statistics-by-year";

	private final OpenStatistics statistics;
	private final OpenStatisticsFiles files;

	OpenStatisticsController(OpenStatistics statistics, OpenStatisticsFiles files) {
		this.statistics = statistics;
		this.files = files;
	}

	@GetMapping
	OpenStatistics.Table table(@RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
		return statistics.byCityAndYear(programId, from, to);
	}

	/** Headers in Chinese for {@code lang=zh-CN}, in English otherwise. */
	@GetMapping(params = "format=csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) String lang) {
		return Downloads.of(files.csv(statistics.byCityAndYear(programId, from, to), locale(lang)), Downloads.CSV,
				FILE + ".csv");
	}

	@GetMapping(params = "format=xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) String lang) {
		return Downloads.of(files.xlsx(statistics.byCityAndYear(programId, from, to), locale(lang)), Downloads.XLSX,
				FILE + ".xlsx");
	}

	private static Locale locale(String lang) {
		return "zh-CN".equals(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
	}
}
