package org.innovoucher.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.innovoucher.audit.AuditTrail;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts. The module's API for registration flows in other modules. */
@Service
public class Accounts {

	/** What a new account needs. Party ids link enterprise and institution users to their party. */
	public record NewAccount(String username, String password, String email, Set<Role> roles, String regionCode,
			String enterpriseId, String institutionId) {
	}

	private final UserAccountRepository users;
	private final PasswordEncoder passwords;
	private final BusinessClock clock;
	private final Regions regions;
	private final AuditTrail audit;
	private volatile String noAccountHash;
	private final LoginThrottle throttle;

	Accounts(UserAccountRepository users, PasswordEncoder passwords, BusinessClock clock, Regions regions,
			AuditTrail audit, LoginThrottle throttle) {
		this.throttle = throttle;
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
		this.regions = regions;
		this.audit = audit;
	}

	@Transactional
	public UserAccount create(NewAccount account) {
		validate(account);
		if (users.existsByUsername(account.username())) {
			throw new DomainException(ErrorCode.USERNAME_TAKEN, "username " + account.username() + " is taken",
					List.of(new DomainException.FieldError("username", "taken")));
		}
		UserAccount user = new UserAccount(Ids.newId(), account.username(), passwords.encode(account.password()),
				account.email(), account.roles(), account.regionCode(), account.enterpriseId(), account.institutionId(),
				clock.now());
		users.saveAndFlush(user);
		// a party's account created by nobody signed in is a self-registration: the registrant acted
		boolean selfRegistered = account.enterpriseId() != null || account.institutionId() != null;
		String actor = CurrentUser.current().map(CurrentUser::username)
			.orElse(selfRegistered ? account.username() : CurrentUser.SYSTEM);
		audit.recordAs(actor, "USER_CREATED", "USER", user.getId(), null, "ENABLED",
				"roles " + user.getRoles() + (account.regionCode() == null ? "" : " in " + account.regionCode()));
		return user;
	}

	private void validate(NewAccount account) {
		if (account.username() == null || !account.username().matches("[A-Za-z0-9._@-]{3,64}")) {
			throw DomainException.invalid("username", "3 to 64 letters, digits or . _ @ -");
		}
		if (account.password() == null || account.password().length() < 8 || account.password().length() > 128) {
			throw DomainException.invalid("password", "8 to 128 characters");
		}
		if (account.email() == null || !account.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || account.email().length() > 200) {
			throw DomainException.invalid("email", "a valid email address");
		}
		if (account.roles() == null || account.roles().isEmpty()) {
			throw DomainException.invalid("roles", "at least one role");
		}
		validateRegion(account.roles(), account.regionCode());
	}

	/** Staff always name their region: none becomes national by omission. */
	private void validateRegion(Set<Role> roles, String regionCode) {
		if (regionCode == null && roles.stream().anyMatch(Role::isStaff)) {
			throw DomainException.invalid("regionCode",
					"staff accounts name their region: a province, a city, or " + Regions.COUNTRY + " for the whole country");
		}
		if (regionCode != null && !regions.isAccountRegion(regionCode)) {
			throw DomainException.invalid("regionCode", "unknown region code " + regionCode);
		}
	}

	/** Disables the account: its tokens stop working at once and it cannot log in. */
	@Transactional
	public UserAccount disable(String id) {
		UserAccount user = administered(id);
		if (user.getId().equals(CurrentUser.require().id())) {
			throw DomainException.invalidState("you cannot disable your own account");
		}
		if (!user.isEnabled()) {
			return user;
		}
		user.disable();
		audit.record("USER_DISABLED", "USER", id, "ENABLED", "DISABLED", null);
		return user;
	}

	@Transactional
	public UserAccount enable(String id) {
		UserAccount user = administered(id);
		if (user.isEnabled()) {
			return user;
		}
		user.enable();
		audit.record("USER_ENABLED", "USER", id, "DISABLED", "ENABLED", null);
		return user;
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
		validateRegion(roles, regionCode);
		requireWithinAdministrator(regionCode);
		String before = user.getRoles() + " in " + user.getRegionCode();
		user.changeRoles(roles, regionCode);
		audit.record("USER_ROLES_CHANGED", "USER", id, before, user.getRoles() + " in " + regionCode, null);
		return user;
	}

	/** An administrator sets a new password, e.g. for a person who forgot theirs. */
	@Transactional
	public void resetPassword(String id, String newPassword) {
		UserAccount user = administered(id);
		validatePassword("newPassword", newPassword);
		user.changePassword(passwords.encode(newPassword));
		audit.record("USER_PASSWORD_RESET", "USER", id, null, null, null);
	}

	/** A person changes their own password, proving the current one. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		UserAccount user = users.findById(CurrentUser.require().id())
			.orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, "authentication required"));
		// guessing the current password with a stolen token counts as failed logins of the account
		throttle.check(user.getUsername(), null);
		if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
			throttle.failed(user.getUsername(), null);
			throw DomainException.invalid("currentPassword", "not your current password");
		}
		validatePassword("newPassword", newPassword);
		user.changePassword(passwords.encode(newPassword));
		audit.record("USER_PASSWORD_CHANGED", "USER", user.getId(), null, null, null);
	}

	private static void validatePassword(String field, String password) {
		if (password == null || password.length() < 8 || password.length() > 128) {
			throw DomainException.invalid(field, "8 to 128 characters");
		}
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

	private void requireWithinAdministrator(String regionCode) {
		String mine = CurrentUser.require().regionCode();
		if (regionCode != null && !regions.isWithin(regionCode, mine)) {
			throw DomainException.forbidden("region " + regionCode + " is outside your region");
		}
	}

	/** Whether a token of this account issued at {@code version} may still be used. */
	@Transactional(readOnly = true)
	public boolean acceptsToken(String id, long version) {
		return users.findById(id).map(u -> u.accepts(version)).orElse(false);
	}

	/** Whether the account exists and is disabled (to tell its holder why a token was refused). */
	@Transactional(readOnly = true)
	public boolean isDisabled(String id) {
		return users.findById(id).map(u -> !u.isEnabled()).orElse(false);
	}

	public Optional<UserAccount> findByUsername(String username) {
		return users.findByUsername(username);
	}

	public Optional<UserAccount> find(String id) {
		return users.findById(id);
	}

	/** The accounts of an enterprise, to tell it something. */
	public List<UserAccount> ofEnterprise(String enterpriseId) {
		return users.findByEnterpriseIdAndEnabledTrue(enterpriseId);
	}

	public List<UserAccount> ofInstitution(String institutionId) {
		return users.findByInstitutionIdAndEnabledTrue(institutionId);
	}

	/** Staff with the role whose region covers {@code regionCode} (national staff included). */
	public List<UserAccount> staffCovering(Role role, String regionCode) {
		List<String> covering = new java.util.ArrayList<>(regions.selfAndAncestors(regionCode));
		covering.add(Regions.COUNTRY);
		List<UserAccount> found = new java.util.ArrayList<>(users.findByRegionCodeInAndEnabledTrue(covering));
		found.addAll(users.findByRegionCodeIsNullAndEnabledTrue());
		return found.stream().filter(u -> u.getRoles().contains(role)).toList();
	}

	boolean passwordMatches(UserAccount user, String raw) {
		return passwords.matches(raw, user.getPasswordHash());
	}

	/**
	 * The password check a login for an unknown name makes: against a hash of the same cost that no
	 * password matches in practice, so unknown and known names take the same time. Always false.
	 */
	boolean matchesNoAccount(String raw) {
		passwords.matches(raw, noAccountHash());
		return false;
	}

	private String noAccountHash() {
		String hash = noAccountHash;
		if (hash == null) {
			hash = passwords.encode(java.util.UUID.randomUUID().toString());
			noAccountHash = hash;
		}
		return hash;
	}
}
