package org.innovoucher.redemption.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The claims' part of the workspace's to-do list: for an enterprise (or the agency acting for it)
 * the drafts to finish and the claims sent back to it (disputed or returned); for an institution
 * the claims waiting for its confirmation, with their due date and working days left.
 */
@Component
class ClaimTodos implements TodoSource, WorkspaceLinks {

	private final ClaimQueries queries;
	private final Contracts contracts;
	private final ActingFor actingFor;
	private final ClaimPageSupport support;

	ClaimTodos(ClaimQueries queries, Contracts contracts, ActingFor actingFor, ClaimPageSupport support) {
		this.queries = queries;
		this.contracts = contracts;
		this.actingFor = actingFor;
		this.support = support;
	}

	/** The claims page, for those who file claims and for institutions, who confirm them (with how many wait). */
	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (user.has(Role.INSTITUTION) && user.institutionId() != null) {
			// the count is of the claims it confirms; those it files itself are on the same page
			return List.of(new WorkspaceLink(300, "menu.claims.institution", "/workspace/claims",
					(long) queries.awaitingConfirmation(user).size()));
		}
		if (actingFor.worksForEnterprise(user)) {
			return List.of(WorkspaceLink.of(300, "menu.claims", "/workspace/claims"));
		}
		return List.of();
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		List<Todo> todos = new ArrayList<>();
		if (user.has(Role.INSTITUTION) && user.institutionId() != null) {
			for (Redemption c : queries.awaitingConfirmation(user)) {
				todos.add(new Todo("claim.todo.confirm", new Object[] { title(c) }, "/workspace/claims/" + c.getId(),
						c.getConfirmDueOn(), support.workingDaysLeft(c.getConfirmDueOn())));
			}
			// the claims it files itself, where the program pays it
			ownWork(todos, queries.filedByInstitution(user, OWN_WORK));
		}
		EnterpriseId enterprise = enterprise(user);
		if (enterprise != null) {
			for (Redemption c : queries.awaitingReceipt(user, enterprise)) {
				todos.add(new Todo("payee.todo.receipt", new Object[] { title(c) }, "/workspace/claims/" + c.getId(),
						c.getConfirmDueOn(), support.workingDaysLeft(c.getConfirmDueOn())));
			}
			ownWork(todos, queries.ofEnterprise(user, enterprise, OWN_WORK)
				.stream()
				.filter(c -> !c.paysInstitution())
				.toList());
		}
		return todos;
	}

	private static final EnumSet<Redemption.Status> OWN_WORK = EnumSet.of(Redemption.Status.DRAFT,
			Redemption.Status.DISPUTED, Redemption.Status.RETURNED);

	/** The claimant's drafts to finish, then the claims sent back to it. */
	private void ownWork(List<Todo> todos, List<Redemption> claims) {
		for (Redemption c : claims) {
			if (c.getStatus() == Redemption.Status.DRAFT) {
				todos.add(new Todo("claim.todo.draft", new Object[] { title(c) }, "/workspace/claims/" + c.getId() + "/check",
						null, null));
			}
		}
		for (Redemption c : claims) {
			if (c.getStatus() != Redemption.Status.DRAFT) {
				todos.add(new Todo(ClaimStatusWords.todo(c), new Object[] { title(c) }, "/workspace/claims/" + c.getId(),
						null, null));
			}
		}
	}

	/** The enterprise whose claims count; none for an agency that has not chosen one yet. */
	private EnterpriseId enterprise(CurrentUser user) {
		if (!actingFor.worksForEnterprise(user)) {
			return null;
		}
		try {
			return actingFor.enterprise(user);
		}
		catch (ActingFor.NotChosen e) {
			return null;
		}
	}

	private String title(Redemption claim) {
		return contracts.get(claim.contract()).getTitle();
	}
}
