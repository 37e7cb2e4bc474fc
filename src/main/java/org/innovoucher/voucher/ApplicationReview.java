package org.innovoucher.voucher;

import java.time.LocalDate;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau reviewer of the enterprise's region decides an application: approve (which issues the
 * voucher), reject, or return it for changes.
 */
@Service
public class ApplicationReview {

	public enum Decision {
		APPROVE, REJECT, RETURN
	}

	private final VoucherApplications applications;
	private final VoucherApplicationRepository repository;
	private final Vouchers vouchers;
	private final Enterprises enterprises;
	private final Regions regions;
	private final BusinessClock clock;

	ApplicationReview(VoucherApplications applications, VoucherApplicationRepository repository, Vouchers vouchers,
			Enterprises enterprises, Regions regions, BusinessClock clock) {
		this.applications = applications;
		this.repository = repository;
		this.vouchers = vouchers;
		this.enterprises = enterprises;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * Approval issues the voucher and reserves its face value; without budget it fails with
	 * BUDGET_EXHAUSTED and the application keeps waiting. The application raises ApplicationDecided.
	 */
	@Transactional
	public VoucherApplication decide(String id, Decision decision, String reason, CurrentUser user) {
		VoucherApplication application = applications.lockVisible(id, user);
		if (!user.has(Role.BUREAU_REVIEWER) || !user.isStaffCovering(application.getRegionCode(), regions)) {
			throw DomainException.forbidden("applications are decided by a bureau reviewer of the enterprise's region");
		}
		LocalDate today = clock.today();
		switch (decision) {
			case APPROVE -> {
				application.requireCanMoveTo(VoucherApplication.Status.APPROVED);
				// a ban may have come after the application was filed (a clawback meanwhile); checked
				// under the enterprise's lock (application, enterprise, ledger: the order claims take too)
				enterprises.requireNotBanned(enterprises.lock(application.enterprise()));
				Voucher voucher = vouchers.issue(application, today);
				application.approve(voucher.getId(), today, reason);
			}
			case REJECT -> application.reject(today, reason);
			case RETURN -> application.returnForChanges(today, reason);
			default -> throw new IllegalArgumentException(decision.name());
		}
		return repository.save(application);
	}
}
