package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notice of approved claims: opened by the operator, open to objections from anyone
 * ({@link Objections}), closed at the end of the period; claims without an upheld or pending
 * objection become ready for payment. Locks as {@link ClaimAccess} writes down.
 */
@Service
public class PublicNotices {

	private final PublicNoticeRepository notices;
	private final ObjectionRepository objections;
	private final RedemptionRepository redemptions;
	private final NoticeListing listing;
	private final ClaimAccess access;
	private final Regions regions;
	private final BusinessClock clock;
	private final PaymentDeadline paymentDeadline;

	PublicNotices(PublicNoticeRepository notices, ObjectionRepository objections, RedemptionRepository redemptions,
			NoticeListing listing, ClaimAccess access, Regions regions, BusinessClock clock,
			PaymentDeadline paymentDeadline) {
		this.paymentDeadline = paymentDeadline;
		this.notices = notices;
		this.objections = objections;
		this.redemptions = redemptions;
		this.listing = listing;
		this.access = access;
		this.regions = regions;
		this.clock = clock;
	}

	/** A notice as it would be published today: what the public would read, and until when it would run. */
	public record Preview(String regionCode, LocalDate startsOn, LocalDate endsOn, List<NoticeItem> items) {
	}

	/** An operator's open notice: how many claims it lists and how many objections wait for a resolution. */
	public record Open(PublicNotice notice, int claims, long pendingObjections) {
	}

	/** The most approved claims a notice is opened from at once, as a request body lists at most. */
	public static final int MOST_CLAIMS = 1000;

	@Transactional
	public PublicNotice open(String regionCode, List<String> redemptionIds, CurrentUser user) {
		LocalDate today = clock.today();
		String noticeId = Ids.newId();
		List<Redemption> claims = approvedClaims(regionCode, redemptionIds, user, true);
		LocalDate endsOn = listing.endOf(today, claims);
		PublicNotice notice = notices.save(new PublicNotice(noticeId, regionCode, today, endsOn, clock.now()));
		for (Redemption claim : claims) {
			claim.enterNotice(noticeId, endsOn);
			redemptions.save(claim);
			listing.list(noticeId, claim);
		}
		notice.published(claims.size());
		return notices.save(notice);
	}

	/**
	 * The notice {@link #open} would publish, with the same checks, nothing written: an operator reads
	 * it as the public would before publishing.
	 */
	@Transactional(readOnly = true)
	public Preview preview(String regionCode, List<String> redemptionIds, CurrentUser user) {
		List<Redemption> claims = approvedClaims(regionCode, redemptionIds, user, false);
		LocalDate today = clock.today();
		return new Preview(regionCode, today, listing.endOf(today, claims),
				claims.stream().map(claim -> listing.itemOf(null, claim)).toList());
	}

	/** The approved claims of the region (and the regions below it) that no notice lists yet, oldest decision first. */
	@Transactional(readOnly = true)
	public List<NoticeItem> awaitingNotice(String regionCode, CurrentUser user) {
		regions.require(regionCode, "regionCode");
		access.requireOperator(regionCode, user);
		return redemptions.findInRegions(regions.selfAndDescendants(regionCode), Redemption.Status.APPROVED,
				PageRequest.of(0, MOST_CLAIMS,
						Sort.by("decidedOn", "id")))
			.map(claim -> listing.itemOf(null, claim))
			.getContent();
	}

	/** How many approved claims of the regions an operator covers no notice lists yet. */
	@Transactional(readOnly = true)
	public long countAwaitingNotice(CurrentUser user) {
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("public notices are handled by an operator");
		}
		return redemptions.findInRegions(regions.scope(user.regionCode()), Redemption.Status.APPROVED,
				PageRequest.of(0, 1)).getTotalElements();
	}

	/** The open notices of the regions an operator covers, the earliest ending first. */
	@Transactional(readOnly = true)
	public List<Open> openFor(CurrentUser user) {
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("public notices are handled by an operator");
		}
		return notices.findByRegionCodeInAndStatusOrderByEndsOnAscIdAsc(regions.scope(user.regionCode()),
				PublicNotice.Status.OPEN)
			.stream()
			.map(n -> new Open(n, listing.items(n.getId()).size(),
					objections.countByNoticeIdAndStatus(n.getId(), Objection.Status.OPEN)))
			.toList();
	}

	/**
	 * The operator's claims for a notice of {@code regionCode}: each approved and within the region,
	 * locked in id order when they are to change, so two notices opened at once over the same claims
	 * cannot deadlock.
	 */
	private List<Redemption> approvedClaims(String regionCode, List<String> redemptionIds, CurrentUser user,
			boolean lock) {
		regions.require(regionCode, "regionCode");
		access.requireOperator(regionCode, user);
		if (redemptionIds == null || redemptionIds.isEmpty()) {
			throw DomainException.invalid("redemptionIds", "at least one claim");
		}
		List<Redemption> claims = new ArrayList<>();
		for (String id : new TreeSet<>(redemptionIds)) {
			Redemption claim = lock ? access.lock(id)
					: redemptions.findById(id).orElseThrow(() -> DomainException.notFound("claim", id));
			if (!regions.isWithin(claim.getRegionCode(), regionCode)) {
				throw DomainException.notFound("claim", id);
			}
			claim.requireStatus(Redemption.Status.APPROVED);
			claims.add(claim);
		}
		return claims;
	}

	/**
	 * The operator closes the notice: NOTICE_PERIOD_NOT_OVER before its end date, OBJECTIONS_PENDING
	 * while an objection against one of its claims is not resolved.
	 */
	@Transactional
	public PublicNotice close(String noticeId, CurrentUser user) {
		PublicNotice notice = notices.findForUpdate(noticeId)
			.orElseThrow(() -> DomainException.notFound("notice", noticeId));
		access.requireOperator(notice.getRegionCode(), user);
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
			if (notice.holdForObjections(clock.today(), pending)) {
				notices.save(notice);
			}
			return false;
		}
		close(notice);
		return true;
	}

	private PublicNotice close(PublicNotice notice) {
		// counted under the notice's lock, which filing and resolving objections take first too
		long pending = objections.countByNoticeIdAndStatus(notice.getId(), Objection.Status.OPEN);
		notice.requireClosable(clock.today(), pending);
		// its claims are locked once it may close: after the notice, in id order
		List<Redemption> listed = new ArrayList<>();
		redemptions.findIdsByNoticeId(notice.getId()).forEach(id -> listed.add(access.lock(id)));
		LocalDate today = clock.today();
		notice.close(today, clock.now(), pending, listed, claim -> paymentDeadline.dueOn(claim, today));
		listed.forEach(redemptions::save);
		return notices.save(notice);
	}

	public List<String> overdue() {
		return notices.findOverdue(clock.today());
	}

	public PublicNotice get(String id) {
		return notices.findById(id).orElseThrow(() -> DomainException.notFound("notice", id));
	}

	public List<NoticeItem> items(String noticeId) {
		return listing.items(noticeId);
	}

	public PageResult<PublicNotice> list(Pageable paging) {
		return PageResult.of(notices.findAllByOrderByStartsOnDesc(paging), n -> n);
	}
}
