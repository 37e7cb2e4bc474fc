package org.innovoucher.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued and redeemed amounts and counts per city. Read straight from the tables the voucher and
 * redemption modules own; a redeemed claim is a paid one (clawed-back claims no longer count).
 */
@Service
public class Statistics {

	/**
	 * One row of the statistics table. Ratios are strings with four decimals, null where nothing was
	 * issued. Outputs are those the paid claims reported; turnaround is the average number of calendar
	 * days of each step of the paid claims (null where none was paid), and the same in working days of
	 * the official calendar, as deadlines count.
	 */
	public record Row(String regionCode, String regionName, long issuedCount, Money issuedAmount, long redeemedCount,
			Money redeemedAmount, long enterprisesIssued, long enterprisesRedeemed, String ratioByAmount,
			String ratioByEnterprise, Outputs outputs, Turnaround turnaroundDays, Turnaround turnaroundWorkingDays,
			Money redeemedToInstitutions) {
	}

	/** Innovation outputs reported by paid claims. */
	public record Outputs(long inventionPatents, long utilityModels, long designPatents, long trademarks,
			long softwareCopyrights, long newProducts, long testReports) {
	}

	/**
	 * Average calendar days, one decimal: submission to the institution's confirmation, confirmation
	 * to the bureau's decision, decision to payment, and submission to payment.
	 */
	public record Turnaround(String confirmation, String review, String payment, String total) {
	}

	private final JdbcClient jdbc;
	private final Regions regions;
	private final WorkingDays calendar;

	Statistics(JdbcClient jdbc, Regions regions, WorkingDays calendar) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.calendar = calendar;
	}

	private static final class Acc extends Tally {

		// sums of days and how many claims had the step: confirmation, review, payment, total
		final long[] days = new long[4];
		final long[] steps = new long[4];
		final long[] workingDays = new long[4];
		// of the redeemed amount, what was paid to institutions (programs with payee INSTITUTION)
		Money toInstitutions = Money.ZERO;
	}

	/** Per city (or province, for enterprises registered at province level), with a total row last. */
	@Transactional(readOnly = true)
	public List<Row> byRegion(String programId, Integer year, String withinRegion) {
		if (programId != null && jdbc.sql("select count(*) from program where id = :id").param("id", programId)
			.query(Long.class).single() == 0) {
			throw DomainException.notFound("program", programId);
		}
		Map<String, Acc> byCity = new TreeMap<>();
		Acc total = new Acc();
		StringBuilder voucherWhere = new StringBuilder(" where v.status <> 'REVOKED'");
		StringBuilder claimWhere = new StringBuilder(" where r.status = 'PAID'");
		Map<String, Object> params = new HashMap<>();
		if (programId != null) {
			voucherWhere.append(" and v.program_id = :program");
			claimWhere.append(" and r.program_id = :program");
			params.put("program", programId);
		}
		if (year != null) {
			voucherWhere.append(" and p.program_year = :year");
			claimWhere.append(" and p.program_year = :year");
			params.put("year", year);
		}
		aggregate("select v.region_code, count(*), sum(v.face_value), count(distinct v.enterprise_id) from voucher v"
				+ " join program p on p.id = v.program_id" + voucherWhere + " group by v.region_code", params, withinRegion,
				byCity, total, (acc, figures) -> {
					acc.issuedCount += figures.count();
					acc.issuedAmount = acc.issuedAmount.plus(figures.amount());
					acc.enterprisesIssued += figures.enterprises();
				});
		aggregate("select r.region_code, count(*), sum(r.approved_amount), count(distinct r.enterprise_id) from redemption r"
				+ " join program p on p.id = r.program_id" + claimWhere + " group by r.region_code", params, withinRegion,
				byCity, total, (acc, figures) -> {
					acc.redeemedCount += figures.count();
					acc.redeemedAmount = acc.redeemedAmount.plus(figures.amount());
					acc.enterprisesRedeemed += figures.enterprises();
				});
		jdbc.sql("select r.region_code, sum(r.invention_patents), sum(r.utility_models), sum(r.design_patents),"
				+ " sum(r.trademarks), sum(r.software_copyrights), sum(r.new_products), sum(r.test_reports)"
				+ " from redemption r join program p on p.id = r.program_id" + claimWhere + " group by r.region_code")
			.params(params)
			.query((rs, n) -> {
				for (Acc acc : targets(rs.getString(1), withinRegion, byCity, total)) {
					for (int i = 0; i < 7; i++) {
						acc.outputs[i] += rs.getLong(i + 2);
					}
				}
				return null;
			})
			.list();
		jdbc.sql("select r.region_code, sum(r.approved_amount) from redemption r join program p on p.id = r.program_id"
				+ claimWhere + " and r.payee = 'INSTITUTION' group by r.region_code")
			.params(params)
			.query((rs, n) -> {
				Money paid = new Money(rs.getBigDecimal(2));
				targets(rs.getString(1), withinRegion, byCity, total).forEach(acc -> acc.toInstitutions = acc.toInstitutions.plus(paid));
				return null;
			})
			.list();
		// grouped by dates, so the rows are few however many claims there are
		jdbc.sql("select r.region_code, r.submitted_on, r.confirmed_on, r.decided_on, r.paid_on, count(*)"
				+ " from redemption r join program p on p.id = r.program_id" + claimWhere
				+ " group by r.region_code, r.submitted_on, r.confirmed_on, r.decided_on, r.paid_on")
			.params(params)
			.query((rs, n) -> {
				java.time.LocalDate[] on = { date(rs, 2), date(rs, 3), date(rs, 4), date(rs, 5) };
				long count = rs.getLong(6);
				for (Acc acc : targets(rs.getString(1), withinRegion, byCity, total)) {
					step(acc, 0, on[0], on[1], count);
					step(acc, 1, on[1], on[2], count);
					step(acc, 2, on[2], on[3], count);
					step(acc, 3, on[0], on[3], count);
				}
				return null;
			})
			.list();
		List<Row> rows = new ArrayList<>();
		byCity.forEach((code, acc) -> rows.add(row(code, regions.find(code).map(Region::name).orElse(code), acc)));
		rows.add(row(null, "合计 Total", total));
		return rows;
	}

	/** The city's and the total's accumulators a region's figures go to; none outside the region asked. */
	private List<Acc> targets(String region, String withinRegion, Map<String, Acc> byCity, Acc total) {
		if (withinRegion != null && !regions.isWithin(region, withinRegion)) {
			return List.of();
		}
		return List.of(byCity.computeIfAbsent(Tabulation.city(region, regions), c -> new Acc()), total);
	}

	private static java.time.LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private void step(Acc acc, int step, java.time.LocalDate from, java.time.LocalDate to, long count) {
		if (from != null && to != null && !to.isBefore(from)) {
			acc.days[step] += java.time.temporal.ChronoUnit.DAYS.between(from, to) * count;
			acc.workingDays[step] += calendar.workingDaysBetween(from, to) * count;
			acc.steps[step] += count;
		}
	}

	/** One region's figures from one of the two queries. */
	private record Figures(long count, Money amount, long enterprises) {
	}

	/** Runs a per-region aggregate and adds each region's figures to its city and to the total. */
	private void aggregate(String sql, Map<String, Object> params, String withinRegion, Map<String, Acc> byCity,
			Acc total, java.util.function.BiConsumer<Acc, Figures> add) {
		jdbc.sql(sql).params(params).query((rs, n) -> {
			Figures figures = new Figures(rs.getLong(2), new Money(rs.getBigDecimal(3)), rs.getLong(4));
			targets(rs.getString(1), withinRegion, byCity, total).forEach(acc -> add.accept(acc, figures));
			return null;
		}).list();
	}

	private static Row row(String code, String name, Acc acc) {
		return new Row(code, name, acc.issuedCount, acc.issuedAmount, acc.redeemedCount, acc.redeemedAmount,
				acc.enterprisesIssued, acc.enterprisesRedeemed,
				Tabulation.ratio(acc.redeemedAmount.amount(), acc.issuedAmount.amount()),
				Tabulation.ratio(BigDecimal.valueOf(acc.enterprisesRedeemed), BigDecimal.valueOf(acc.enterprisesIssued)),
				acc.outputs(),
				new Turnaround(average(acc, acc.days, 0), average(acc, acc.days, 1), average(acc, acc.days, 2),
						average(acc, acc.days, 3)),
				new Turnaround(average(acc, acc.workingDays, 0), average(acc, acc.workingDays, 1),
						average(acc, acc.workingDays, 2), average(acc, acc.workingDays, 3)),
				acc.toInstitutions);
	}

	private static String average(Acc acc, long[] days, int step) {
		if (acc.steps[step] == 0) {
			return null;
		}
		return BigDecimal.valueOf(days[step]).divide(BigDecimal.valueOf(acc.steps[step]), 1, RoundingMode.HALF_UP)
			.toPlainString();
	}
}
