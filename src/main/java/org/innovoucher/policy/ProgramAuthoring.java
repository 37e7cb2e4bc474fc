package org.innovoucher.policy;

import java.util.List;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A policy administrator of the program's region writes its rules, publishes it and closes it. */
@Service
public class ProgramAuthoring {

	private final ProgramRepository programs;
	private final ProgramVersionRepository versions;
	private final Programs reader;
	private final StoredRules stored;
	private final Regions regions;
	private final BusinessClock clock;

	ProgramAuthoring(ProgramRepository programs, ProgramVersionRepository versions, Programs reader,
			StoredRules stored, Regions regions, BusinessClock clock) {
		this.programs = programs;
		this.versions = versions;
		this.reader = reader;
		this.stored = stored;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional
	public Program create(ProgramRules body, CurrentUser user) {
		// the role first: someone who may not make programs learns nothing about the rules
		if (!user.has(Role.POLICY_ADMIN)) {
			throw DomainException.forbidden("programs are made by a policy administrator");
		}
		ProgramRules rules = validated(body);
		user.requireStaffCovering(Role.POLICY_ADMIN, rules.regionCode(), regions);
		Program program = programs.save(Program.create(Ids.newId(), rules, clock.now()));
		versions.save(new ProgramVersion(Ids.newId(), program.getId(), 1, stored.write(rules), clock.now()));
		return program;
	}

	/** Amends the rules: a draft in place; an open program gets a new version, issued vouchers keep theirs. */
	@Transactional
	public Program amend(ProgramId id, ProgramRules body, CurrentUser user) {
		Program program = reader.getVisible(id, user);
		user.requireStaffCovering(Role.POLICY_ADMIN, program.getRegionCode(), regions);
		ProgramRules rules = validated(body);
		int before = program.getCurrentVersion();
		int version = program.amend(rules);
		if (version == before) {
			ProgramVersion current = versions.findByProgramIdAndVersionNo(id.value(), version).orElseThrow();
			current.replaceRules(stored.write(rules));
			reader.forget(id, version);
		}
		else {
			versions.save(new ProgramVersion(Ids.newId(), id.value(), version, stored.write(rules), clock.now()));
		}
		return programs.save(program);
	}

	@Transactional
	public Program publish(ProgramId id, CurrentUser user) {
		Program program = reader.getVisible(id, user);
		user.requireStaffCovering(Role.POLICY_ADMIN, program.getRegionCode(), regions);
		program.publish();
		return programs.save(program);
	}

	@Transactional
	public Program close(ProgramId id, CurrentUser user) {
		Program program = reader.getVisible(id, user);
		user.requireStaffCovering(Role.POLICY_ADMIN, program.getRegionCode(), regions);
		program.close();
		return programs.save(program);
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
}
