package org.innovoucher.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics staff see in their workspace and in the yearly report: the table of cities by years
 * of {@link OpenStatistics}, narrowed to the person's region (a city's reviewer sees its city, the
 * province's staff every city), and the turnaround of each step in working days ({@link Turnaround})
 * of the files of that region. Over one program or all, from one year to another.
 */
@Service
public class StaffStatistics {

	/**
	 * What a staff member sees: the region it covers (null for the whole country), the table, the
	 * turnaround, and the turnaround of each city apart (in code order).
	 */
	public record Report(String programId, String regionCode, Integer from, Integer to, OpenStatistics.Table table,
			List<Turnaround.Figures> turnaround, List<CityTurnaround> turnaroundByCity) {
	}

	/** One city's turnaround, step by step (the province's own files count as the province's). */
	public record CityTurnaround(String regionCode, List<Turnaround.Figures> steps) {
	}

	private record Turnarounds(Turnaround all, Map<String, Turnaround> byCity) {
	}

	private final OpenStatistics open;
	private final JdbcClient jdbc;
	private final Regions regions;
	private final WorkingDays workingDays;

	StaffStatistics(OpenStatistics open, JdbcClient jdbc, Regions regions, WorkingDays workingDays) {
		this.open = open;
		this.jdbc = jdbc;
		this.regions = regions;
		this.workingDays = workingDays;
	}

	@Transactional(readOnly = true)
	public Report report(CurrentUser user, String programId, Integer from, Integer to) {
		if (!user.isStaff()) {
			throw DomainException.forbidden("statistics in the workspace are for staff; the public has /stats");
		}
		String region = user.regionCode();
		OpenStatistics.Table table = open.byCityAndYear(programId, from, to, region);
		Turnarounds turnarounds = turnaround(programId, from, to, region);
		return new Report(programId, region, from, to, table, turnarounds.all().figures(),
				turnarounds.byCity().entrySet().stream()
					.map(e -> new CityTurnaround(e.getKey(), e.getValue().figures()))
					.toList());
	}

	/** Every step of the applications and claims of the region, grouped by dates so that the rows stay few. */
	private Turnarounds turnaround(String programId, Integer from, Integer to, String region) {
		Turnaround turnaround = new Turnaround(workingDays::workingDaysBetween, from, to);
		Map<String, Turnaround> byCity = new TreeMap<>();
		Function<String, Turnaround> city = code -> byCity.computeIfAbsent(Tabulation.city(code, regions),
				c -> new Turnaround(workingDays::workingDaysBetween, from, to));
		Map<String, Object> params = new HashMap<>();
		StringBuilder applications = new StringBuilder(
				" where a.submitted_on is not null and a.decided_on is not null");
		StringBuilder claims = new StringBuilder(" where r.submitted_on is not null");
		if (programId != null) {
			applications.append(" and a.program_id = :program");
			claims.append(" and r.program_id = :program");
			params.put("program", programId);
		}
		// only narrows the rows read; which step counts in which year is the rule's
		if (from != null) {
			applications.append(" and a.decided_on >= :start");
			claims.append(" and (r.confirmed_on >= :start or r.decided_on >= :start or r.paid_on >= :start)");
			params.put("start", LocalDate.of(from, 1, 1));
		}
		if (to != null) {
			applications.append(" and a.submitted_on < :end");
			claims.append(" and r.submitted_on < :end");
			params.put("end", LocalDate.of(to + 1, 1, 1));
		}
		jdbc.sql("select a.region_code, a.submitted_on, a.decided_on, count(*) from voucher_application a" + applications
				+ " group by a.region_code, a.submitted_on, a.decided_on")
			.params(params)
			.query((rs, n) -> {
				if (regions.isWithin(rs.getString(1), region)) {
					turnaround.add(Turnaround.Step.APPLICATION_DECISION, date(rs, 2), date(rs, 3), rs.getLong(4));
					city.apply(rs.getString(1))
						.add(Turnaround.Step.APPLICATION_DECISION, date(rs, 2), date(rs, 3), rs.getLong(4));
				}
				return null;
			})
			.list();
		jdbc.sql("select r.region_code, r.submitted_on, r.confirmed_on, r.decided_on, r.paid_on, count(*)"
				+ " from redemption r" + claims
				+ " group by r.region_code, r.submitted_on, r.confirmed_on, r.decided_on, r.paid_on")
			.params(params)
			.query((rs, n) -> {
				if (regions.isWithin(rs.getString(1), region)) {
					turnaround.addClaim(date(rs, 2), date(rs, 3), date(rs, 4), date(rs, 5), rs.getLong(6));
					city.apply(rs.getString(1)).addClaim(date(rs, 2), date(rs, 3), date(rs, 4), date(rs, 5), rs.getLong(6));
				}
				return null;
			})
			.list();
		return new Turnarounds(turnaround, byCity);
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
