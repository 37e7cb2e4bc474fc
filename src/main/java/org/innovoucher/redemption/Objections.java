package org.innovoucher.redemption;

import java.util.List;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to claims in public notice: anyone files one; an operator of the notice's region reads
 * and resolves them. Locks as {@link ClaimAccess} writes down (notice, objection, claim).
 */
@Service
public class Objections {

	private final PublicNoticeRepository notices;
	private final ObjectionRepository objections;
	private final RedemptionRepository redemptions;
	private final NoticeListing listing;
	private final ClaimAccess access;
	private final ClaimPostings postings;
	private final BusinessClock clock;
	private final PaymentDeadline paymentDeadline;

	Objections(PublicNoticeRepository notices, ObjectionRepository objections, RedemptionRepository redemptions,
			NoticeListing listing, ClaimAccess access, ClaimPostings postings, BusinessClock clock,
			PaymentDeadline paymentDeadline) {
		this.paymentDeadline = paymentDeadline;
		this.notices = notices;
		this.objections = objections;
		this.redemptions = redemptions;
		this.listing = listing;
		this.access = access;
		this.postings = postings;
		this.clock = clock;
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
		if (!listing.lists(noticeId, redemptionId)) {
			throw DomainException.invalid("redemptionId", "not a claim of this notice");
		}
		return objections.save(new Objection(Ids.newId(), noticeId, redemptionId, name.trim(), contact.trim(),
				reason.trim(), clock.now()));
	}

	/** Upheld: the claim goes back to review. Dismissed after the close: the claim may now be paid. */
	@Transactional
	public Objection resolve(String objectionId, boolean upheld, String note, CurrentUser user) {
		// notice, objection, claim: the order close takes them too; each row is first read when locked
		String noticeId = objections.findNoticeId(objectionId)
			.orElseThrow(() -> DomainException.notFound("objection", objectionId));
		PublicNotice notice = notices.findForUpdate(noticeId).orElseThrow();
		access.requireOperator(notice.getRegionCode(), user);
		Objection objection = objections.findForUpdate(objectionId).orElseThrow();
		Redemption claim = access.lock(objection.getRedemptionId());
		objection.resolve(upheld, note, user.username(), clock.now());
		objections.save(objection);
		boolean stillInNotice = claim.getStatus() == Redemption.Status.IN_PUBLIC_NOTICE
				&& notice.getId().equals(claim.getNoticeId());
		if (stillInNotice && upheld) {
			Money approved = claim.getApprovedAmount();
			claim.reopen("objection upheld: " + note);
			postings.reopened(claim, approved);
			redemptions.save(claim);
		}
		else if (stillInNotice && notice.getStatus() == PublicNotice.Status.CLOSED
				&& !objections.existsByRedemptionIdAndNoticeIdAndStatus(claim.getId(), noticeId, Objection.Status.OPEN)) {
			claim.readyForPayment(paymentDeadline.dueOn(claim, clock.today()));
			redemptions.save(claim);
		}
		return objection;
	}

	/** The objections to a notice, for staff covering its region. */
	public List<Objection> of(String noticeId, CurrentUser user) {
		PublicNotice notice = notices.findById(noticeId).orElseThrow(() -> DomainException.notFound("notice", noticeId));
		if (!access.covers(notice.getRegionCode(), user)) {
			throw DomainException.notFound("notice", noticeId);
		}
		return objections.findByNoticeId(noticeId);
	}
}
