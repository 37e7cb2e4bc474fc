package org.innovoucher.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.RegionCode;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and finds accounts: the module's API for registration flows in other modules, for the
 * token issuer, and for a person's own password. Administrators manage accounts through
 * {@link AccountAdministration}.
 */
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
	private volatile String noAccountHash;
	private final LoginThrottle throttle;

	@Autowired
	Accounts(UserAccountRepository users, PasswordEncoder passwords, BusinessClock clock, Regions regions,
			LoginThrottle throttle) {
		this.throttle = throttle;
		this.users = users;
		this.passwords = passwords;
		this.clock = clock;
		this.regions = regions;
	}

	@Transactional
	public UserAccount create(NewAccount account) {
		validate(account);
		if (users.existsByUsername(account.username())) {
			throw usernameTaken(account.username());
		}
		// a party's account created by nobody signed in is a self-registration: the registrant acted
		boolean selfRegistered = account.enterpriseId() != null || account.institutionId() != null;
		String creator = CurrentUser.current().map(CurrentUser::username)
			.orElse(selfRegistered ? account.username() : CurrentUser.SYSTEM);
		UserAccount user = UserAccount.create(Ids.newId(), account.username(), passwords.encode(account.password()),
				account.email(), account.roles(), account.regionCode(), account.enterpriseId(), account.institutionId(),
				clock.now(), creator);
		return users.saveAndFlush(user);
	}

	/**
	 * What {@link #create} would refuse of a new account's username, password and email, each field's
	 * refusal on its own (a taken username among them); none when they would pass today. For forms that
	 * ask for the account before the last page: {@code create} checks again when it is made.
	 */
	@Transactional(readOnly = true)
	public List<DomainException> refusalsOf(String username, String password, String email) {
		List<DomainException> refusals = new java.util.ArrayList<>();
		List<Runnable> rules = List.of(() -> AccountRules.requireUsername(username),
				() -> AccountRules.requirePassword("password", password), () -> AccountRules.requireEmail(email));
		for (Runnable rule : rules) {
			try {
				rule.run();
			}
			catch (DomainException e) {
				refusals.add(e);
			}
		}
		if (refusals.stream().noneMatch(e -> e.fieldErrors().stream().anyMatch(f -> f.field().equals("username")))
				&& users.existsByUsername(username)) {
			refusals.add(usernameTaken(username));
		}
		return refusals;
	}

	private static DomainException usernameTaken(String username) {
		return new DomainException(ErrorCode.USERNAME_TAKEN, "username " + username + " is taken",
				List.of(new DomainException.FieldError("username", "taken")));
	}

	private void validate(NewAccount account) {
		AccountRules.requireUsername(account.username());
		AccountRules.requirePassword("password", account.password());
		AccountRules.requireEmail(account.email());
		if (account.roles() == null || account.roles().isEmpty()) {
			throw DomainException.invalid("roles", "at least one role");
		}
		AccountRules.requireRegion(account.roles(), account.regionCode(), regions);
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
		AccountRules.requirePassword("newPassword", newPassword);
		user.changeOwnPassword(passwords.encode(newPassword));
		users.save(user);
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
	public List<UserAccount> ofEnterprise(EnterpriseId enterpriseId) {
		return users.findByEnterpriseIdAndEnabledTrue(enterpriseId.value());
	}

	public List<UserAccount> ofInstitution(InstitutionId institutionId) {
		return users.findByInstitutionIdAndEnabledTrue(institutionId.value());
	}

	/** Staff with the role whose region covers {@code region} (national staff included). */
	public List<UserAccount> staffCovering(Role role, RegionCode region) {
		List<String> covering = new java.util.ArrayList<>(regions.selfAndAncestors(region.value()));
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
