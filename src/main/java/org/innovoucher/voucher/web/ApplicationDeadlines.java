package org.innovoucher.voucher.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.shared.DeadlineSource;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.springframework.stereotype.Component;

/** The applications whose review ran past its due date while they still wait for a decision. */
@Component
class ApplicationDeadlines implements DeadlineSource {

	static final String STEP = "APPLICATION_REVIEW";

	private final VoucherApplications applications;
	private final Enterprises enterprises;

	ApplicationDeadlines(VoucherApplications applications, Enterprises enterprises) {
		this.applications = applications;
		this.enterprises = enterprises;
	}

	@Override
	public List<OpenStep> overdue(LocalDate today, Collection<String> regionCodes) {
		Map<EnterpriseId, String> names = new HashMap<>();
		return applications.reviewsDueBy(today.minusDays(1))
			.stream()
			.filter(a -> regionCodes == null || regionCodes.contains(a.getRegionCode()))
			.map(a -> step(a, names.computeIfAbsent(a.enterprise(), id -> enterprises.get(id).getName())))
			.toList();
	}

	@Override
	public long countOverdue(LocalDate today, Collection<String> regionCodes) {
		return applications.countReviewsDueBy(today.minusDays(1), regionCodes);
	}

	private static OpenStep step(VoucherApplication a, String enterpriseName) {
		return new OpenStep("VOUCHER_APPLICATION", a.getId(), STEP, a.getReviewDueOn(), a.getRegionCode(),
				enterpriseName, ApplicationReviewPages.BASE + "/" + a.getId());
	}
}
