package org.innovoucher.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.persistence.CsvConverter;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A login: a username, a password hash, roles and, for staff, the region it acts in. */
@Entity
@Table(name = "app_user")
public class UserAccount extends AggregateRoot<UserAccount> {

	@Id
	private String id;
	private String username;
	private String passwordHash;
	private String email;
	@Convert(converter = CsvConverter.class)
	private List<String> roles;
	private String regionCode;
	private String enterpriseId;
	private String institutionId;
	private boolean enabled;
	private Instant createdAt;
	/** Bumped by every change that must end the account's sessions; tokens carry it and must match. */
	private long tokenVersion;
	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String id, String username, String passwordHash, String email, Set<Role> roles, String regionCode,
			String enterpriseId, String institutionId, Instant createdAt) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.email = email;
		this.roles = roles.stream().map(Role::name).sorted().toList();
		this.regionCode = regionCode;
		this.enterpriseId = enterpriseId;
		this.institutionId = institutionId;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	/** A new, enabled account; {@code creator} is who is recorded as having created it. */
	static UserAccount create(String id, String username, String passwordHash, String email, Set<Role> roles,
			String regionCode, String enterpriseId, String institutionId, Instant createdAt, String creator) {
		UserAccount user = new UserAccount(id, username, passwordHash, email, roles, regionCode, enterpriseId,
				institutionId, createdAt);
		user.raise(new AccountEvents.UserCreated(id, user.getRoles().toString(), regionCode, creator));
		return user;
	}

	public String getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getEmail() {
		return email;
	}

	public Set<Role> getRoles() {
		return roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	public String getRegionCode() {
		return regionCode;
	}

	public String getEnterpriseId() {
		return enterpriseId;
	}

	public String getInstitutionId() {
		return institutionId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getTokenVersion() {
		return tokenVersion;
	}

	/** Whether this account's sessions may use a token issued at {@code version}. */
	boolean accepts(long version) {
		return enabled && version == tokenVersion;
	}

	/** Disables the account and ends its sessions; disabling a disabled account changes nothing. */
	void disable() {
		if (!enabled) {
			return;
		}
		this.enabled = false;
		this.tokenVersion++;
		raise(new AccountEvents.UserDisabled(id));
	}

	/** Enables the account again; enabling an enabled account changes nothing. */
	void enable() {
		if (enabled) {
			return;
		}
		this.enabled = true;
		raise(new AccountEvents.UserEnabled(id));
	}

	void changeRoles(Set<Role> roles, String regionCode) {
		String before = describeRoles();
		this.roles = roles.stream().map(Role::name).sorted().toList();
		this.regionCode = regionCode;
		this.tokenVersion++;
		raise(new AccountEvents.UserRolesChanged(id, before, describeRoles()));
	}

	/** An administrator sets a new password. */
	void resetPassword(String passwordHash) {
		changePassword(passwordHash);
		raise(new AccountEvents.UserPasswordReset(id));
	}

	/** The holder sets a new password, having proved the current one. */
	void changeOwnPassword(String passwordHash) {
		changePassword(passwordHash);
		raise(new AccountEvents.UserPasswordChanged(id));
	}

	private void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.tokenVersion++;
	}

	private String describeRoles() {
		return getRoles() + " in " + regionCode;
	}
}
