package org.innovoucher.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-data table as the published evaluations lay it out: cities by years, issued (by the
 * voucher's issue date) and redeemed (by the claim's payment date) amounts and counts, the ratios by
 * amount and by enterprise, innovation outputs, with a total column per city and a total row; and the
 * recognised institutions per year with the new ones. Over all programs or one.
 */
@Service
public class OpenStatistics {

	/** A city's figures in one year, or over all the table's years where {@code year} is null. */
	public record Figures(Integer year, long issuedCount, Money issuedAmount, long redeemedCount,
			Money redeemedAmount, long enterprisesIssued, long enterprisesRedeemed, String ratioByAmount,
			String ratioByEnterprise, Statistics.Outputs outputs) {
	}

	/** One row: a city (or, for the total row, a null code) with a cell per year of the table and its total. */
	public record CityRow(String regionCode, String regionName, List<Figures> years, Figures total) {
	}

	/** Institutions recognised at the year's end, and those recognised for the first time in it. */
	public record InstitutionYear(int year, long recognised, long newlyRecognised) {
	}

	public record Table(String programId, List<Integer> years, List<CityRow> cities, CityRow total,
			List<InstitutionYear> institutions) {
	}

	/** The widest table asked for at once, so that a mistyped year is a 400, not a thousand empty columns. */
	static final int MAX_YEARS = 50;

	private final JdbcClient jdbc;
	private final Regions regions;
	private final RecognitionYears recognitions;

	OpenStatistics(JdbcClient jdbc, Regions regions, RecognitionYears recognitions) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.recognitions = recognitions;
	}

	private static Figures figures(Tally cell, Integer year) {
		return new Figures(year, cell.issuedCount, cell.issuedAmount, cell.redeemedCount, cell.redeemedAmount,
				cell.enterprisesIssued, cell.enterprisesRedeemed,
				Tabulation.ratio(cell.redeemedAmount.amount(), cell.issuedAmount.amount()),
				Tabulation.ratio(BigDecimal.valueOf(cell.enterprisesRedeemed), BigDecimal.valueOf(cell.enterprisesIssued)),
				cell.outputs());
	}

	/** Per city: a cell per year (key) and the city's total over the years (key {@code null} in a map apart). */
	private record Sums(Map<String, Map<Integer, Tally>> byYear, Map<String, Tally> overall) {
	}

	/**
	 * The table of {@code programId} (all programs where null) from year {@code from} to {@code to}
	 * (each open where null: then the first or last year with figures).
	 */
	@Transactional(readOnly = true)
	public Table byCityAndYear(String programId, Integer from, Integer to) {
		return byCityAndYear(programId, from, to, null);
	}

	/**
	 * The same table with the figures of {@code withinRegion} only (every region where null): a city's
	 * staff see their city's row, and the institutions of their city.
	 */
	@Transactional(readOnly = true)
	public Table byCityAndYear(String programId, Integer from, Integer to, String withinRegion) {
		String programRegion = programRegion(programId);
		if (from != null && to != null && (to < from || to - from >= MAX_YEARS)) {
			throw DomainException.invalid("to", "must be from 'from' to " + (MAX_YEARS - 1) + " years after it");
		}
		Sums sums = new Sums(new TreeMap<>(), new TreeMap<>());
		collect(programId, from, to, true, withinRegion, sums);
		collect(programId, from, to, false, withinRegion, sums);
		List<Integer> years = years(sums, from, to);
		List<CityRow> cities = new ArrayList<>();
		Map<Integer, Tally> yearTotals = new HashMap<>();
		Tally grandTotal = new Tally();
		sums.overall().forEach((city, overall) -> {
			Map<Integer, Tally> cells = sums.byYear().getOrDefault(city, Map.of());
			List<Figures> row = new ArrayList<>();
			for (int year : years) {
				Tally cell = cells.getOrDefault(year, new Tally());
				yearTotals.computeIfAbsent(year, y -> new Tally()).add(cell);
				row.add(figures(cell, year));
			}
			grandTotal.add(overall);
			cities.add(new CityRow(city, regions.find(city).map(Region::name).orElse(city), row, figures(overall, null)));
		});
		List<Figures> totalRow = years.stream()
			.map(year -> figures(yearTotals.getOrDefault(year, new Tally()), year))
			.toList();
		return new Table(programId, years, cities, new CityRow(null, "合计 Total", totalRow, figures(grandTotal, null)),
				recognitions.perYear(years, narrower(programRegion, withinRegion)));
	}

	/** The smaller of the program's region and the reader's, where one lies within the other. */
	private String narrower(String programRegion, String withinRegion) {
		if (withinRegion == null || Regions.COUNTRY.equals(withinRegion)) {
			return programRegion;
		}
		return programRegion == null || regions.isWithin(withinRegion, programRegion) ? withinRegion : programRegion;
	}

	/** The program's region (its institutions are those within it); null for all programs. */
	private String programRegion(String programId) {
		if (programId == null) {
			return null;
		}
		return jdbc.sql("select region_code from program where id = :id")
			.param("id", programId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("program", programId));
	}

	/** Adds the issued and the redeemed figures, per region and year or per region only, to their cities. */
	private void collect(String programId, Integer from, Integer to, boolean byYear, String withinRegion, Sums sums) {
		Map<String, Object> params = new HashMap<>();
		String issued = where("v", "v.status <> 'REVOKED'", "v.issued_on", programId, from, to, params);
		String paid = where("r", "r.status = 'PAID'", "r.paid_on", programId, from, to, params);
		String issuedYear = byYear ? "extract(year from v.issued_on)" : "0";
		String paidYear = byYear ? "extract(year from r.paid_on)" : "0";
		// a constant in a group by would be read as a column's position
		String issuedGroup = byYear ? ", " + issuedYear : "";
		String paidGroup = byYear ? ", " + paidYear : "";
		jdbc.sql("select v.region_code, " + issuedYear + ", count(*), sum(v.face_value), count(distinct v.enterprise_id)"
				+ " from voucher v" + issued + " group by v.region_code" + issuedGroup)
			.params(params)
			.query((rs, n) -> {
				if (!regions.isWithin(rs.getString(1), withinRegion)) {
					return null;
				}
				Tally cell = cell(rs, byYear, sums);
				cell.issuedCount += rs.getLong(3);
				cell.issuedAmount = cell.issuedAmount.plus(new Money(rs.getBigDecimal(4)));
				cell.enterprisesIssued += rs.getLong(5);
				return null;
			})
			.list();
		jdbc.sql("select r.region_code, " + paidYear + ", count(*), sum(r.approved_amount),"
				+ " count(distinct r.enterprise_id), sum(r.invention_patents), sum(r.utility_models),"
				+ " sum(r.design_patents), sum(r.trademarks), sum(r.software_copyrights), sum(r.new_products),"
				+ " sum(r.test_reports) from redemption r" + paid + " group by r.region_code" + paidGroup)
			.params(params)
			.query((rs, n) -> {
				if (!regions.isWithin(rs.getString(1), withinRegion)) {
					return null;
				}
				Tally cell = cell(rs, byYear, sums);
				cell.redeemedCount += rs.getLong(3);
				cell.redeemedAmount = cell.redeemedAmount.plus(new Money(rs.getBigDecimal(4)));
				cell.enterprisesRedeemed += rs.getLong(5);
				for (int i = 0; i < cell.outputs.length; i++) {
					cell.outputs[i] += rs.getLong(6 + i);
				}
				return null;
			})
			.list();
	}

	private Tally cell(ResultSet rs, boolean byYear, Sums sums) throws SQLException {
		String city = Tabulation.city(rs.getString(1), regions);
		if (!byYear) {
			return sums.overall().computeIfAbsent(city, c -> new Tally());
		}
		return sums.byYear().computeIfAbsent(city, c -> new TreeMap<>()).computeIfAbsent(rs.getInt(2), y -> new Tally());
	}

	private static String where(String alias, String status, String dateColumn, String programId, Integer from,
			Integer to, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where ").append(status);
		if (programId != null) {
			where.append(" and ").append(alias).append(".program_id = :program");
			params.put("program", programId);
		}
		if (from != null) {
			where.append(" and ").append(dateColumn).append(" >= :start");
			params.put("start", LocalDate.of(from, 1, 1));
		}
		if (to != null) {
			where.append(" and ").append(dateColumn).append(" < :end");
			params.put("end", LocalDate.of(to + 1, 1, 1));
		}
		return where.toString();
	}

	/** From {@code from} to {@code to}; an open end is the first or last year with figures. */
	private static List<Integer> years(Sums sums, Integer from, Integer to) {
		TreeSet<Integer> found = new TreeSet<>();
		sums.byYear().values().forEach(cells -> found.addAll(cells.keySet()));
		Integer first = from != null ? from : found.isEmpty() ? to : found.first();
		Integer last = to != null ? to : found.isEmpty() ? from : found.last();
		if (first == null || last == null || last < first) {
			return List.of();
		}
		List<Integer> years = new ArrayList<>();
		for (int year = first; year <= last && years.size() < MAX_YEARS; year++) {
			years.add(year);
		}
		return years;
	}
}
