package org.innovoucher.deadline;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.notification.Notifications;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.DeadlineSource.OpenStep;
import org.innovoucher.shared.RegionCode;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates one missed step to the supervisors covering the file's region: their notifications (in
 * the application and by mail) and the record that it was done, in one transaction, so that neither
 * is written without the other.
 */
@Component
class SupervisorEscalation {

	static final String KIND = "deadline.escalated";

	private final Escalations escalations;
	private final Accounts accounts;
	private final Notifications notifications;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	SupervisorEscalation(Escalations escalations, Accounts accounts, Notifications notifications,
			WorkingDays workingDays, BusinessClock clock) {
		this.escalations = escalations;
		this.accounts = accounts;
		this.notifications = notifications;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/**
	 * Whether the step was escalated now: not when it was before, nor while no supervisor covers its
	 * region (then the next run tries again, so one appointed later still hears of it).
	 */
	@Transactional
	public boolean escalate(OpenStep step) {
		if (escalations.isEscalated(step)) {
			return false;
		}
		List<UserAccount> supervisors = accounts.staffCovering(Role.SUPERVISOR, RegionCode.of(step.regionCode()));
		if (supervisors.isEmpty()) {
			return false;
		}
		LocalDate today = clock.today();
		escalations.record(step, clock.now(), supervisors.size());
		// the step's name is resolved in each language the notification is written in
		notifications.tell(supervisors, KIND, step.subjectType(), step.subjectId(), step.dueOn(),
				new DefaultMessageSourceResolvable("deadline.step." + step.step()), step.reference(),
				step.dueOn().toString(), String.valueOf(workingDays.workingDaysBetween(step.dueOn(), today)));
		return true;
	}
}
