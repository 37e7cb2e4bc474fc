package org.innovoucher.reporting.web;

import java.util.List;
import java.util.Map;

import org.innovoucher.reporting.Statistics;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
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

	StatisticsController(Statistics statistics) {
		this.statistics = statistics;
	}

	/** Staff see their own region's figures for a program. */
	@GetMapping("/stats/programs/{id}")
	Map<String, Object> program(@PathVariable String id,
			@RequestParam(defaultValue = "region") String groupBy) {
		CurrentUser user = CurrentUser.require();
		if (!user.isStaff()) {
			throw DomainException.forbidden("program statistics are for staff; the public has /public/stats");
		}
		if (!"region".equals(groupBy)) {
			throw DomainException.invalid("groupBy", "only 'region' is supported");
		}
		return table(statistics.byRegion(id, null, user.regionCode()));
	}

	/** Open data: the same figures over all programs, or one program or year. */
	@GetMapping("/public/stats")
	Map<String, Object> open(@RequestParam(required = false) String programId,
			@RequestParam(required = false) Integer year) {
		return table(statistics.byRegion(programId, year, null));
	}

	/** The rows per region, and the total of them apart. */
	private static Map<String, Object> table(List<Statistics.Row> rows) {
		return Map.of("rows", rows.subList(0, rows.size() - 1), "total", rows.get(rows.size() - 1));
	}
}
