package org.innovoucher.enterprise.web;

import java.util.List;

import org.innovoucher.enterprise.AgencyDelegations;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An enterprise lets agencies act for it (by the username the agency signs in with) and takes that
 * back: {@link AgencyDelegations}, the same calls as the API. Only the enterprise itself does this;
 * an agency acting for it does not see the page.
 */
@Controller
class AgenciesPage implements WorkspaceLinks {

	static final String PAGE = "/workspace/agencies";
	static final int USERNAME_MAX = 64;

	private final AgencyDelegations delegations;
	private final PageErrors errors;

	AgenciesPage(AgencyDelegations delegations, PageErrors errors) {
		this.delegations = delegations;
		this.errors = errors;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return isEnterprise(user) ? List.of(WorkspaceLink.of(800, "menu.agencies", PAGE)) : List.of();
	}

	private static boolean isEnterprise(CurrentUser user) {
		return user.has(Role.ENTERPRISE) && user.enterpriseId() != null;
	}

	private static CurrentUser enterprise() {
		CurrentUser user = CurrentUser.require();
		if (!isEnterprise(user)) {
			throw DomainException.forbidden("only the enterprise itself manages its agencies");
		}
		return user;
	}

	@GetMapping(PAGE)
	String agencies(Model model) {
		return page(enterprise(), "", PageErrors.Shown.NONE, model);
	}

	@PostMapping(PAGE)
	String grant(@RequestParam(required = false) String agencyUsername, Model model, RedirectAttributes redirect) {
		CurrentUser user = enterprise();
		String typed = agencyUsername == null ? "" : agencyUsername.trim();
		if (typed.isEmpty() || typed.length() > USERNAME_MAX) {
			return page(user, typed, errors.on("agencyUsername", "agencies.username.required"), model);
		}
		try {
			delegations.delegate(user.enterpriseId(), typed, user);
		}
		catch (DomainException e) {
			return page(user, typed, e.fieldErrors().isEmpty() ? errors.on("agencyUsername", "agencies.already")
					: errors.on("agencyUsername", "agencies.unknown", typed), model);
		}
		redirect.addFlashAttribute("granted", typed);
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/{id}/revocation")
	String revoke(@PathVariable String id, RedirectAttributes redirect) {
		CurrentUser user = enterprise();
		delegations.revoke(user.enterpriseId(), id, user);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:" + PAGE;
	}

	private String page(CurrentUser user, String typed, PageErrors.Shown shown, Model model) {
		model.addAttribute("agencies", delegations.agenciesOf(user.enterpriseId(), user));
		model.addAttribute("agencyUsername", typed);
		model.addAttribute(PageErrors.MODEL, shown);
		return "enterprise/agencies";
	}
}
