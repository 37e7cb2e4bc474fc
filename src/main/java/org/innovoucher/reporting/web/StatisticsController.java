package org.innovoucher.reporting.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.reporting.Csv;
import org.innovoucher.reporting.RoundStatistics;
import org.innovoucher.reporting.Statistics;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Statistics")
class StatisticsController {

	private final Statistics statistics;
	private final RoundStatistics rounds;

	StatisticsController(Statistics statistics, RoundStatistics rounds) {
		this.statistics = statistics;
		this.rounds = rounds;
	}

	/** Staff see their own region's figures for a program, per region and per round. */
	@GetMapping("/stats/programs/{id}")
	Map<String, Object> program(@PathVariable String id,
			@RequestParam(defaultValue = "region") String groupBy) {
		Map<String, Object> body = new LinkedHashMap<>(table(programRows(id, groupBy)));
		body.put("rounds", rounds.of(id, CurrentUser.require().regionCode()));
		return body;
	}

	/** The same as a spreadsheet (CSV, UTF-8 with a byte order mark so that spreadsheet programs read the Chinese). */
	@GetMapping(path = "/stats/programs/{id}", params = "format=csv")
	ResponseEntity<byte[]> programCsv(@PathVariable String id, @RequestParam(defaultValue = "region") String groupBy) {
		return csv(programRows(id, groupBy), "program-" + id + "-statistics.csv");
	}

	private List<Statistics.Row> programRows(String id, String groupBy) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStaff()) {
			throw DomainException.forbidden("program statistics are for staff; the public has /public/stats");
		}
		if (!"region".equals(groupBy)) {
			throw DomainException.invalid("groupBy", "only 'region' is supported");
		}
		return statistics.byRegion(id, null, user.regionCode());
	}

	/** Open data: the same figures over all programs, or one program or year. */
	@GetMapping("/public/stats")
	Map<String, Object> open(@RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer year) {
		return table(statistics.byRegion(programId, year, null));
	}

	@GetMapping(path = "/public/stats", params = "format=csv")
	ResponseEntity<byte[]> openCsv(@RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer year) {
		return csv(statistics.byRegion(programId, year, null), "innovation-voucher-statistics.csv");
	}

	private static final List<String> COLUMNS = List.of("regionCode", "regionName", "issuedCount", "issuedAmount",
			"redeemedCount", "redeemedAmount", "enterprisesIssued", "enterprisesRedeemed", "ratioByAmount",
			"ratioByEnterprise", "inventionPatents", "utilityModels", "designPatents", "trademarks",
			"softwareCopyrights", "newProducts", "testReports", "daysToConfirmation", "daysToDecision", "daysToPayment",
			"daysSubmissionToPayment");

	private static ResponseEntity<byte[]> csv(List<Statistics.Row> rows, String fileName) {
		Csv csv = new Csv().row(COLUMNS);
		for (Statistics.Row r : rows) {
			Statistics.Outputs o = r.outputs();
			Statistics.Turnaround t = r.turnaroundDays();
			csv.row(Arrays.asList(r.regionCode(), r.regionName(), r.issuedCount(), r.issuedAmount(),
					r.redeemedCount(), r.redeemedAmount(), r.enterprisesIssued(), r.enterprisesRedeemed(),
					r.ratioByAmount(), r.ratioByEnterprise(), o.inventionPatents(), o.utilityModels(),
					o.designPatents(), o.trademarks(), o.softwareCopyrights(), o.newProducts(), o.testReports(),
					t.confirmation(), t.review(), t.payment(), t.total()));
		}
		return Downloads.of(csv.bytes(), Downloads.CSV, fileName);
	}

	/** The rows per region, and the total of them apart. */
	private static Map<String, Object> table(List<Statistics.Row> rows) {
		return Map.of("rows", rows.subList(0, rows.size() - 1), "total", rows.get(rows.size() - 1));
	}
}
