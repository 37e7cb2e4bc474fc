package org.innovoucher.policy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A voucher scheme for a region and a period. Its rules live in numbered versions. */
@Entity
public class Program extends AggregateRoot<Program> {

	public enum Status {
		DRAFT, OPEN, CLOSED;

		private static final Map<Status, Set<Status>> MOVES = new EnumMap<>(Map.of(DRAFT, EnumSet.of(OPEN), OPEN,
				EnumSet.of(CLOSED), CLOSED, EnumSet.noneOf(Status.class)));

		boolean canMoveTo(Status next) {
			return MOVES.get(this).contains(next);
		}
	}

	@Id
	private String id;
	private String name;
	private String regionCode;
	@Column(name = "program_year")
	private int year;
	@Enumerated(EnumType.STRING)
	private Status status;
	private int currentVersion;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Program() {
	}

	Program(String id, ProgramRules rules, Instant createdAt) {
		this.id = id;
		this.name = rules.name();
		this.regionCode = rules.regionCode();
		this.year = rules.year();
		this.status = Status.DRAFT;
		this.currentVersion = 1;
		this.createdAt = createdAt;
	}

	/** A new program, a draft with its first version of the rules. */
	static Program create(String id, ProgramRules rules, Instant createdAt) {
		Program program = new Program(id, rules, createdAt);
		program.raise(new ProgramEvents.ProgramCreated(id, program.name));
		return program;
	}

	Status publish() {
		Status before = moveTo(Status.OPEN);
		raise(new ProgramEvents.ProgramPublished(id));
		return before;
	}

	Status close() {
		Status before = moveTo(Status.CLOSED);
		raise(new ProgramEvents.ProgramClosed(id));
		return before;
	}

	/** Sets a region's budget (the ledger keeps the amounts); a closed program's budget stays as it is. */
	void allocateBudget(String budgetRegionCode, Money amount) {
		if (status == Status.CLOSED) {
			throw DomainException.invalidState("a closed program's budget cannot change");
		}
		raise(new ProgramEvents.BudgetAllocated(id, budgetRegionCode, amount));
	}

	private Status moveTo(Status next) {
		if (!status.canMoveTo(next)) {
			throw DomainException.invalidState("a program in status " + status + " cannot become " + next);
		}
		Status before = status;
		status = next;
		return before;
	}

	/** A new version of the rules; a draft is edited in place, an open program gets a new version. */
	int amend(ProgramRules rules) {
		if (status == Status.CLOSED) {
			throw DomainException.invalidState("a closed program cannot be amended");
		}
		if (!rules.regionCode().equals(regionCode)) {
			throw DomainException.invalid("regionCode", "a program's region cannot change");
		}
		int before = currentVersion;
		this.name = rules.name();
		this.year = rules.year();
		if (status == Status.OPEN) {
			currentVersion++;
		}
		raise(new ProgramEvents.ProgramAmended(id, before, currentVersion, name));
		return currentVersion;
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	public String getId() {
		return id;
	}

	/** The id as the other modules' APIs take it. */
	public ProgramId id() {
		return ProgramId.of(id);
	}

	public String getName() {
		return name;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public int getYear() {
		return year;
	}

	public Status getStatus() {
		return status;
	}

	public int getCurrentVersion() {
		return currentVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
