package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.audit.AuditEntry;
import org.innovoucher.audit.AuditTrail;
import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * What the bureau reviewer reads before deciding claims: the queue of its regions, the earliest due
 * first (the overdue, due before today, come first by that order), an enterprise's earlier claims,
 * and the computation that made a claim's bound payable. Reading only: the decision is
 * {@link ClaimReview}'s.
 */
@Service
public class ClaimQueue {

	/**
	 * Which claims the queue shows: those in {@code status} (under review when null), of one program
	 * or all, under {@code regionCode} within the reviewer's regions (all of them when null), only
	 * those past their review's due date when {@code overdueOnly}.
	 */
	public record Filter(ProgramId programId, Redemption.Status status, String regionCode, boolean overdueOnly) {

		public Redemption.Status statusOrWaiting() {
			return status == null ? Redemption.Status.UNDER_REVIEW : status;
		}
	}


	private final RedemptionRepository redemptions;
	private final AuditTrail audit;
	private final ClaimAccess access;
	private final ClaimPricing pricing;
	private final Enterprises enterprises;
	private final Vouchers vouchers;
	private final Regions regions;
	private final BusinessClock clock;

	ClaimQueue(RedemptionRepository redemptions, AuditTrail audit, ClaimAccess access, ClaimPricing pricing,
			Enterprises enterprises, Vouchers vouchers, Regions regions, BusinessClock clock) {
		this.redemptions = redemptions;
		this.audit = audit;
		this.access = access;
		this.pricing = pricing;
		this.enterprises = enterprises;
		this.vouchers = vouchers;
		this.regions = regions;
		this.clock = clock;
	}

	/** A page of the queue of a bureau reviewer, by due date, then id (a stable order across pages). */
	public PageResult<Redemption> queue(CurrentUser user, Filter filter, int page, int size) {
		if (!user.has(Role.BUREAU_REVIEWER)) {
			throw DomainException.forbidden("requires role " + Role.BUREAU_REVIEWER);
		}
		List<String> scope = regions.listScope(filter.regionCode(), user.regionCode());
		PageRequest paging = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PageResult.MAX_SIZE),
				Sort.by("reviewDueOn", "id"));
		if (scope.isEmpty()) {
			return PageResult.empty(paging);
		}
		String program = filter.programId() == null ? null : filter.programId().value();
		return PageResult.of(redemptions.findQueue(scope, filter.statusOrWaiting(), program, filter.overdueOnly(),
				clock.today(), paging), r -> r);
	}

	/** How many claims wait for this reviewer's decision (the count beside the menu's link). */
	public long waiting(CurrentUser user) {
		return queue(user, new Filter(null, null, null, false), 0, 1).total();
	}

	/** The enterprise's claims, newest first (at most 50), for staff of its region. */
	public List<Redemption> historyOf(EnterpriseId enterpriseId, CurrentUser user) {
		Enterprise enterprise = enterprises.getVisible(enterpriseId, user);
		return redemptions.findTop50ByEnterpriseIdOrderByCreatedAtDesc(enterprise.getId());
	}

	/** The claim's audit history, oldest first (at most 200 entries), for staff of its region. */
	public List<AuditEntry> auditOf(ClaimId id, CurrentUser user) {
		if (!user.isStaff()) {
			throw DomainException.forbidden("the audit trail is for staff");
		}
		Redemption claim = access.getVisible(id, user);
		return audit.find(AuditedChanges.CLAIM, claim.getId(), regions.scope(user.regionCode()), false, 0,
				PageResult.MAX_SIZE).items();
	}

	/** Whether the claim waits for the review and its due date has passed. */
	public boolean isOverdue(Redemption claim) {
		LocalDate due = claim.getReviewDueOn();
		return claim.getStatus() == Redemption.Status.UNDER_REVIEW && due != null && due.isBefore(clock.today());
	}

	/**
	 * The computation that made the payable the institution's confirmation bound, term by term; none
	 * while nothing is bound (before the confirmation, after a rejection or return).
	 */
	public SubsidySchedule.Explanation boundPayableExplained(ClaimId id, CurrentUser user) {
		Redemption claim = access.getVisible(id, user);
		if (claim.getBoundAmount() == null || claim.getBoundVoucherPart() == null) {
			return null;
		}
		return pricing.explainBound(claim, vouchers.get(claim.voucher()), enterprises.get(claim.enterprise()));
	}
}
