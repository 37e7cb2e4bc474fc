package org.innovoucher.reporting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.policy.Round;
import org.innovoucher.policy.Rounds;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's figures per round (domain.md, "Cycles and rounds"): vouchers issued and claims paid, and
 * the turnaround of each step in working days ({@link Turnaround}). A voucher, and every claim on it,
 * counts in the round of the application that issued it; an application filed before rounds were
 * recorded counts in the round its submission day falls in. Narrowed to the staff member's region.
 */
@Service
public class RoundStatistics {

	/** One round's figures; the round's dates as the program's current rules say (null for a round no longer listed). */
	public record Row(String round, LocalDate applicationOpensOn, LocalDate applicationClosesOn, LocalDate reviewBatchOn,
			long issuedCount, Money issuedAmount, long redeemedCount, Money redeemedAmount,
			List<Turnaround.Figures> turnaround) {
	}

	private static final class Acc {

		long issuedCount;
		Money issuedAmount = Money.ZERO;
		long redeemedCount;
		Money redeemedAmount = Money.ZERO;
		Turnaround turnaround;
	}

	private final JdbcClient jdbc;
	private final Programs programs;
	private final Regions regions;
	private final WorkingDays workingDays;

	RoundStatistics(JdbcClient jdbc, Programs programs, Regions regions, WorkingDays workingDays) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.regions = regions;
		this.workingDays = workingDays;
	}

	/** The program's rounds in order, each with its figures within {@code withinRegion} (everywhere when null). */
	@Transactional(readOnly = true)
	public List<Row> of(String programId, String withinRegion) {
		ProgramRules.Window window = programs.currentRules(ProgramId.of(programId)).window();
		Map<String, Round> listed = new LinkedHashMap<>();
		Rounds.of(window).forEach(r -> listed.put(r.name(), r));
		Map<String, Acc> byRound = new LinkedHashMap<>();
		listed.keySet().forEach(name -> byRound.put(name, acc()));
		// grouped by round and dates, so the rows stay few however many files there are
		String roundOf = " from voucher_application a where a.program_id = :program";
		jdbc.sql("select a.round_name, a.submitted_on, a.region_code, a.decided_on, count(*)" + roundOf
				+ " and a.decided_on is not null group by a.round_name, a.submitted_on, a.region_code, a.decided_on")
			.param("program", programId)
			.query((rs, n) -> {
				if (regions.isWithin(rs.getString(3), withinRegion)) {
					into(byRound, window, rs).turnaround.add(Turnaround.Step.APPLICATION_DECISION, date(rs, 2),
							date(rs, 4), rs.getLong(5));
				}
				return null;
			})
			.list();
		jdbc.sql("select a.round_name, a.submitted_on, v.region_code, count(*), sum(v.face_value) from voucher v"
				+ " join voucher_application a on a.id = v.application_id where v.program_id = :program"
				+ " and v.status <> 'REVOKED' group by a.round_name, a.submitted_on, v.region_code")
			.param("program", programId)
			.query((rs, n) -> {
				if (regions.isWithin(rs.getString(3), withinRegion)) {
					Acc acc = into(byRound, window, rs);
					acc.issuedCount += rs.getLong(4);
					acc.issuedAmount = acc.issuedAmount.plus(new Money(rs.getBigDecimal(5)));
				}
				return null;
			})
			.list();
		jdbc.sql("select a.round_name, a.submitted_on, r.region_code, r.status, r.submitted_on, r.confirmed_on,"
				+ " r.decided_on, r.paid_on, count(*), sum(r.approved_amount) from redemption r"
				+ " join voucher v on v.id = r.voucher_id join voucher_application a on a.id = v.application_id"
				+ " where r.program_id = :program and r.submitted_on is not null group by a.round_name, a.submitted_on,"
				+ " r.region_code, r.status, r.submitted_on, r.confirmed_on, r.decided_on, r.paid_on")
			.param("program", programId)
			.query((rs, n) -> {
				if (regions.isWithin(rs.getString(3), withinRegion)) {
					Acc acc = into(byRound, window, rs);
					long count = rs.getLong(9);
					acc.turnaround.addClaim(date(rs, 5), date(rs, 6), date(rs, 7), date(rs, 8), count);
					if ("PAID".equals(rs.getString(4))) {
						acc.redeemedCount += count;
						acc.redeemedAmount = acc.redeemedAmount.plus(new Money(rs.getBigDecimal(10)));
					}
				}
				return null;
			})
			.list();
		List<Row> rows = new ArrayList<>();
		byRound.forEach((name, acc) -> {
			Round round = listed.get(name);
			rows.add(new Row(name, round == null ? null : round.applicationOpensOn(),
					round == null ? null : round.applicationClosesOn(), round == null ? null : round.reviewBatchOn(),
					acc.issuedCount, acc.issuedAmount, acc.redeemedCount, acc.redeemedAmount, acc.turnaround.figures()));
		});
		return rows;
	}

	private Acc acc() {
		Acc acc = new Acc();
		acc.turnaround = new Turnaround(workingDays::workingDaysBetween, null, null);
		return acc;
	}

	/** The round of a result row (its recorded name, else its submission day's round). */
	private Acc into(Map<String, Acc> byRound, ProgramRules.Window window, ResultSet rs) throws SQLException {
		String name = rs.getString(1);
		if (name == null) {
			LocalDate submitted = date(rs, 2);
			name = submitted == null ? null : Rounds.containing(window, submitted).map(Round::name).orElse(null);
		}
		return byRound.computeIfAbsent(name == null ? "–" : name, k -> acc());
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
