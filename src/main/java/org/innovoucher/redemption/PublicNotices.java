package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.TreeSet;
import java.util.List;

import org.innovoucher.audit.AuditTrail;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.institution.Institutions;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Vouchers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notice of approved claims: opened by the operator, open to objections from anyone, closed
 * at the end of the period; claims without an upheld or pending objection become ready for payment.
 */
@Service
public class PublicNotices {

	private final PublicNoticeRepository notices;
	private final NoticeItemRepository items;
	private final ObjectionRepository objections;
	private final Redemptions redemptions;
	private final Enterprises enterprises;
	private final Institutions institutions;
	private final Vouchers vouchers;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	PublicNotices(PublicNoticeRepository notices, NoticeItemRepository items, ObjectionRepository objections,
			Redemptions redemptions, Enterprises enterprises, Institutions institutions, Vouchers vouchers,
			Regions regions, WorkingDays workingDays, BusinessClock clock, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.notices = notices;
		this.items = items;
		this.objections = objections;
		this.redemptions = redemptions;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.vouchers = vouchers;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public PublicNotice open(String regionCode, List<String> redemptionIds, CurrentUser user) {
		regions.require(regionCode, "regionCode");
		requireOperator(regionCode, user);
		if (redemptionIds == null || redemptionIds.isEmpty()) {
			throw DomainException.invalid("redemptionIds", "at least one claim");
		}
		LocalDate today = clock.today();
		String noticeId = Ids.newId();
		int noticeDays = 1;
		List<Redemption> claims = new java.util.ArrayList<>();
		// claims are locked in id order, so two notices opened at once over the same claims cannot deadlock
		for (String id : new TreeSet<>(redemptionIds)) {
			Redemption claim = redemptions.lockForNotice(id);
			if (!regions.isWithin(claim.getRegionCode(), regionCode)) {
				throw DomainException.notFound("claim", id);
			}
			claim.requireStatus(Redemption.Status.APPROVED);
			noticeDays = Math.max(noticeDays,
					vouchers.rulesOf(vouchers.get(claim.getVoucherId())).noticeWorkingDays());
			claims.add(claim);
		}
		LocalDate endsOn = workingDays.addWorkingDays(today, noticeDays);
		PublicNotice notice = notices.save(new PublicNotice(noticeId, regionCode, today, endsOn, clock.now()));
		for (Redemption claim : claims) {
			redemptions.enterNotice(claim, noticeId, endsOn);
			items.save(new NoticeItem(noticeId, claim.getId(), enterprises.get(claim.getEnterpriseId()).getName(),
					institutions.get(claim.getInstitutionId()).getName(), claim.getApprovedAmount()));
		}
		audit.record("NOTICE_OPENED", "PUBLIC_NOTICE", noticeId, null, notice.getStatus().name(),
				claims.size() + " claims until " + endsOn);
		return notice;
	}

	/**
	 * Anyone objects to a claim of the notice up to and including its end date. After it, the notice
	 * refuses with INVALID_STATE even while unresolved objections hold it open: the period is a state
	 * of the notice, and a notice that took objections for ever could never close.
	 */
	@Transactional
	public Objection object(String noticeId, String redemptionId, String name, String contact, String reason) {
		// locked, so that an objection is never filed against a notice closing at the same moment
		PublicNotice notice = notices.findForUpdate(noticeId).orElseThrow(() -> DomainException.notFound("notice", noticeId));
		notice.requireTakingObjections(clock.today());
		boolean listed = items.existsById(new NoticeItem.Key(noticeId, redemptionId));
		if (!listed) {
			throw DomainException.invalid("redemptionId", "not a claim of this notice");
		}
		Objection objection = objections.save(new Objection(Ids.newId(), noticeId, redemptionId, name.trim(),
				contact.trim(), reason.trim(), clock.now()));
		audit.recordAs("public", "OBJECTION_FILED", "OBJECTION", objection.getId(), null, objection.getStatus().name(),
				"against claim " + redemptionId);
		return objection;
	}

	/** Upheld: the claim goes back to review. Dismissed after the close: the claim may now be paid. */
	@Transactional
	public Objection resolve(String objectionId, boolean upheld, String note, CurrentUser user) {
		// notice, objection, claim: the order close takes them too; each row is first read when locked
		String noticeId = objections.findNoticeId(objectionId)
			.orElseThrow(() -> DomainException.notFound("objection", objectionId));
		PublicNotice notice = notices.findForUpdate(noticeId).orElseThrow();
		requireOperator(notice.getRegionCode(), user);
		Objection objection = objections.findForUpdate(objectionId).orElseThrow();
		Redemption claim = redemptions.lockForNotice(objection.getRedemptionId());
		Objection.Status before = objection.resolve(upheld, note, user.username(), clock.now());
		audit.record("OBJECTION_" + objection.getStatus().name(), "OBJECTION", objectionId, before.name(),
				objection.getStatus().name(), note);
		boolean stillInNotice = claim.getStatus() == Redemption.Status.IN_PUBLIC_NOTICE
				&& notice.getId().equals(claim.getNoticeId());
		if (stillInNotice && upheld) {
			redemptions.reopen(claim, "objection upheld: " + note);
		}
		else if (stillInNotice && notice.getStatus() == PublicNotice.Status.CLOSED && !hasOpenObjection(claim, notice)) {
			redemptions.readyForPayment(claim);
		}
		return objection;
	}

	/**
	 * The operator closes the notice: NOTICE_PERIOD_NOT_OVER before its end date, OBJECTIONS_PENDING
	 * while an objection against one of its claims is not resolved.
	 */
	@Transactional
	public PublicNotice close(String noticeId, CurrentUser user) {
		PublicNotice notice = notices.findForUpdate(noticeId)
			.orElseThrow(() -> DomainException.notFound("notice", noticeId));
		requireOperator(notice.getRegionCode(), user);
		return close(notice);
	}

	/**
	 * The scheduler closes a notice whose period is over. One held open by unresolved objections is
	 * skipped, and the operators of its region are told (once a day); returns whether it closed.
	 */
	@Transactional
	public boolean closeOverdue(String noticeId) {
		PublicNotice notice = notices.findForUpdate(noticeId)
			.orElseThrow(() -> DomainException.notFound("notice", noticeId));
		long pending = objections.countByNoticeIdAndStatus(noticeId, Objection.Status.OPEN);
		if (notice.getStatus() == PublicNotice.Status.OPEN && pending > 0) {
			if (notice.holdForObjections(clock.today())) {
				audit.record("NOTICE_HELD", "PUBLIC_NOTICE", noticeId, notice.getStatus().name(),
						notice.getStatus().name(), pending + " objection(s) not resolved after the end on " + notice.getEndsOn());
				events.publishEvent(new RedemptionEvents.NoticeHeld(noticeId, notice.getRegionCode(), notice.getEndsOn(),
						pending));
			}
			return false;
		}
		close(notice);
		return true;
	}

	private PublicNotice close(PublicNotice notice) {
		String noticeId = notice.getId();
		// counted under the notice's lock, which filing and resolving objections take first too
		notice.close(clock.today(), clock.now(), objections.countByNoticeIdAndStatus(noticeId, Objection.Status.OPEN));
		int ready = 0;
		for (String listed : redemptions.idsInNotice(noticeId)) {
			Redemption claim = redemptions.lockForNotice(listed);
			if (claim.getStatus() == Redemption.Status.IN_PUBLIC_NOTICE && !hasOpenObjection(claim, notice)) {
				redemptions.readyForPayment(claim);
				ready++;
			}
		}
		audit.record("NOTICE_CLOSED", "PUBLIC_NOTICE", noticeId, PublicNotice.Status.OPEN.name(),
				notice.getStatus().name(), ready + " claims ready for payment");
		return notice;
	}

	private boolean hasOpenObjection(Redemption claim, PublicNotice notice) {
		return objections.existsByRedemptionIdAndNoticeIdAndStatus(claim.getId(), notice.getId(), Objection.Status.OPEN);
	}

	public List<String> overdue() {
		return notices.findOverdue(clock.today());
	}

	public PublicNotice get(String id) {
		return notices.findById(id).orElseThrow(() -> DomainException.notFound("notice", id));
	}

	public List<NoticeItem> items(String noticeId) {
		return items.findByNoticeId(noticeId);
	}

	public List<Objection> objections(String noticeId, CurrentUser user) {
		PublicNotice notice = get(noticeId);
		if (!user.isStaffCovering(notice.getRegionCode(), regions)) {
			throw DomainException.notFound("notice", noticeId);
		}
		return objections.findByNoticeId(noticeId);
	}

	public PageResult<PublicNotice> list(Pageable paging) {
		return PageResult.of(notices.findAllByOrderByStartsOnDesc(paging), n -> n);
	}

	private void requireOperator(String regionCode, CurrentUser user) {
		if (!user.has(Role.OPERATOR) || !regions.isWithin(regionCode, user.regionCode())) {
			throw DomainException.forbidden("public notices are run by an operator of the region");
		}
	}
}
