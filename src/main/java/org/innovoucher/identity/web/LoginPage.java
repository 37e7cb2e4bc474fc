package org.innovoucher.identity.web;

import java.util.List;
import java.util.Map;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.portal.PageErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security takes the POST ({@code PageSecurityConfiguration}); a refusal
 * comes back here as flash attributes and is shown beside the password. With the demo profile the
 * page lists the demo accounts and their password.
 */
@Controller
class LoginPage {

	/** One demo account as listed: name, roles and region. */
	record DemoAccount(String username, List<String> roles, String regionCode) {
	}

	private final Accounts accounts;
	private final PageErrors errors;
	private final List<String> demoAccounts;
	private final String demoPassword;

	LoginPage(Accounts accounts, PageErrors errors,
			@Value("${innovoucher.portal.demo-accounts:}") List<String> demoAccounts,
			@Value("${innovoucher.portal.demo-password:}") String demoPassword) {
		this.accounts = accounts;
		this.errors = errors;
		this.demoAccounts = demoAccounts;
		this.demoPassword = demoPassword;
	}

	@GetMapping("/login")
	String login(Model model) {
		Map<String, Object> flash = model.asMap();
		Object refused = flash.get("loginError");
		if (refused != null) {
			String key = "login.error." + refused;
			model.addAttribute(PageErrors.MODEL, errors.on("password", key, flash.get("retryMinutes")));
		}
		else {
			model.addAttribute(PageErrors.MODEL, PageErrors.Shown.NONE);
		}
		model.addAttribute("demoPassword", demoPassword);
		model.addAttribute("demoAccounts", demoAccounts.stream()
			.map(String::trim)
			.filter(name -> !name.isEmpty())
			.flatMap(name -> accounts.findByUsername(name).stream())
			.map(this::demo)
			.toList());
		return "identity/login";
	}

	private DemoAccount demo(UserAccount account) {
		return new DemoAccount(account.getUsername(),
				account.getRoles().stream().sorted().map(Enum::name).toList(),
				account.getRegionCode());
	}
}
