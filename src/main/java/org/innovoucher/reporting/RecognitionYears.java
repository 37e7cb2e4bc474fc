package org.innovoucher.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recognised institutions per year, read from the moves the audit trail recorded: an institution
 * counts in a year when its last move before the year's end left it recognised, and is new in the
 * year of its first recognition. The institution table keeps only today's status, the trail every
 * step with its time.
 */
@Component
class RecognitionYears {

	private static final String RECOGNISED = "RECOGNISED";

	private final JdbcClient jdbc;
	private final Regions regions;

	RecognitionYears(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/** One institution's moves, oldest first. */
	private record Move(Instant at, String to) {
	}

	/** The figures of each year, for the institutions within {@code withinRegion} (all where null). */
	List<OpenStatistics.InstitutionYear> perYear(List<Integer> years, String withinRegion) {
		if (years.isEmpty()) {
			return List.of();
		}
		Map<String, List<Move>> moves = new HashMap<>();
		jdbc.sql("select a.entity_id, a.at, a.to_state, i.region_code from audit_entry a"
				+ " join institution i on i.id = a.entity_id"
				+ " where a.entity_type = 'INSTITUTION' and a.to_state is not null order by a.seq")
			.query((rs, n) -> {
				if (withinRegion == null || regions.isWithin(rs.getString(4), withinRegion)) {
					moves.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
						.add(new Move(rs.getTimestamp(2).toInstant(), rs.getString(3)));
				}
				return null;
			})
			.list();
		List<OpenStatistics.InstitutionYear> result = new ArrayList<>();
		for (int year : years) {
			Instant start = LocalDate.of(year, 1, 1).atStartOfDay(BusinessClock.ZONE).toInstant();
			Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(BusinessClock.ZONE).toInstant();
			long recognised = 0;
			long fresh = 0;
			for (List<Move> history : moves.values()) {
				String status = null;
				Instant first = null;
				for (Move move : history) {
					if (move.at().isBefore(end)) {
						status = move.to();
					}
					if (first == null && RECOGNISED.equals(move.to())) {
						first = move.at();
					}
				}
				recognised += RECOGNISED.equals(status) ? 1 : 0;
				fresh += first != null && !first.isBefore(start) && first.isBefore(end) ? 1 : 0;
			}
			result.add(new OpenStatistics.InstitutionYear(year, recognised, fresh));
		}
		return result;
	}
}
