package org.innovoucher.enterprise;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.NotDelegated;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise module's API for the other modules: lookup, who may act for an enterprise, and bans
 * (supervision's sanction). Registration is {@link EnterpriseRegistrations}; delegations to agencies
 * are {@link AgencyDelegations}.
 */
@Service
public class Enterprises {

	private final EnterpriseRepository enterprises;
	private final AgencyDelegationRepository delegations;
	private final Regions regions;
	private final BusinessClock clock;

	Enterprises(EnterpriseRepository enterprises, AgencyDelegationRepository delegations, Regions regions,
			BusinessClock clock) {
		this.enterprises = enterprises;
		this.delegations = delegations;
		this.regions = regions;
		this.clock = clock;
	}

	public Enterprise get(EnterpriseId id) {
		return enterprises.findById(id.value()).orElseThrow(() -> DomainException.notFound("enterprise", id.value()));
	}

	/** The enterprise, if the caller may see it: itself, its agency, staff of its region. Else 404. */
	public Enterprise getVisible(EnterpriseId id, CurrentUser user) {
		Enterprise enterprise = get(id);
		if (!isVisibleTo(enterprise, user)) {
			throw DomainException.notFound("enterprise", id.value());
		}
		return enterprise;
	}

	public boolean isVisibleTo(Enterprise enterprise, CurrentUser user) {
		return canActFor(user, enterprise.id()) || user.isStaffCovering(enterprise.getRegionCode(), regions);
	}

	/** Enterprises of the regions a staff member covers, by status and name (or exact USCC). */
	public PageResult<Enterprise> list(CurrentUser user, Enterprise.Status status, String regionCode, String q,
			Pageable paging) {
		if (!user.isStaff()) {
			throw DomainException.forbidden("the register of enterprises is for staff");
		}
		List<String> scope = regions.listScope(regionCode, user.regionCode());
		if (scope.isEmpty()) {
			return PageResult.empty(paging);
		}
		Set<Enterprise.Status> statuses = status == null ? EnumSet.allOf(Enterprise.Status.class) : EnumSet.of(status);
		String text = q == null || q.isBlank() ? null : q.trim();
		return PageResult.of(enterprises.search(scope, statuses,
				text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%",
				text == null ? null : text.toUpperCase(Locale.ROOT), paging), e -> e);
	}

	/** The enterprise's own users, and agencies it delegated to and have not revoked. */
	public boolean canActFor(CurrentUser user, EnterpriseId enterpriseId) {
		if (user.has(Role.ENTERPRISE) && enterpriseId.equals(user.enterprise())) {
			return true;
		}
		return user.has(Role.AGENCY)
				&& delegations.existsByEnterpriseIdAndAgencyUserIdAndActiveTrue(enterpriseId.value(), user.id());
	}

	/**
	 * Resolves which enterprise a caller acts for: its own, or the one an agency names; an agency
	 * the enterprise has not delegated to, or no longer, is refused with {@link NotDelegated}.
	 */
	public Enterprise actingFor(CurrentUser user, EnterpriseId requestedEnterpriseId) {
		// the role first: staff get a plain 403, not a hint about which field to fill in
		if (!user.hasAny(Role.ENTERPRISE, Role.AGENCY)) {
			throw DomainException.forbidden("only an enterprise or its agency may do this");
		}
		EnterpriseId id = requestedEnterpriseId != null ? requestedEnterpriseId : user.enterprise();
		if (id == null) {
			throw DomainException.invalid("enterpriseId", "an agency names the enterprise it acts for");
		}
		if (!canActFor(user, id)) {
			if (user.has(Role.AGENCY)) {
				// said apart from other refusals: a delegation may end while the agency works for the enterprise
				throw new NotDelegated(id);
			}
			throw DomainException.forbidden("you do not act for enterprise " + id);
		}
		return get(id);
	}

	/** Locks the enterprise row: serialises everything that counts against its annual cap. */
	@Transactional
	public Enterprise lock(EnterpriseId id) {
		return enterprises.findForUpdate(id.value()).orElseThrow(() -> DomainException.notFound("enterprise", id.value()));
	}

	public void requireNotBanned(Enterprise enterprise) {
		enterprise.requireNotBanned(clock.today());
	}

	/** Bans the enterprise for the given number of years from today, e.g. after fraud. */
	@Transactional
	public void ban(EnterpriseId id, int years, String reason) {
		Enterprise enterprise = lock(id);
		enterprise.ban(clock.today().plusYears(years), clock.today(), reason);
		enterprises.save(enterprise);
	}

	/**
	 * The last day the enterprise would be banned if {@link #ban} banned it today for {@code years}: a
	 * longer ban it already has stays (what a supervisor is told before a clawback).
	 */
	public java.time.LocalDate banWouldEnd(EnterpriseId id, int years) {
		java.time.LocalDate until = clock.today().plusYears(years);
		java.time.LocalDate current = get(id).getBannedUntil();
		return current != null && current.isAfter(until) ? current : until;
	}

}
