package org.innovoucher.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.Role;

/** The forms of the account pages, as typed: strings, checked by the account services when sent. */
final class UserForms {

	/** The roles an administrator gives: every role but a party's, which registration gives. */
	static final List<Role> GIVEN_ROLES = List.of(Role.SYSTEM_ADMIN, Role.POLICY_ADMIN, Role.OPERATOR,
			Role.BUREAU_REVIEWER, Role.FINANCE_OFFICER, Role.SUPERVISOR, Role.EXPERT, Role.AGENCY);

	private UserForms() {
	}

	/** The roles ticked; a value that is no role is left out (the form offers none such). */
	static Set<Role> roles(List<String> ticked) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (ticked != null) {
			for (String name : ticked) {
				GIVEN_ROLES.stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(roles::add);
			}
		}
		return roles;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** A new account: username, password the administrator types, email, roles, region. */
	public static class NewUser {

		private String username = "";
		private String password = "";
		private String email = "";
		private List<String> roles = new ArrayList<>();
		private String regionCode = "";

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public List<String> getRoles() {
			return roles;
		}

		public void setRoles(List<String> roles) {
			this.roles = roles == null ? new ArrayList<>() : roles;
		}

		public String getRegionCode() {
			return regionCode;
		}

		public void setRegionCode(String regionCode) {
			this.regionCode = regionCode;
		}
	}

	/** An account's roles and region, as the change form shows and sends them. */
	public static class RolesAndRegion {

		private List<String> roles = new ArrayList<>();
		private String regionCode = "";

		static RolesAndRegion of(UserAccount account) {
			RolesAndRegion form = new RolesAndRegion();
			form.roles = account.getRoles().stream().map(Role::name).toList();
			form.regionCode = account.getRegionCode() == null ? "" : account.getRegionCode();
			return form;
		}

		public List<String> getRoles() {
			return roles;
		}

		public void setRoles(List<String> roles) {
			this.roles = roles == null ? new ArrayList<>() : roles;
		}

		public String getRegionCode() {
			return regionCode;
		}

		public void setRegionCode(String regionCode) {
			this.regionCode = regionCode;
		}
	}
}
