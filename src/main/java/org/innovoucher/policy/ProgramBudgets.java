package org.innovoucher.policy;

import org.innovoucher.ledger.Ledger;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.RegionCode;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A policy administrator of the program's region sets the budgets of its regions. */
@Service
public class ProgramBudgets {

	private final ProgramRepository programs;
	private final Programs reader;
	private final Ledger ledger;
	private final Regions regions;

	ProgramBudgets(ProgramRepository programs, Programs reader, Ledger ledger, Regions regions) {
		this.programs = programs;
		this.reader = reader;
		this.ledger = ledger;
		this.regions = regions;
	}

	/** Sets a region's budget; the region lies within the program's. */
	@Transactional
	public void setBudget(ProgramId id, String regionCode, Money amount, CurrentUser user) {
		Program program = reader.getVisible(id, user);
		user.requireStaffCovering(Role.POLICY_ADMIN, program.getRegionCode(), regions);
		regions.require(regionCode, "regionCode");
		if (!regions.isWithin(regionCode, program.getRegionCode())) {
			throw DomainException.invalid("regionCode", regionCode + " lies outside the program's region");
		}
		program.allocateBudget(regionCode, amount);
		ledger.setBudget(id, RegionCode.of(regionCode), amount);
		programs.save(program);
	}
}
