package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.marketplace.Contract;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Reading claims: one, a page of those the caller sees, and those whose deadline comes (the reminders'). */
@Service
public class ClaimQueries {

	private final RedemptionRepository redemptions;
	private final ClaimAccess access;
	private final Enterprises enterprises;
	private final Regions regions;
	private final ClaimPricing pricing;
	private final Contracts contracts;
	private final Vouchers vouchers;
	private final BusinessClock clock;

	ClaimQueries(RedemptionRepository redemptions, ClaimAccess access, Enterprises enterprises, Regions regions,
			ClaimPricing pricing, Contracts contracts, Vouchers vouchers, BusinessClock clock) {
		this.redemptions = redemptions;
		this.access = access;
		this.enterprises = enterprises;
		this.regions = regions;
		this.pricing = pricing;
		this.contracts = contracts;
		this.vouchers = vouchers;
		this.clock = clock;
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

	/** Claims still in a public notice that ended by {@code until}: held open by objections. */
	public List<Redemption> noticesEndedBy(LocalDate until) {
		return redemptions.findByStatusAndNoticeEndsOnLessThanEqual(Redemption.Status.IN_PUBLIC_NOTICE, until);
	}

	/** Claims ready for payment whose payment is due by {@code until} (or overdue). */
	public List<Redemption> paymentsDueBy(LocalDate until) {
		return redemptions.findByStatusAndPaymentDueOnLessThanEqual(Redemption.Status.READY_FOR_PAYMENT, until);
	}

	/** How many claims of the regions have a step still open that was due by {@code until}. */
	public long countDueBy(LocalDate until, Collection<String> regions) {
		return redemptions.countDueBy(until, regions);
	}

	/**
	 * How the claim would be paid if it were bound today, term by term: what the claimant checks
	 * before submitting. The institution's confirmation prices it again and is authoritative.
	 */
	public SubsidySchedule.Explanation payableExplained(ClaimId id, CurrentUser user) {
		Redemption redemption = access.getVisible(id, user);
		return pricing.explain(vouchers.get(redemption.voucher()), enterprises.get(redemption.enterprise()),
				redemption.getPaidAmount(), clock.today().getYear());
	}

	/**
	 * The enterprise's signed contracts that have no claim in progress or done and that it files
	 * itself (not those of programs where the institution files): ready to be claimed.
	 */
	public List<Contract> readyToClaim(CurrentUser user, EnterpriseId enterpriseId) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		Set<String> claimed = redemptions.findContractIdsWithClaims(enterprise.getId(),
				EnumSet.of(Redemption.Status.REJECTED, Redemption.Status.WITHDRAWN));
		return contracts.mine(user, enterprise.id(), PageRequest.of(0, PageResult.MAX_SIZE))
			.items()
			.stream()
			.filter(c -> c.isClaimable() && !claimed.contains(c.getId()) && !paysInstitution(c))
			.toList();
	}

	/** The institution's signed contracts under programs where it files the claim, not claimed yet. */
	public List<Contract> readyToClaimByInstitution(CurrentUser user) {
		requireInstitution(user);
		Set<String> claimed = redemptions.findContractIdsWithClaimsOfInstitution(user.institutionId(),
				EnumSet.of(Redemption.Status.REJECTED, Redemption.Status.WITHDRAWN));
		return contracts.mine(user, null, PageRequest.of(0, PageResult.MAX_SIZE))
			.items()
			.stream()
			.filter(c -> c.isClaimable() && !claimed.contains(c.getId()) && paysInstitution(c))
			.toList();
	}

	/** Whether the contract's voucher was issued under rules where the institution files and is paid. */
	public boolean paysInstitution(Contract contract) {
		return vouchers.rulesOf(vouchers.get(contract.voucher())).redeem().paysInstitution();
	}

	/** Who files the claim and how it is confirmed, as the claim's program version says. */
	public ProgramRules.Redeem redeemRules(Redemption claim) {
		return vouchers.rulesOf(vouchers.get(claim.voucher())).redeem();
	}

	/** The claims the institution filed itself, in these statuses, newest first (drafts, claims sent back). */
	public List<Redemption> filedByInstitution(CurrentUser user, Collection<Redemption.Status> statuses) {
		requireInstitution(user);
		return redemptions.findByInstitutionIdAndStatusInOrderByCreatedAtDesc(user.institutionId(), statuses)
			.stream()
			.filter(Redemption::paysInstitution)
			.toList();
	}

	/** The institution-filed claims waiting for the enterprise to confirm it received the service, earliest due first. */
	public List<Redemption> awaitingReceipt(CurrentUser user, EnterpriseId enterpriseId) {
		return ofEnterprise(user, enterpriseId, EnumSet.of(Redemption.Status.AWAITING_CONFIRMATION))
			.stream()
			.filter(Redemption::paysInstitution)
			.sorted(java.util.Comparator.comparing(Redemption::getConfirmDueOn).thenComparing(Redemption::getId))
			.toList();
	}

	/** The enterprise's claims in these statuses, newest first (e.g. drafts to finish, claims sent back). */
	public List<Redemption> ofEnterprise(CurrentUser user, EnterpriseId enterpriseId,
			Collection<Redemption.Status> statuses) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return redemptions.findByEnterpriseIdAndStatusInOrderByCreatedAtDesc(enterprise.getId(), statuses);
	}

	/** The institution that filed the claim where its program pays the institution; null where the enterprise filed. */
	public String filingInstitution(String claimId) {
		return redemptions.findById(claimId).filter(Redemption::paysInstitution).map(Redemption::getInstitutionId)
			.orElse(null);
	}

	/** The claims waiting for this institution's confirmation (not those it filed itself), the earliest due first. */
	public List<Redemption> awaitingConfirmation(CurrentUser user) {
		requireInstitution(user);
		return redemptions.findByInstitutionIdAndStatusOrderByConfirmDueOnAscIdAsc(user.institutionId(),
				Redemption.Status.AWAITING_CONFIRMATION).stream().filter(r -> !r.paysInstitution()).toList();
	}

	private static void requireInstitution(CurrentUser user) {
		if (!user.has(Role.INSTITUTION) || user.institutionId() == null) {
			throw DomainException.forbidden("only an institution confirms claims");
		}
	}
}
