package org.innovoucher.marketplace.web;

import java.util.List;

import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The contract pages in the workspace menu: an institution's contracts, with how many proposals
 * wait for its answer; an enterprise's (or its agency's) contracts and the way to propose one.
 */
@Component
class ContractLinks implements WorkspaceLinks {

	private final Contracts contracts;
	private final ActingFor actingFor;

	ContractLinks(Contracts contracts, ActingFor actingFor) {
		this.contracts = contracts;
		this.actingFor = actingFor;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (user.has(Role.INSTITUTION) && user.institution() != null) {
			return List.of(new WorkspaceLink(200, "contract.menu.institution", "/workspace/contracts",
					(long) contracts.awaitingAnswer(user).size()));
		}
		if (actingFor.worksForEnterprise(user)) {
			return List.of(WorkspaceLink.of(200, "contract.menu.contracts", "/workspace/contracts"),
					WorkspaceLink.of(210, "contract.menu.propose", ProposalPages.BASE));
		}
		return List.of();
	}
}
