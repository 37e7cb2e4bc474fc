package org.innovoucher.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.innovoucher.identity.AccountAdministration;
import org.innovoucher.identity.Tokens;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity")
class AuthController {

	private final Tokens tokens;
	private final AccountAdministration administration;

	AuthController(Tokens tokens, AccountAdministration administration) {
		this.tokens = tokens;
		this.administration = administration;
	}

	record TokenRequest(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password) {
	}

	@PostMapping("/auth/token")
	Tokens.Token token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		return tokens.issue(request.username(), request.password(), http.getRemoteAddr());
	}

	@GetMapping("/me")
	CurrentUser me() {
		return CurrentUser.require();
	}

	record NewUser(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password, @NotBlank @Size(max = TextLimits.EMAIL) String email,
			@NotEmpty Set<@NotNull Role> roles, @Size(max = TextLimits.CODE) String regionCode) {
	}

	public record UserView(String id, String username, String email, List<Role> roles, String regionCode,
			String enterpriseId, String institutionId, boolean enabled, Instant createdAt) {

		static UserView of(UserAccount user) {
			return new UserView(user.getId(), user.getUsername(), user.getEmail(),
					user.getRoles().stream().sorted().toList(), user.getRegionCode(), user.getEnterpriseId(),
					user.getInstitutionId(), user.isEnabled(), user.getCreatedAt());
		}
	}

	/** Staff, experts and agencies are created by an administrator; enterprises and institutions register. */
	@PostMapping("/admin/users")
	@ResponseStatus(HttpStatus.CREATED)
	UserView createUser(@Valid @RequestBody NewUser body) {
		return UserView.of(administration.create(body.username(), body.password(), body.email(), body.roles(),
				body.regionCode()));
	}

}
