package org.innovoucher.identity;

import java.util.List;
import java.util.Set;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A system administrator manages the accounts of their region: disables, enables, roles, passwords. */
@Service
public class AccountAdministration {

	/** What a list of accounts is narrowed to; every part optional. */
	public record Filter(String username, Role role, String regionCode, Boolean enabled) {
	}

	private final UserAccountRepository users;
	private final PasswordEncoder passwords;
	private final Regions regions;
	private final Accounts accounts;

	AccountAdministration(UserAccountRepository users, PasswordEncoder passwords, Regions regions, Accounts accounts) {
		this.users = users;
		this.passwords = passwords;
		this.regions = regions;
		this.accounts = accounts;
	}

	/** Staff, experts and agencies are created by an administrator; enterprises and institutions register. */
	@Transactional
	public UserAccount create(String username, String password, String email, Set<Role> roles, String regionCode) {
		CurrentUser admin = CurrentUser.require();
		if (!admin.has(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("only a system administrator creates users");
		}
		if (roles != null && (roles.contains(Role.ENTERPRISE) || roles.contains(Role.INSTITUTION))) {
			throw DomainException.invalid("roles", "enterprise and institution accounts are created by registration");
		}
		if (regionCode != null) {
			admin.requireStaffCovering(Role.SYSTEM_ADMIN, regionCode, regions);
		}
		// no default region: a staff account without one would silently act for the whole country
		return accounts.create(new Accounts.NewAccount(username, password, email, roles, regionCode, null, null));
	}

	/** One account the administrator manages; 404 for another region's staff. */
	@Transactional(readOnly = true)
	public UserAccount account(String id) {
		return administered(id);
	}

	/**
	 * The accounts the administrator manages, newest first: staff of their region (and below it) and
	 * the accounts of enterprises and institutions, which belong to no staff region.
	 */
	@Transactional(readOnly = true)
	public PageResult<UserAccount> list(Filter filter, Pageable paging) {
		CurrentUser admin = CurrentUser.require();
		if (!admin.has(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("only a system administrator manages accounts");
		}
		String region = filter.regionCode() == null || filter.regionCode().isBlank() ? null : filter.regionCode();
		List<String> scope = regions.listScope(region, admin.regionCode());
		if (scope.isEmpty()) {
			scope = List.of("-");
		}
		String username = filter.username() == null || filter.username().isBlank() ? null
				: "%" + filter.username().trim().toLowerCase(java.util.Locale.ROOT) + "%";
		String role = filter.role() == null ? null : "%" + filter.role().name() + "%";
		return PageResult.of(users.administered(scope, region == null,
				regions.isWithin(Regions.COUNTRY, admin.regionCode()), username, role, filter.enabled(), paging), u -> u);
	}

	/** Disables the account: its tokens stop working at once and it cannot log in. */
	@Transactional
	public UserAccount disable(String id) {
		UserAccount user = administered(id);
		if (user.getId().equals(CurrentUser.require().id())) {
			throw DomainException.invalidState("you cannot disable your own account");
		}
		user.disable();
		return users.save(user);
	}

	@Transactional
	public UserAccount enable(String id) {
		UserAccount user = administered(id);
		user.enable();
		return users.save(user);
	}

	/** New roles and region; earlier tokens, which carry the old ones, stop working. */
	@Transactional
	public UserAccount changeRoles(String id, Set<Role> roles, String regionCode) {
		UserAccount user = administered(id);
		if (roles == null || roles.isEmpty()) {
			throw DomainException.invalid("roles", "at least one role");
		}
		if (roles.contains(Role.ENTERPRISE) || roles.contains(Role.INSTITUTION)
				|| user.getEnterpriseId() != null || user.getInstitutionId() != null) {
			throw DomainException.invalid("roles", "enterprise and institution accounts keep the role of their party");
		}
		AccountRules.requireRegion(roles, regionCode, regions);
		if (regionCode != null) {
			CurrentUser.require().requireStaffCovering(Role.SYSTEM_ADMIN, regionCode, regions);
		}
		user.changeRoles(roles, regionCode);
		return users.save(user);
	}

	/** An administrator sets a new password, e.g. for a person who forgot theirs. */
	@Transactional
	public void resetPassword(String id, String newPassword) {
		UserAccount user = administered(id);
		AccountRules.requirePassword("newPassword", newPassword);
		user.resetPassword(passwords.encode(newPassword));
		users.save(user);
	}

	/** An account a system administrator may manage: one of their region. */
	private UserAccount administered(String id) {
		CurrentUser admin = CurrentUser.require();
		if (!admin.has(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("only a system administrator manages accounts");
		}
		UserAccount user = users.findById(id).orElseThrow(() -> DomainException.notFound("user", id));
		boolean party = user.getEnterpriseId() != null || user.getInstitutionId() != null;
		// party accounts have no staff region; staff of another region are not this administrator's
		if (!party && !regions.isWithin(user.getRegionCode() == null ? Regions.COUNTRY : user.getRegionCode(),
				admin.regionCode())) {
			throw DomainException.notFound("user", id);
		}
		return user;
	}
}
