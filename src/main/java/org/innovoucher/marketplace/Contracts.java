package org.innovoucher.marketplace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.Institutions;
import org.innovoucher.institution.ServiceItem;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The marketplace module's API: proposing, accepting and closing service contracts. */
@Service
public class Contracts {

	public record Proposal(InstitutionId institutionId, String serviceId, VoucherId voucherId, String title,
			ServiceCategory category, Money amount, LocalDate signedOn) {
	}

	private final ContractRepository contracts;
	private final Enterprises enterprises;
	private final Institutions institutions;
	private final Vouchers vouchers;
	private final Regions regions;
	private final BusinessClock clock;

	Contracts(ContractRepository contracts, Enterprises enterprises, Institutions institutions, Vouchers vouchers,
			Regions regions, BusinessClock clock) {
		this.contracts = contracts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.vouchers = vouchers;
		this.regions = regions;
		this.clock = clock;
	}

	/** Proposes for the enterprise that holds the voucher. */
	@Transactional
	public Contract propose(Proposal p, CurrentUser user) {
		return propose(null, p, user);
	}

	/**
	 * Proposes for {@code forEnterprise}, the enterprise the caller says it works for (the portal's
	 * acting-for), or, when null, for the voucher's holder. Named, the enterprise is checked before
	 * the voucher: an agency whose delegation ended hears that ({@link org.innovoucher.shared.NotDelegated}),
	 * not that the voucher is gone; and another enterprise's voucher is refused, not spent for it.
	 */
	@Transactional
	public Contract propose(EnterpriseId forEnterprise, Proposal p, CurrentUser user) {
		requireProposer(user);
		Enterprise named = forEnterprise == null ? null : enterprises.actingFor(user, forEnterprise);
		Voucher voucher = vouchers.voucherVisible(p.voucherId(), user);
		if (named != null && !named.id().equals(voucher.enterprise())) {
			throw DomainException.invalid("voucherId", "not a voucher of enterprise " + named.getId());
		}
		Enterprise enterprise = named != null ? named : enterprises.actingFor(user, voucher.enterprise());
		vouchers.requireUsable(voucher.id(), enterprise.id());
		Institution institution = institutions.get(p.institutionId());
		ServiceCategory category = p.category();
		if (p.serviceId() != null) {
			ServiceItem item = institutions.service(p.serviceId())
				.filter(s -> s.institution().equals(institution.id()) && s.isActive())
				.orElseThrow(() -> DomainException.invalid("serviceId", "not an active service of this institution"));
			if (category == null) {
				category = item.getCategory();
			}
			else if (category != item.getCategory()) {
				throw DomainException.invalid("category", "the service is of category " + item.getCategory());
			}
		}
		if (category == null) {
			throw DomainException.invalid("category", "required without a serviceId");
		}
		if (!p.amount().isPositive()) {
			throw DomainException.invalid("amount", "must be positive");
		}
		if (p.signedOn().isAfter(voucher.getValidUntil())) {
			throw DomainException.invalid("signedOn", "after the voucher's validity " + voucher.getValidUntil());
		}
		ProgramRules rules = vouchers.rulesOf(voucher);
		ContractPolicy.check(rules, enterprise, institution, category,
				ContractPolicy.regionAccepted(rules.eligible().acceptedInstitutionRegions(),
						regions.selfAndAncestors(institution.getRegionCode())),
				clock.today());
		// raises ContractProposed, published (audited, notified) on save
		return contracts.save(new Contract(Ids.newId(), enterprise.getId(), institution.getId(), p.serviceId(),
				voucher.getId(), p.title().trim(), category, p.amount(), p.signedOn(), clock.now()));
	}

	/**
	 * Refuses, before the first answer is typed, whoever may not propose for this enterprise: anyone
	 * but the enterprise and the agencies it delegates to now.
	 */
	public void requireProposerFor(EnterpriseId enterprise, CurrentUser user) {
		requireProposer(user);
		enterprises.actingFor(user, enterprise);
	}

	private static void requireProposer(CurrentUser user) {
		if (!user.hasAny(Role.ENTERPRISE, Role.AGENCY)) {
			throw DomainException.forbidden("contracts are proposed by an enterprise or its agency");
		}
	}

	/** The institution accepts (the contract is signed) or declines. */
	@Transactional
	public Contract answer(ContractId id, boolean accept, String reason, CurrentUser user) {
		Contract contract = lockVisible(id, user);
		if (!user.has(Role.INSTITUTION) || !contract.institution().equals(user.institution())) {
			throw DomainException.forbidden("only the contract's institution answers");
		}
		if (accept) {
			Institution institution = institutions.get(contract.institution());
			if (!institution.isRecognised()) {
				throw new DomainException(org.innovoucher.shared.ErrorCode.INSTITUTION_NOT_RECOGNISED,
						"the institution is " + institution.getStatus());
			}
			contract.sign(reason);
		}
		else {
			contract.decline(reason);
		}
		return contracts.save(contract);
	}

	/** Either party records that the service was delivered, or ends the contract early. */
	@Transactional
	public Contract close(ContractId id, Contract.Status outcome, String reason, CurrentUser user) {
		Contract contract = lockVisible(id, user);
		boolean party = contract.institution().equals(user.institution())
				|| enterprises.canActFor(user, contract.enterprise());
		if (!party) {
			throw DomainException.forbidden("only the contract's parties close it");
		}
		if (outcome != Contract.Status.COMPLETED && outcome != Contract.Status.TERMINATED) {
			throw DomainException.invalid("outcome", "COMPLETED or TERMINATED");
		}
		if (outcome == Contract.Status.COMPLETED) {
			contract.complete(reason);
		}
		else {
			contract.terminate(reason);
		}
		return contracts.save(contract);
	}

	public Contract get(ContractId id) {
		return contracts.findById(id.value()).orElseThrow(() -> DomainException.notFound("contract", id.value()));
	}

	/** The parties and staff of the enterprise's region see a contract. */
	public Contract getVisible(ContractId id, CurrentUser user) {
		return requireVisible(get(id), user);
	}

	/**
	 * Locks the contract row (until the caller's transaction ends) and then checks that the caller
	 * sees it. Locked before it is read: a row read first would stay stale in the persistence context.
	 * Serialises everything that changes the contract or counts claims against it.
	 */
	@Transactional
	public Contract lockVisible(ContractId id, CurrentUser user) {
		return requireVisible(contracts.findForUpdate(id.value())
			.orElseThrow(() -> DomainException.notFound("contract", id.value())), user);
	}

	private Contract requireVisible(Contract contract, CurrentUser user) {
		String id = contract.getId();
		boolean visible = contract.institution().equals(user.institution())
				|| enterprises.canActFor(user, contract.enterprise())
				|| (user.isStaff() && user.isStaffCovering(enterprises.get(contract.enterprise()).getRegionCode(), regions));
		if (!visible) {
			throw DomainException.notFound("contract", id);
		}
		return contract;
	}

	public PageResult<Contract> mine(CurrentUser user, EnterpriseId enterpriseId, Pageable paging) {
		if (user.has(Role.INSTITUTION)) {
			return PageResult.of(contracts.findByInstitutionId(user.institutionId(), paging), c -> c);
		}
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return PageResult.of(contracts.findByEnterpriseId(enterprise.getId(), paging), c -> c);
	}

	/** The institution's proposals still waiting for its answer, oldest first (they have waited longest). */
	public List<Contract> awaitingAnswer(CurrentUser user) {
		if (!user.has(Role.INSTITUTION) || user.institution() == null) {
			throw DomainException.forbidden("only an institution answers proposals");
		}
		return contracts.findByInstitutionIdAndStatusOrderByCreatedAtAsc(user.institutionId(), Contract.Status.PROPOSED);
	}

	/**
	 * The enterprise's proposals proposed after {@code since} that the institution declined, newest
	 * first: the enterprise has to look for another institution or propose again.
	 */
	public List<Contract> declinedSince(CurrentUser user, EnterpriseId enterpriseId, Instant since) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return contracts.findByEnterpriseIdAndStatusAndCreatedAtAfterOrderByCreatedAtDesc(enterprise.getId(),
				Contract.Status.DECLINED, since);
	}
}
