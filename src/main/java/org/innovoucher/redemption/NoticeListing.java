package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.institution.Institutions;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Component;

/** What a public notice lists of each claim (who, from whom, how much) and how long it runs. */
@Component
class NoticeListing {

	private final NoticeItemRepository items;
	private final Enterprises enterprises;
	private final Institutions institutions;
	private final Vouchers vouchers;
	private final WorkingDays workingDays;

	NoticeListing(NoticeItemRepository items, Enterprises enterprises, Institutions institutions, Vouchers vouchers,
			WorkingDays workingDays) {
		this.items = items;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.vouchers = vouchers;
		this.workingDays = workingDays;
	}

	/** The end of a notice opened {@code today} over {@code claims}: the longest notice their programs ask for. */
	LocalDate endOf(LocalDate today, List<Redemption> claims) {
		int noticeDays = 1;
		for (Redemption claim : claims) {
			ProgramRules rules = vouchers.rulesOf(vouchers.get(claim.voucher()));
			noticeDays = Math.max(noticeDays, rules.deadlines().noticeWorkingDays());
		}
		return workingDays.addWorkingDays(today, noticeDays);
	}

	void list(String noticeId, Redemption claim) {
		items.save(itemOf(noticeId, claim));
	}

	/** The line the public would read of the claim, not saved: what a preview shows. */
	NoticeItem itemOf(String noticeId, Redemption claim) {
		return new NoticeItem(noticeId, claim.getId(), enterprises.get(claim.enterprise()).getName(),
				institutions.get(claim.institution()).getName(), claim.getApprovedAmount(),
				claim.paysInstitution() ? PaymentRunItem.PayeeType.INSTITUTION : PaymentRunItem.PayeeType.ENTERPRISE);
	}

	boolean lists(String noticeId, String redemptionId) {
		return items.existsById(new NoticeItem.Key(noticeId, redemptionId));
	}

	List<NoticeItem> items(String noticeId) {
		return items.findByNoticeId(noticeId);
	}
}
