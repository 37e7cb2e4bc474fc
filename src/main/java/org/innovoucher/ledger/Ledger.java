package org.innovoucher.ledger;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts balanced transactions and derives balances from them. Every posting locks the books (one
 * per program and region) it touches, so the checks below hold under any concurrency: no book's
 * available budget, reservations, bindings or approvals ever go below zero.
 */
@Service
public class Ledger {

	private static final List<Account> NEVER_NEGATIVE = List.of(Account.AVAILABLE, Account.RESERVED, Account.BOUND,
			Account.APPROVED, Account.PAID, Account.RECEIVABLE);

	private final JdbcClient jdbc;
	private final BusinessClock clock;
	private final LedgerChain chain;

	Ledger(JdbcClient jdbc, BusinessClock clock, LedgerChain chain) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.chain = chain;
	}

	/** Sets a region's budget for a program, posting the difference. It cannot fall below what is committed. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void setBudget(ProgramId programId, RegionCode region, Money amount) {
		String regionCode = region.value();
		if (amount.isNegative()) {
			throw DomainException.invalid("amount", "must not be negative");
		}
		// a concurrent first budget of the same region waits for the other's insert and then skips its own
		int created = jdbc.sql("""
				insert into program_budget (program_id, region_code, amount, version)
				values (:program, :region, 0, 0) on conflict do nothing""")
			.param("program", programId.value())
			.param("region", regionCode)
			.update();
		Money current = lockBook(programId.value(), regionCode);
		Money delta = amount.minus(current);
		if (created == 0 && delta.isZero()) {
			return;
		}
		post(Posting.of(programId, TransactionType.BUDGET_ALLOCATED, "PROGRAM", programId.value())
			.move(regionCode, Account.FUNDING, Account.AVAILABLE, delta)
			.memo("budget of " + regionCode + " set to " + amount));
		jdbc.sql("update program_budget set amount = :amount, version = version + 1 where program_id = :program and region_code = :region")
			.param("amount", amount.amount())
			.param("program", programId.value())
			.param("region", regionCode)
			.update();
	}

	/** The regions that hold a budget in this program. */
	public List<String> budgetRegions(ProgramId programId) {
		return jdbc.sql("select region_code from program_budget where program_id = :program order by region_code")
			.param("program", programId.value())
			.query(String.class)
			.list();
	}

	/** The first of the given regions (nearest first) that holds a budget in this program. */
	public Optional<String> bookFor(ProgramId programId, List<String> nearestFirst) {
		List<String> withBudget = budgetRegions(programId);
		return nearestFirst.stream().filter(withBudget::contains).findFirst();
	}

	/**
	 * Posts a balanced transaction in the caller's transaction. Refuses with BUDGET_EXHAUSTED where the
	 * available budget would go negative.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String post(Posting posting) {
		if (posting.lines().isEmpty()) {
			return null;
		}
		if (!posting.sum().isZero()) {
			throw new IllegalStateException("unbalanced transaction " + posting.type() + ": " + posting.lines());
		}
		TreeSet<String> regions = new TreeSet<>();
		posting.lines().forEach(l -> regions.add(l.regionCode()));
		for (String region : regions) {
			lockBook(posting.programId(), region);
		}
		for (String region : regions) {
			Map<Account, Money> balances = accountBalances(posting.programId(), region);
			for (Posting.Line line : posting.lines()) {
				if (line.regionCode().equals(region)) {
					balances.merge(line.account(), line.amount(), Money::plus);
				}
			}
			for (Account account : NEVER_NEGATIVE) {
				if (balances.getOrDefault(account, Money.ZERO).isNegative()) {
					if (account == Account.AVAILABLE) {
						throw new DomainException(ErrorCode.BUDGET_EXHAUSTED, "the budget of region " + region
								+ " has only " + balances.get(account).minus(linesOf(posting, region, account))
								+ " available");
					}
					throw new IllegalStateException("account " + account + " of " + region + " would go negative by "
							+ posting.type());
				}
			}
		}
		String id = Ids.newId();
		// the precision both databases keep, so that the sealed time is the stored time
		Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("""
				insert into ledger_transaction (id, program_id, type, reference_type, reference_id, posted_at, memo)
				values (:id, :program, :type, :refType, :refId, :at, :memo)""")
			.param("id", id)
			.param("program", posting.programId())
			.param("type", posting.type().name())
			.param("refType", posting.referenceType())
			.param("refId", posting.referenceId())
			.param("at", Timestamp.from(at))
			.param("memo", posting.memo())
			.update();
		for (Posting.Line line : posting.lines()) {
			jdbc.sql("""
					insert into ledger_entry (transaction_id, program_id, region_code, account, amount)
					values (:tx, :program, :region, :account, :amount)""")
				.param("tx", id)
				.param("program", posting.programId())
				.param("region", line.regionCode())
				.param("account", line.account().name())
				.param("amount", line.amount().amount())
				.update();
			addToBalance(posting.programId(), line);
		}
		chain.append(id, posting, at);
		return id;
	}

	/** The book is locked by the caller, so nobody else changes (or first creates) its balances. */
	private void addToBalance(String programId, Posting.Line line) {
		int updated = jdbc.sql("""
				update ledger_balance set balance = balance + :amount
				where program_id = :program and region_code = :region and account = :account""")
			.param("amount", line.amount().amount())
			.param("program", programId)
			.param("region", line.regionCode())
			.param("account", line.account().name())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into ledger_balance (program_id, region_code, account, balance)
					values (:program, :region, :account, :amount)""")
				.param("program", programId)
				.param("region", line.regionCode())
				.param("account", line.account().name())
				.param("amount", line.amount().amount())
				.update();
		}
	}

	private static Money linesOf(Posting posting, String region, Account account) {
		return posting.lines().stream()
			.filter(l -> l.regionCode().equals(region) && l.account() == account)
			.map(Posting.Line::amount)
			.reduce(Money.ZERO, Money::plus);
	}

	private Money lockBook(String programId, String regionCode) {
		return jdbc.sql("select amount from program_budget where program_id = :program and region_code = :region for update")
			.param("program", programId)
			.param("region", regionCode)
			.query(BigDecimal.class)
			.optional()
			.map(Money::new)
			.orElseThrow(() -> new DomainException(ErrorCode.BUDGET_EXHAUSTED,
					"region " + regionCode + " has no budget in this program"));
	}

	public Map<Account, Money> accountBalances(String programId, String regionCode) {
		Map<Account, Money> balances = new EnumMap<>(Account.class);
		jdbc.sql("""
				select account, balance from ledger_balance where program_id = :program and region_code = :region""")
			.param("program", programId)
			.param("region", regionCode)
			.query((rs, n) -> balances.put(Account.valueOf(rs.getString(1)), new Money(rs.getBigDecimal(2))))
			.list();
		return balances;
	}

	/** Every region's position in the program, and the total last (region code null). */
	@Transactional(readOnly = true)
	public List<Balances> balances(ProgramId programId) {
		Map<String, Map<Account, Money>> byRegion = new LinkedHashMap<>();
		for (String region : budgetRegions(programId)) {
			byRegion.put(region, new EnumMap<>(Account.class));
		}
		jdbc.sql("select region_code, account, balance from ledger_balance where program_id = :program")
			.param("program", programId.value())
			.query((rs, n) -> byRegion.computeIfAbsent(rs.getString(1), r -> new EnumMap<>(Account.class))
				.put(Account.valueOf(rs.getString(2)), new Money(rs.getBigDecimal(3))))
			.list();
		Map<String, Money> released = new LinkedHashMap<>();
		jdbc.sql("""
				select e.region_code, sum(e.amount) from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
				where e.program_id = :program and e.account = 'AVAILABLE' and e.amount > 0
				  and t.type not in ('BUDGET_ALLOCATED', 'CLAWBACK_RECOVERED')
				group by e.region_code""")
			.param("program", programId.value())
			.query((rs, n) -> released.put(rs.getString(1), new Money(rs.getBigDecimal(2))))
			.list();
		List<Balances> result = new ArrayList<>();
		Balances total = Balances.empty(null);
		for (Map.Entry<String, Map<Account, Money>> entry : byRegion.entrySet()) {
			Map<Account, Money> b = entry.getValue();
			Balances region = new Balances(entry.getKey(), get(b, Account.FUNDING).negate(), get(b, Account.RESERVED),
					get(b, Account.BOUND), get(b, Account.APPROVED), get(b, Account.PAID),
					released.getOrDefault(entry.getKey(), Money.ZERO), get(b, Account.CLAWED_BACK).negate(),
					get(b, Account.RECEIVABLE), get(b, Account.AVAILABLE));
			result.add(region);
			total = total.plus(region, null);
		}
		result.add(total);
		return result;
	}

	/**
	 * The checks an auditor runs on a program's books: every transaction sums to zero, the running
	 * balances agree with the sums of the entries they summarise, and every transaction still matches
	 * its seal in the ledger's chain.
	 */
	public record Integrity(boolean balanced, boolean reconciled, boolean sealed) {
	}

	@Transactional(readOnly = true)
	public Integrity integrity(ProgramId programId) {
		return new Integrity(isBalanced(programId), reconciles(programId), chain.sealed(programId.value()));
	}

	/** Whether the running balances equal the sums of the entries, account by account. */
	public boolean reconciles(ProgramId programId) {
		return jdbc.sql("""
				select count(*) from (
				  select region_code, account from (
				    select region_code, account, amount from ledger_entry where program_id = :program
				    union all
				    select region_code, account, -balance from ledger_balance where program_id = :program) both_sides
				  group by region_code, account having sum(amount) <> 0) differing""")
			.param("program", programId.value())
			.query(Long.class)
			.single() == 0;
	}

	/** Whether every transaction of the program sums to zero (a check for audits and tests). */
	public boolean isBalanced(ProgramId programId) {
		return jdbc.sql("""
				select count(*) from (select transaction_id from ledger_entry where program_id = :program
				group by transaction_id having sum(amount) <> 0) unbalanced""")
			.param("program", programId.value())
			.query(Long.class)
			.single() == 0;
	}

	private static Money get(Map<Account, Money> balances, Account account) {
		return balances.getOrDefault(account, Money.ZERO);
	}
}
