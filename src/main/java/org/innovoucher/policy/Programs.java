package org.innovoucher.policy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.innovoucher.ledger.Balances;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The policy module's API for readers: programs, their versioned rules and their books. Policy
 * administrators write them through {@link ProgramAuthoring} and {@link ProgramBudgets}.
 */
@Service
public class Programs {

	private final ProgramRepository programs;
	private final ProgramVersionRepository versions;
	private final Ledger ledger;
	private final Regions regions;
	private final StoredRules stored;
	private final Map<String, ProgramRules> rulesCache = new ConcurrentHashMap<>();

	Programs(ProgramRepository programs, ProgramVersionRepository versions, Ledger ledger, Regions regions,
			StoredRules stored) {
		this.programs = programs;
		this.versions = versions;
		this.ledger = ledger;
		this.regions = regions;
		this.stored = stored;
	}

	/** Drafts are seen by staff only; open and closed programs by anyone. */
	public Program getVisible(ProgramId id, CurrentUser user) {
		Program program = get(id);
		if (program.getStatus() == Program.Status.DRAFT && (user == null || !user.isStaff())) {
			throw DomainException.notFound("program", id.value());
		}
		return program;
	}

	public Program get(ProgramId id) {
		return programs.findById(id.value()).orElseThrow(() -> DomainException.notFound("program", id.value()));
	}

	public PageResult<Program> list(CurrentUser user, Pageable paging) {
		List<Program.Status> statuses = user != null && user.isStaff() ? List.of(Program.Status.values())
				: List.of(Program.Status.OPEN, Program.Status.CLOSED);
		return PageResult.of(programs.findByStatusIn(statuses, paging), p -> p);
	}

	public ProgramRules currentRules(ProgramId programId) {
		return rules(programId, get(programId).getCurrentVersion());
	}

	public ProgramRules rules(ProgramId programId, int version) {
		return rulesCache.computeIfAbsent(programId + ":" + version,
				key -> stored.read(versions.findByProgramIdAndVersionNo(programId.value(), version)
					.orElseThrow(() -> DomainException.notFound("program version", programId + " v" + version))
					.getRules()));
	}

	/** Forgets a version's cached rules: a draft's version was amended in place. */
	void forget(ProgramId programId, int version) {
		rulesCache.remove(programId + ":" + version);
	}

	/** The auditor's checks of a program's books: transactions balanced, running balances reconciled. */
	public Ledger.Integrity integrity(ProgramId id, CurrentUser user) {
		return ledger.integrity(forLedger(id, user).id());
	}

	public List<Balances> ledger(ProgramId id, CurrentUser user) {
		Program program = forLedger(id, user);
		List<Balances> all = ledger.balances(program.id());
		if (user.regionCode() == null || regions.isWithin(program.getRegionCode(), user.regionCode())) {
			return all;
		}
		List<Balances> visible = all.stream()
			.filter(b -> b.regionCode() != null && regions.isWithin(b.regionCode(), user.regionCode()))
			.toList();
		Balances total = visible.stream().reduce(Balances.empty(null), (a, b) -> sum(a, b));
		return java.util.stream.Stream.concat(visible.stream(), java.util.stream.Stream.of(total)).toList();
	}

	private static Balances sum(Balances a, Balances b) {
		return new Balances(null, a.budget().plus(b.budget()), a.reserved().plus(b.reserved()), a.bound().plus(b.bound()),
				a.approved().plus(b.approved()), a.paid().plus(b.paid()), a.released().plus(b.released()),
				a.clawedBack().plus(b.clawedBack()), a.receivable().plus(b.receivable()),
				a.available().plus(b.available()));
	}

	/** The program whose books the caller asks for; the books are for staff. */
	private Program forLedger(ProgramId id, CurrentUser user) {
		Program program = get(id);
		if (!user.isStaff()) {
			throw DomainException.forbidden("the ledger is for staff");
		}
		return program;
	}
}
