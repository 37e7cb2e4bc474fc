package org.innovoucher.shared;

import java.util.EnumSet;
import java.util.Set;

/** The ten roles. Staff roles are government roles scoped to a region. */
public enum Role {
	SYSTEM_ADMIN, POLICY_ADMIN, OPERATOR, BUREAU_REVIEWER, FINANCE_OFFICER, SUPERVISOR, EXPERT, ENTERPRISE, INSTITUTION, AGENCY;

	public static final Set<Role> STAFF = EnumSet.of(SYSTEM_ADMIN, POLICY_ADMIN, OPERATOR, BUREAU_REVIEWER,
			FINANCE_OFFICER, SUPERVISOR);

	public boolean isStaff() {
		return STAFF.contains(this);
	}
}
