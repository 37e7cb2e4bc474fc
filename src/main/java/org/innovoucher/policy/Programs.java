package org.innovoucher.policy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.innovoucher.audit.AuditTrail;
import org.innovoucher.ledger.Balances;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The policy module's API: programs, their versioned rules and their budgets. */
@Service
public class Programs {

	private final ProgramRepository programs;
	private final ProgramVersionRepository versions;
	private final Ledger ledger;
	private final Regions regions;
	private final BusinessClock clock;
	private final AuditTrail audit;
	private final ObjectMapper json;
	private final Map<String, ProgramRules> rulesCache = new ConcurrentHashMap<>();

	Programs(ProgramRepository programs, ProgramVersionRepository versions, Ledger ledger, Regions regions,
			BusinessClock clock, AuditTrail audit, ObjectMapper json) {
		this.programs = programs;
		this.versions = versions;
		this.ledger = ledger;
		this.regions = regions;
		this.clock = clock;
		this.audit = audit;
		this.json = json;
	}

	@Transactional
	public Program create(ProgramRules body, CurrentUser user) {
		// the role first: someone who may not make programs learns nothing about the rules
		if (!user.has(Role.POLICY_ADMIN)) {
			throw DomainException.forbidden("programs are made by a policy administrator");
		}
		ProgramRules rules = validated(body);
		requirePolicyAdmin(rules.regionCode(), user);
		Program program = programs.save(new Program(Ids.newId(), rules, clock.now()));
		versions.save(new ProgramVersion(Ids.newId(), program.getId(), 1, write(rules), clock.now()));
		audit.record("PROGRAM_CREATED", "PROGRAM", program.getId(), null, Program.Status.DRAFT.name(), rules.name());
		return program;
	}

	/** Amends the rules: a draft in place; an open program gets a new version, issued vouchers keep theirs. */
	@Transactional
	public Program amend(String id, ProgramRules body, CurrentUser user) {
		Program program = getVisible(id, user);
		requirePolicyAdmin(program.getRegionCode(), user);
		ProgramRules rules = validated(body);
		int before = program.getCurrentVersion();
		int version = program.amend(rules);
		if (version == before) {
			ProgramVersion current = versions.findByProgramIdAndVersionNo(id, version).orElseThrow();
			current.replaceRules(write(rules));
			rulesCache.remove(id + ":" + version);
		}
		else {
			versions.save(new ProgramVersion(Ids.newId(), id, version, write(rules), clock.now()));
		}
		audit.record("PROGRAM_AMENDED", "PROGRAM", id, "v" + before, "v" + version, rules.name());
		return program;
	}

	@Transactional
	public Program publish(String id, CurrentUser user) {
		Program program = getVisible(id, user);
		requirePolicyAdmin(program.getRegionCode(), user);
		Program.Status before = program.publish();
		audit.record("PROGRAM_PUBLISHED", "PROGRAM", id, before.name(), program.getStatus().name(), null);
		return program;
	}

	@Transactional
	public Program close(String id, CurrentUser user) {
		Program program = getVisible(id, user);
		requirePolicyAdmin(program.getRegionCode(), user);
		Program.Status before = program.close();
		audit.record("PROGRAM_CLOSED", "PROGRAM", id, before.name(), program.getStatus().name(), null);
		return program;
	}

	/** Sets a region's budget; the region lies within the program's. */
	@Transactional
	public void setBudget(String id, String regionCode, Money amount, CurrentUser user) {
		Program program = getVisible(id, user);
		requirePolicyAdmin(program.getRegionCode(), user);
		regions.require(regionCode, "regionCode");
		if (!regions.isWithin(regionCode, program.getRegionCode())) {
			throw DomainException.invalid("regionCode", regionCode + " lies outside the program's region");
		}
		if (program.getStatus() == Program.Status.CLOSED) {
			throw DomainException.invalidState("a closed program's budget cannot change");
		}
		ledger.setBudget(id, regionCode, amount);
		audit.record("BUDGET_SET", "PROGRAM", id, null, null, regionCode + " = " + amount);
	}

	/** Drafts are seen by staff only; open and closed programs by anyone. */
	public Program getVisible(String id, CurrentUser user) {
		Program program = programs.findById(id).orElseThrow(() -> DomainException.notFound("program", id));
		if (program.getStatus() == Program.Status.DRAFT && (user == null || !user.isStaff())) {
			throw DomainException.notFound("program", id);
		}
		return program;
	}

	public Program get(String id) {
		return programs.findById(id).orElseThrow(() -> DomainException.notFound("program", id));
	}

	public PageResult<Program> list(CurrentUser user, Pageable paging) {
		List<Program.Status> statuses = user != null && user.isStaff() ? List.of(Program.Status.values())
				: List.of(Program.Status.OPEN, Program.Status.CLOSED);
		return PageResult.of(programs.findByStatusIn(statuses, paging), p -> p);
	}

	public ProgramRules currentRules(String programId) {
		return rules(programId, get(programId).getCurrentVersion());
	}

	public ProgramRules rules(String programId, int version) {
		return rulesCache.computeIfAbsent(programId + ":" + version,
				key -> read(versions.findByProgramIdAndVersionNo(programId, version)
					.orElseThrow(() -> DomainException.notFound("program version", programId + " v" + version))
					.getRules()));
	}

	/** The auditor's checks of a program's books: transactions balanced, running balances reconciled. */
	public Ledger.Integrity integrity(String id, CurrentUser user) {
		return ledger.integrity(forLedger(id, user).getId());
	}

	public List<Balances> ledger(String id, CurrentUser user) {
		Program program = forLedger(id, user);
		List<Balances> all = ledger.balances(program.getId());
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
	private Program forLedger(String id, CurrentUser user) {
		Program program = get(id);
		if (!user.isStaff()) {
			throw DomainException.forbidden("the ledger is for staff");
		}
		return program;
	}

	private ProgramRules validated(ProgramRules body) {
		if (body == null) {
			throw DomainException.invalid("body", "a program is required");
		}
		body.validate(regions::exists);
		// a city sets its own excess ratio only where the program's province lets it: inside the program
		if (body.excessRatioByRegion() != null) {
			List<DomainException.FieldError> outside = body.excessRatioByRegion().keySet().stream()
				.filter(code -> !regions.isWithin(code, body.regionCode()))
				.map(code -> new DomainException.FieldError("excessRatioByRegion",
						"region " + code + " is not within the program's region " + body.regionCode()))
				.toList();
			if (!outside.isEmpty()) {
				throw new DomainException(ErrorCode.VALIDATION_FAILED, outside.get(0).message(), outside);
			}
		}
		return body.withDefaults();
	}

	private void requirePolicyAdmin(String regionCode, CurrentUser user) {
		if (!user.has(Role.POLICY_ADMIN)) {
			throw DomainException.forbidden("programs are made by a policy administrator");
		}
		if (!regions.isWithin(regionCode, user.regionCode())) {
			throw DomainException.forbidden("region " + regionCode + " is outside your region");
		}
	}

	private String write(ProgramRules rules) {
		try {
			return json.writeValueAsString(rules);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private ProgramRules read(String text) {
		try {
			return json.readValue(text, ProgramRules.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored program rules are unreadable", e);
		}
	}
}
