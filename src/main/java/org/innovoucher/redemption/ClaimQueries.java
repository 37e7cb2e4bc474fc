package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reading claims: one, a page of those the caller sees, and those whose deadline comes (the reminders'). */
@Service
public class ClaimQueries {

	private final RedemptionRepository redemptions;
	private final ClaimAccess access;
	private final Enterprises enterprises;
	private final Regions regions;

	ClaimQueries(RedemptionRepository redemptions, ClaimAccess access, Enterprises enterprises, Regions regions) {
		this.redemptions = redemptions;
		this.access = access;
		this.enterprises = enterprises;
		this.regions = regions;
	}

	/** The claimant, its institution and staff of its region see a claim; others get 404. */
	public Redemption getVisible(ClaimId id, CurrentUser user) {
		return access.getVisible(id, user);
	}

	public PageResult<Redemption> list(CurrentUser user, EnterpriseId enterpriseId, Redemption.Status status,
			Pageable paging) {
		if (user.isStaff()) {
			return PageResult.of(redemptions.findInRegions(regions.scope(user.regionCode()), status, paging), r -> r);
		}
		if (user.has(Role.INSTITUTION)) {
			return PageResult.of(redemptions.findByInstitutionId(user.institutionId(), paging), r -> r);
		}
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return PageResult.of(redemptions.findByEnterpriseId(enterprise.getId(), paging), r -> r);
	}

	/** Claims still awaiting the institution whose confirmation is due by {@code until} (or overdue). */
	public List<Redemption> confirmationsDueBy(LocalDate until) {
		return redemptions.findByStatusAndConfirmDueOnLessThanEqual(Redemption.Status.AWAITING_CONFIRMATION, until);
	}

	/** Claims under review whose review is due by {@code until} (or overdue). */
	public List<Redemption> reviewsDueBy(LocalDate until) {
		return redemptions.findByStatusAndReviewDueOnLessThanEqual(Redemption.Status.UNDER_REVIEW, until);
	}
}
