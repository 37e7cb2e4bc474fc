package org.innovoucher.enterprise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.innovoucher.audit.AuditTrail;
import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.Uscc;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enterprise module's API: registration, lookup, who may act for an enterprise, bans. */
@Service
public class Enterprises {

	/** What a registering enterprise tells about itself. */
	public record Registration(String username, String password, String email, String uscc, String name,
			String regionCode, SizeClass sizeClass, String industry, String techSmeNumber, String legalRepresentative,
			String contactPhone, List<String> relatedParties) {
	}

	public record Registered(String userId, String enterpriseId) {
	}

	private final EnterpriseRepository enterprises;
	private final AgencyDelegationRepository delegations;
	private final Accounts accounts;
	private final Regions regions;
	private final BusinessClock clock;
	private final AuditTrail audit;

	Enterprises(EnterpriseRepository enterprises, AgencyDelegationRepository delegations, Accounts accounts,
			Regions regions, BusinessClock clock, AuditTrail audit) {
		this.enterprises = enterprises;
		this.delegations = delegations;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
		this.audit = audit;
	}

	@Transactional
	public Registered register(Registration r) {
		Uscc uscc = Uscc.of(r.uscc());
		regions.require(r.regionCode(), "enterprise.regionCode");
		List<String> related = new ArrayList<>();
		if (r.relatedParties() != null) {
			for (String party : r.relatedParties()) {
				related.add(Uscc.of(party).value());
			}
		}
		if (enterprises.existsByUscc(uscc.value())) {
			throw new DomainException(ErrorCode.DUPLICATE_USCC, "an enterprise with USCC " + uscc + " is registered already",
					List.of(new DomainException.FieldError("enterprise.uscc", "already registered")));
		}
		Enterprise enterprise = new Enterprise(Ids.newId(), uscc.value(), r.name().trim(), r.regionCode(), r.sizeClass(),
				r.industry().trim(), blankToNull(r.techSmeNumber()), r.legalRepresentative().trim(),
				r.contactPhone().trim(), related, clock.now());
		enterprises.save(enterprise);
		UserAccount user = accounts.create(new Accounts.NewAccount(r.username(), r.password(), r.email(),
				EnumSet.of(Role.ENTERPRISE), r.regionCode(), enterprise.getId(), null));
		// registration is open to anyone: the registrant is who acted
		String registrant = CurrentUser.current().map(CurrentUser::username).orElse(r.username());
		audit.recordAs(registrant, "ENTERPRISE_REGISTERED", "ENTERPRISE", enterprise.getId(), null, "ACTIVE", enterprise.getName());
		return new Registered(user.getId(), enterprise.getId());
	}

	public Enterprise get(String id) {
		return enterprises.findById(id).orElseThrow(() -> DomainException.notFound("enterprise", id));
	}

	/** The enterprise, if the caller may see it: itself, its agency, staff of its region. Else 404. */
	public Enterprise getVisible(String id, CurrentUser user) {
		Enterprise enterprise = get(id);
		if (!isVisibleTo(enterprise, user)) {
			throw DomainException.notFound("enterprise", id);
		}
		return enterprise;
	}

	public boolean isVisibleTo(Enterprise enterprise, CurrentUser user) {
		return canActFor(user, enterprise.getId()) || user.isStaffCovering(enterprise.getRegionCode(), regions);
	}

	/** The enterprise's own users, and agencies it delegated to and has not revoked. */
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

	public boolean canActFor(CurrentUser user, String enterpriseId) {
		if (user.has(Role.ENTERPRISE) && enterpriseId.equals(user.enterpriseId())) {
			return true;
		}
		return user.has(Role.AGENCY)
				&& delegations.existsByEnterpriseIdAndAgencyUserIdAndActiveTrue(enterpriseId, user.id());
	}

	/** Resolves which enterprise a caller acts for: its own, or the one an agency names. */
	public Enterprise actingFor(CurrentUser user, String requestedEnterpriseId) {
		// the role first: staff get a plain 403, not a hint about which field to fill in
		if (!user.hasAny(Role.ENTERPRISE, Role.AGENCY)) {
			throw DomainException.forbidden("only an enterprise or its agency may do this");
		}
		String id = requestedEnterpriseId != null ? requestedEnterpriseId : user.enterpriseId();
		if (id == null) {
			throw DomainException.invalid("enterpriseId", "an agency names the enterprise it acts for");
		}
		if (!canActFor(user, id)) {
			throw DomainException.forbidden("you do not act for enterprise " + id);
		}
		return get(id);
	}

	/** Locks the enterprise row: serialises everything that counts against its annual cap. */
	@Transactional
	public Enterprise lock(String id) {
		return enterprises.findForUpdate(id).orElseThrow(() -> DomainException.notFound("enterprise", id));
	}

	public void requireNotBanned(Enterprise enterprise) {
		enterprise.requireNotBanned(clock.today());
	}

	/** Bans the enterprise for the given number of years from today, e.g. after fraud. */
	@Transactional
	public void ban(String id, int years, String reason) {
		Enterprise enterprise = lock(id);
		Enterprise.Status before = enterprise.statusOn(clock.today());
		enterprise.ban(clock.today().plusYears(years));
		audit.record("ENTERPRISE_BANNED", "ENTERPRISE", id, before.name(), Enterprise.Status.BANNED.name(),
				"until " + enterprise.getBannedUntil() + ": " + reason);
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
		AgencyDelegation delegation = delegations
			.save(new AgencyDelegation(Ids.newId(), enterpriseId, agency.getId(), clock.now()));
		audit.record("DELEGATION_GRANTED", "DELEGATION", delegation.getId(), null, "ACTIVE",
				"enterprise " + enterpriseId + " to agency " + agencyUsername);
		return delegation;
	}

	@Transactional
	public AgencyDelegation revokeDelegation(String enterpriseId, String delegationId, CurrentUser user) {
		if (!user.has(Role.ENTERPRISE) || !enterpriseId.equals(user.enterpriseId())) {
			throw DomainException.forbidden("only the enterprise itself revokes a delegation");
		}
		AgencyDelegation delegation = delegations.findById(delegationId)
			.filter(d -> d.getEnterpriseId().equals(enterpriseId))
			.orElseThrow(() -> DomainException.notFound("delegation", delegationId));
		delegation.revoke(clock.now());
		audit.record("DELEGATION_REVOKED", "DELEGATION", delegationId, "ACTIVE", "REVOKED", null);
		return delegation;
	}

	public List<AgencyDelegation> delegations(String enterpriseId, CurrentUser user) {
		getVisible(enterpriseId, user);
		return delegations.findByEnterpriseIdOrderByGrantedAt(enterpriseId);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
