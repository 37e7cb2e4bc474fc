package org.innovoucher.enterprise.web;

import org.innovoucher.enterprise.AgencyDelegations;
import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An agency picks which of the enterprises that delegated to it the following pages work for. */
@Controller
class ActingForPage {

	private final AgencyDelegations delegations;
	private final ActingFor actingFor;

	ActingForPage(AgencyDelegations delegations, ActingFor actingFor) {
		this.delegations = delegations;
		this.actingFor = actingFor;
	}

	@GetMapping(ActingFor.CHOOSE_PAGE)
	String choices(Model model) {
		CurrentUser user = agency();
		model.addAttribute("enterprises", delegations.actingFor(user));
		model.addAttribute("chosen", actingFor.chosen().orElse(null));
		return "enterprise/acting-for";
	}

	/** Goes on to the page that sent the agency here ({@code next}), or else to the workspace. */
	@PostMapping(ActingFor.CHOOSE_PAGE)
	String choose(@RequestParam String enterpriseId, @RequestParam(required = false) String next) {
		CurrentUser user = agency();
		Enterprise chosen = delegations.actingFor(user)
			.stream()
			.filter(e -> e.getId().equals(enterpriseId))
			.findFirst()
			.orElseThrow(() -> DomainException.forbidden("you do not act for enterprise " + enterpriseId));
		actingFor.choose(chosen.id(), chosen.getName());
		return "redirect:" + (isWorkspacePage(next) ? next : "/workspace");
	}

	/**
	 * Only a page of this site's workspace: a form's field must not send the agency to another site
	 * ({@code //host}, a backslash), nor hold braces, which a redirect would read as placeholders.
	 */
	static boolean isWorkspacePage(String next) {
		return next != null && next.startsWith("/workspace/") && !next.contains("//")
				&& next.chars().noneMatch(c -> c == '\\' || c == '{' || c == '}' || Character.isISOControl(c));
	}

	private static CurrentUser agency() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.AGENCY)) {
			throw DomainException.forbidden("only an agency acts for enterprises");
		}
		return user;
	}
}
