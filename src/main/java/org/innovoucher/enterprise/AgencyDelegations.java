package org.innovoucher.enterprise;

import java.util.List;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise lets agencies act for it, and takes that back. Only the enterprise itself does. */
@Service
public class AgencyDelegations {

	private final AgencyDelegationRepository delegations;
	private final Enterprises enterprises;
	private final Accounts accounts;
	private final BusinessClock clock;

	AgencyDelegations(AgencyDelegationRepository delegations, Enterprises enterprises, Accounts accounts,
			BusinessClock clock) {
		this.delegations = delegations;
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	public AgencyDelegation delegate(String enterpriseId, String agencyUsername, CurrentUser user) {
		if (!user.has(Role.ENTERPRISE) || !enterpriseId.equals(user.enterpriseId())) {
			throw DomainException.forbidden("only the enterprise itself delegates");
		}
		UserAccount agency = accounts.findByUsername(agencyUsername)
			.filter(a -> a.getRoles().contains(Role.AGENCY))
			.orElseThrow(() -> DomainException.invalid("agencyUsername", "no agency account " + agencyUsername));
		if (delegations.existsByEnterpriseIdAndAgencyUserIdAndActiveTrue(enterpriseId, agency.getId())) {
			throw DomainException.invalidState("this agency already acts for the enterprise");
		}
		return delegations.save(
				AgencyDelegation.grant(Ids.newId(), enterpriseId, agency.getId(), agencyUsername, clock.now()));
	}

	@Transactional
	public AgencyDelegation revoke(String enterpriseId, String delegationId, CurrentUser user) {
		if (!user.has(Role.ENTERPRISE) || !enterpriseId.equals(user.enterpriseId())) {
			throw DomainException.forbidden("only the enterprise itself revokes a delegation");
		}
		AgencyDelegation delegation = delegations.findById(delegationId)
			.filter(d -> d.getEnterpriseId().equals(enterpriseId))
			.orElseThrow(() -> DomainException.notFound("delegation", delegationId));
		delegation.revoke(clock.now());
		return delegations.save(delegation);
	}

	public List<AgencyDelegation> of(String enterpriseId, CurrentUser user) {
		enterprises.getVisible(EnterpriseId.of(enterpriseId), user);
		return delegations.findByEnterpriseIdOrderByGrantedAt(enterpriseId);
	}

	/** A delegation with the username the agency signs in with, for the enterprise's list of its agencies. */
	public record Agency(AgencyDelegation delegation, String username) {
	}

	/** The enterprise's delegations, active and revoked, in the order they were granted, with the agencies' usernames. */
	public List<Agency> agenciesOf(String enterpriseId, CurrentUser user) {
		return of(enterpriseId, user).stream()
			.map(d -> new Agency(d, accounts.find(d.getAgencyUserId()).map(UserAccount::getUsername).orElse("")))
			.toList();
	}

	/** The enterprises an agency acts for now, in the order they delegated; empty for everyone else. */
	public List<Enterprise> actingFor(CurrentUser user) {
		if (!user.has(Role.AGENCY)) {
			return List.of();
		}
		return delegations.findByAgencyUserIdAndActiveTrueOrderByGrantedAt(user.id())
			.stream()
			.map(d -> enterprises.get(EnterpriseId.of(d.getEnterpriseId())))
			.toList();
	}
}
