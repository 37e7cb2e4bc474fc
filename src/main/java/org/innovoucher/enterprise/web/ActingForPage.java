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

	@PostMapping(ActingFor.CHOOSE_PAGE)
	String choose(@RequestParam String enterpriseId) {
		CurrentUser user = agency();
		Enterprise chosen = delegations.actingFor(user)
			.stream()
			.filter(e -> e.getId().equals(enterpriseId))
			.findFirst()
			.orElseThrow(() -> DomainException.forbidden("you do not act for enterprise " + enterpriseId));
		actingFor.choose(chosen.id(), chosen.getName());
		return "redirect:/workspace";
	}

	private static CurrentUser agency() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.AGENCY)) {
			throw DomainException.forbidden("only an agency acts for enterprises");
		}
		return user;
	}
}
