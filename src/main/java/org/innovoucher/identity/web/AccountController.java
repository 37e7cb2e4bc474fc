package org.innovoucher.identity.web;

import java.util.Set;

import org.innovoucher.identity.AccountAdministration;
import org.innovoucher.identity.Accounts;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Managing accounts: a system administrator disables, enables, changes roles and region and resets
 * passwords (accounts of their region); everyone changes their own password. Each change ends the
 * account's earlier sessions and is audited.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity")
class AccountController {

	private final Accounts accounts;
	private final AccountAdministration administration;

	AccountController(Accounts accounts, AccountAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@PostMapping("/admin/users/{id}/disable")
	AuthController.UserView disable(@PathVariable String id) {
		return AuthController.UserView.of(administration.disable(id));
	}

	@PostMapping("/admin/users/{id}/enable")
	AuthController.UserView enable(@PathVariable String id) {
		return AuthController.UserView.of(administration.enable(id));
	}

	record RolesBody(@NotEmpty Set<@NotNull Role> roles, @Size(max = TextLimits.CODE) String regionCode) {
	}

	@PutMapping("/admin/users/{id}/roles")
	AuthController.UserView roles(@PathVariable String id, @Valid @RequestBody RolesBody body) {
		return AuthController.UserView.of(administration.changeRoles(id, body.roles(), body.regionCode()));
	}

	record PasswordReset(@NotBlank @Size(max = TextLimits.PASSWORD) String newPassword) {
	}

	@PostMapping("/admin/users/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable String id, @Valid @RequestBody PasswordReset body) {
		administration.resetPassword(id, body.newPassword());
	}

	record PasswordChange(@NotBlank @Size(max = TextLimits.PASSWORD) String currentPassword,
			@NotBlank @Size(max = TextLimits.PASSWORD) String newPassword) {
	}

	/** The caller's own password; their tokens, this one included, stop working: log in again. */
	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange body) {
		accounts.changeOwnPassword(body.currentPassword(), body.newPassword());
	}
}
