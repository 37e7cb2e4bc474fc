package org.innovoucher.ledger;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;

/**
 * A balanced transaction being built: lines of one region's book that sum to zero. Zero lines are
 * dropped.
 */
public final class Posting {

	/** One line: an amount on an account of a region's book. */
	public record Line(String regionCode, Account account, Money amount) {
	}

	private final String programId;
	private final TransactionType type;
	private final String referenceType;
	private final String referenceId;
	private final List<Line> lines = new ArrayList<>();
	private String memo;

	private Posting(String programId, TransactionType type, String referenceType, String referenceId) {
		this.programId = programId;
		this.type = type;
		this.referenceType = referenceType;
		this.referenceId = referenceId;
	}

	public static Posting of(ProgramId programId, TransactionType type, String referenceType, String referenceId) {
		return new Posting(programId.value(), type, referenceType, referenceId);
	}

	/** Moves {@code amount} from one account to another within a region's book. */
	public Posting move(String regionCode, Account from, Account to, Money amount) {
		line(regionCode, from, amount.negate());
		return line(regionCode, to, amount);
	}

	public Posting line(String regionCode, Account account, Money amount) {
		if (!amount.isZero()) {
			lines.add(new Line(regionCode, account, amount));
		}
		return this;
	}

	public Posting memo(String memo) {
		this.memo = memo;
		return this;
	}

	public String programId() {
		return programId;
	}

	public TransactionType type() {
		return type;
	}

	public String referenceType() {
		return referenceType;
	}

	public String referenceId() {
		return referenceId;
	}

	public List<Line> lines() {
		return List.copyOf(lines);
	}

	public String memo() {
		return memo;
	}

	public Money sum() {
		return lines.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
	}
}
