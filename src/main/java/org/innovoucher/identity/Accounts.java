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

	Accounts(UserAccountRepository users, PasswordEncoder passwords, BusinessClock clock, Regions regions,
			AuditTrail audit) {
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
		if (account.regionCode() != null && !regions.exists(account.regionCode())) {
			throw DomainException.invalid("regionCode", "unknown region code " + account.regionCode());
		}
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
		List<UserAccount> found = new java.util.ArrayList<>(users.findByRegionCodeInAndEnabledTrue(regions.selfAndAncestors(regionCode)));
		found.addAll(users.findByRegionCodeIsNullAndEnabledTrue());
		return found.stream().filter(u -> u.getRoles().contains(role)).toList();
	}

	boolean passwordMatches(UserAccount user, String raw) {
		return passwords.matches(raw, user.getPasswordHash());
	}
}
