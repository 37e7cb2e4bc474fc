package org.innovoucher.voucher.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.ApplicationChoices;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the voucher module puts in an enterprise's workspace (and its agency's, for the enterprise
 * it chose): the pages to apply, follow applications and see the wallet; and the to-dos: where to
 * start (an enterprise that never applied), applications returned for changes, and vouchers about
 * to expire with balance left.
 */
@Component
class VoucherWorkspace implements TodoSource, WorkspaceLinks {

	/** A voucher ending within this many working days is worth a reminder: about a month. */
	static final int EXPIRY_WARNING_WORKING_DAYS = 20;

	private final VoucherApplications applications;
	private final ApplicationChoices choices;
	private final Vouchers vouchers;
	private final ActingFor actingFor;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	VoucherWorkspace(VoucherApplications applications, ApplicationChoices choices, Vouchers vouchers,
			ActingFor actingFor, WorkingDays workingDays, BusinessClock clock) {
		this.applications = applications;
		this.choices = choices;
		this.vouchers = vouchers;
		this.actingFor = actingFor;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		if (!actingFor.worksForEnterprise(user)) {
			return List.of();
		}
		return List.of(WorkspaceLink.of(100, "menu.apply", ApplyPages.BASE),
				WorkspaceLink.of(110, "menu.applications", "/workspace/applications"),
				WorkspaceLink.of(120, "menu.vouchers", "/workspace/vouchers"));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		EnterpriseId enterprise = enterprise(user);
		if (enterprise == null) {
			return List.of();
		}
		try {
			return todos(enterprise, user);
		}
		catch (DomainException e) {
			// an agency whose delegation was revoked since it chose: its pages refuse, its to-do list stays empty
			return List.of();
		}
	}

	private List<Todo> todos(EnterpriseId enterprise, CurrentUser user) {
		LocalDate today = clock.today();
		List<Todo> todos = new ArrayList<>();
		if (applications.applications(user, enterprise, null, PageRequest.of(0, 1)).total() == 0) {
			// a firm new to the scheme is told where to start, by the soonest closing program it may apply to
			choices.openTo(enterprise, user)
				.stream()
				.min(Comparator.comparing(ApplicationChoices.Choice::closesOn))
				.ifPresent(c -> todos.add(new Todo("todo.apply.first", new Object[] { c.program().getName() },
						ApplyPages.BASE, c.closesOn(), workingDays.workingDaysBetween(today, c.closesOn()))));
		}
		for (VoucherApplication returned : applications.returnedOf(enterprise, user)) {
			// a returned application has no deadline of its own: it waits until the program's window closes
			todos.add(new Todo("todo.application.returned", new Object[] { java.util.Objects.toString(returned.getDecisionReason(), "") },
					"/workspace/applications/" + returned.getId(), null, null));
		}
		for (Voucher voucher : vouchers.expiringUnused(enterprise, user, EXPIRY_WARNING_WORKING_DAYS)) {
			todos.add(new Todo("todo.voucher.expiring", new Object[] { voucher.getSerialNumber() },
					"/workspace/vouchers#voucher-" + voucher.getSerialNumber(), voucher.getValidUntil(),
					workingDays.workingDaysBetween(today, voucher.getValidUntil())));
		}
		return todos;
	}

	/** The enterprise the to-dos are for; none for an agency that has not chosen yet, nor for staff. */
	private EnterpriseId enterprise(CurrentUser user) {
		if (!actingFor.worksForEnterprise(user)) {
			return null;
		}
		if (user.enterprise() != null) {
			return user.enterprise();
		}
		return actingFor.chosen().map(ActingFor.Chosen::id).orElse(null);
	}
}
