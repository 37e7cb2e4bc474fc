package org.innovoucher.redemption.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.DeadlineSource;
import org.innovoucher.shared.EnterpriseId;
import org.springframework.stereotype.Component;

/**
 * The claims whose step ran past its due date while still open: the institution's confirmation, the
 * bureau's review, a public notice that ended but is held open, and the payment.
 */
@Component
class ClaimDeadlines implements DeadlineSource {

	private final ClaimQueries claims;
	private final Enterprises enterprises;

	ClaimDeadlines(ClaimQueries claims, Enterprises enterprises) {
		this.claims = claims;
		this.enterprises = enterprises;
	}

	@Override
	public List<OpenStep> overdue(LocalDate today, Collection<String> regionCodes) {
		// due on a day before today: the due date itself is still in time
		LocalDate late = today.minusDays(1);
		Map<EnterpriseId, String> names = new HashMap<>();
		List<OpenStep> steps = new ArrayList<>();
		add(steps, claims.confirmationsDueBy(late), "CLAIM_CONFIRMATION", Redemption::getConfirmDueOn, regionCodes, names);
		add(steps, claims.reviewsDueBy(late), "CLAIM_REVIEW", Redemption::getReviewDueOn, regionCodes, names);
		add(steps, claims.noticesEndedBy(late), "NOTICE", Redemption::getNoticeEndsOn, regionCodes, names);
		add(steps, claims.paymentsDueBy(late), "PAYMENT", Redemption::getPaymentDueOn, regionCodes, names);
		return steps;
	}

	@Override
	public long countOverdue(LocalDate today, Collection<String> regionCodes) {
		return claims.countDueBy(today.minusDays(1), regionCodes);
	}

	private void add(List<OpenStep> steps, List<Redemption> late, String step, Function<Redemption, LocalDate> dueOn,
			Collection<String> regionCodes, Map<EnterpriseId, String> names) {
		for (Redemption r : late) {
			if (regionCodes == null || regionCodes.contains(r.getRegionCode())) {
				steps.add(new OpenStep("REDEMPTION", r.getId(), step, dueOn.apply(r), r.getRegionCode(),
						names.computeIfAbsent(r.enterprise(), id -> enterprises.get(id).getName()),
						ClaimReviewPages.BASE + "/" + r.getId()));
			}
		}
	}
}
