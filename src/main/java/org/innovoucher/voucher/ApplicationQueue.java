package org.innovoucher.voucher;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.audit.AuditEntry;
import org.innovoucher.audit.AuditTrail;
import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * What the bureau reviewer reads before deciding applications: the queue of its regions, the
 * earliest due first (the overdue, due before today, come first by that order), and an enterprise's
 * earlier applications. Reading only: the decision is {@link ApplicationReview}'s.
 */
@Service
public class ApplicationQueue {

	/**
	 * Which applications the queue shows: those in {@code status} (awaiting a decision when null), of
	 * one program or all, under {@code regionCode} within the reviewer's regions (all of them when
	 * null), only those past their due date when {@code overdueOnly}, of one round (by its name) or all.
	 */
	public record Filter(ProgramId programId, VoucherApplication.Status status, String regionCode, boolean overdueOnly,
			String round) {

		public Filter(ProgramId programId, VoucherApplication.Status status, String regionCode, boolean overdueOnly) {
			this(programId, status, regionCode, overdueOnly, null);
		}

		public VoucherApplication.Status statusOrWaiting() {
			return status == null ? VoucherApplication.Status.SUBMITTED : status;
		}
	}

	private final VoucherApplicationRepository applications;
	private final VoucherApplications visible;
	private final AuditTrail audit;
	private final Enterprises enterprises;
	private final Regions regions;
	private final BusinessClock clock;

	ApplicationQueue(VoucherApplicationRepository applications, VoucherApplications visible, AuditTrail audit,
			Enterprises enterprises, Regions regions, BusinessClock clock) {
		this.applications = applications;
		this.visible = visible;
		this.audit = audit;
		this.enterprises = enterprises;
		this.regions = regions;
		this.clock = clock;
	}

	/** A page of the queue of a bureau reviewer, by due date, then id (a stable order across pages). */
	public PageResult<VoucherApplication> queue(CurrentUser user, Filter filter, int page, int size) {
		requireReviewer(user);
		List<String> scope = regions.listScope(filter.regionCode(), user.regionCode());
		PageRequest paging = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PageResult.MAX_SIZE),
				Sort.by("reviewDueOn", "id"));
		if (scope.isEmpty()) {
			return PageResult.empty(paging);
		}
		String program = filter.programId() == null ? null : filter.programId().value();
		return PageResult.of(applications.findQueue(scope, filter.statusOrWaiting(), program, filter.overdueOnly(),
				clock.today(), filter.round(), paging), a -> a);
	}


	/** How many applications wait for this reviewer's decision (the count beside the menu's link). */
	public long waiting(CurrentUser user) {
		return queue(user, new Filter(null, null, null, false), 0, 1).total();
	}

	/** The enterprise's applications, newest first (at most 50), for staff of its region. */
	public List<VoucherApplication> historyOf(EnterpriseId enterpriseId, CurrentUser user) {
		Enterprise enterprise = enterprises.getVisible(enterpriseId, user);
		return applications.findTop50ByEnterpriseIdOrderByCreatedAtDesc(enterprise.getId());
	}

	/** The application's audit history, oldest first (at most 200 entries), for staff of its region. */
	public List<AuditEntry> auditOf(String id, CurrentUser user) {
		if (!user.isStaff()) {
			throw DomainException.forbidden("the audit trail is for staff");
		}
		VoucherApplication application = visible.applicationVisible(id, user);
		return audit.find(VoucherEvents.APPLICATION, application.getId(), regions.scope(user.regionCode()), false, 0,
				PageResult.MAX_SIZE).items();
	}

	/** Whether the application waits for a decision and its due date has passed. */
	public boolean isOverdue(VoucherApplication application) {
		LocalDate due = application.getReviewDueOn();
		return application.getStatus() == VoucherApplication.Status.SUBMITTED && due != null
				&& due.isBefore(clock.today());
	}

	private static void requireReviewer(CurrentUser user) {
		if (!user.has(Role.BUREAU_REVIEWER)) {
			throw DomainException.forbidden("requires role " + Role.BUREAU_REVIEWER);
		}
	}
}
