package org.innovoucher.redemption;

import java.time.LocalDate;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.marketplace.Contract;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.Payee;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claimant's work on its claim (the enterprise or its agency, or the institution where the
 * program pays it): drafting it, changing it, submitting it to the other party, withdrawing it. Its evidence is {@link ClaimEvidence}'s.
 * Locks as {@link ClaimAccess} writes down.
 */
@Service
public class ClaimDrafting {

	public record Claim(ContractId contractId, Money paidAmount, String resultSummary, Outputs outputs) {
	}

	private final RedemptionRepository redemptions;
	private final AttachmentRepository attachments;
	private final ClaimAccess access;
	private final ClaimPricing pricing;
	private final ClaimBinding binding;
	private final Contracts contracts;
	private final Vouchers vouchers;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	ClaimDrafting(RedemptionRepository redemptions, AttachmentRepository attachments, ClaimAccess access,
			ClaimPricing pricing, ClaimBinding binding, Contracts contracts, Vouchers vouchers, WorkingDays workingDays,
			BusinessClock clock) {
		this.binding = binding;
		this.redemptions = redemptions;
		this.attachments = attachments;
		this.access = access;
		this.pricing = pricing;
		this.contracts = contracts;
		this.vouchers = vouchers;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Transactional
	public Redemption create(Claim claim, CurrentUser user) {
		// the contract's row lock serialises claims against it: at most one open claim per contract
		Contract contract = contracts.lockVisible(claim.contractId(), user);
		// the program version the voucher was issued under says who files
		ProgramRules rules = vouchers.rulesOf(vouchers.get(contract.voucher()));
		boolean paysInstitution = rules.redeem().paysInstitution();
		Enterprise enterprise = access.filer(paysInstitution, contract.enterprise(), contract.getInstitutionId(), user);
		if (!contract.isClaimable()) {
			throw DomainException.invalidState("a claim needs a signed contract; this one is " + contract.getStatus());
		}
		boolean open = redemptions.findByContractId(contract.getId()).stream().anyMatch(r -> !r.getStatus().isClosed());
		if (open) {
			throw DomainException.invalidState("the contract already has a claim in progress");
		}
		requireValidPaid(claim.paidAmount(), contract);
		Voucher voucher = vouchers.requireUsable(contract.voucher(), enterprise.id());
		return redemptions.save(new Redemption(Ids.newId(), contract.getId(), voucher.getId(), enterprise.getId(),
				contract.getInstitutionId(), voucher.getProgramId(), enterprise.getRegionCode(),
				voucher.getBudgetRegionCode(), claim.paidAmount(), summary(claim.resultSummary()), outputs(claim),
				pricing.estimate(voucher, enterprise, claim.paidAmount()),
				paysInstitution ? Payee.INSTITUTION : Payee.ENTERPRISE, user.id(), clock.now()));
	}

	/** The claimant changes a claim that is still its own (draft, returned or disputed). */
	@Transactional
	public Redemption revise(ClaimId id, Claim claim, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		Enterprise enterprise = access.claimant(redemption, user);
		requireValidPaid(claim.paidAmount(), contracts.get(redemption.contract()));
		Voucher voucher = vouchers.requireUsable(redemption.voucher(), enterprise.id());
		redemption.revise(claim.paidAmount(), summary(claim.resultSummary()), outputs(claim),
				pricing.estimate(voucher, enterprise, claim.paidAmount()));
		return redemptions.save(redemption);
	}

	/**
	 * Sends the claim to the other party to confirm; under a sealed letter (the institution's stamped
	 * letter among the evidence) it binds the amount at once and goes straight to review.
	 */
	@Transactional
	public Redemption submit(ClaimId id, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		Enterprise enterprise = access.claimant(redemption, user);
		ProgramRules rules = vouchers.rulesOf(vouchers.get(redemption.voucher()));
		java.util.Set<Attachment.Kind> missing = Attachment.missingFrom(
				attachments.findByRedemptionIdOrderByUploadedAt(id.value()), rules.redeem().bySealedLetter());
		if (!missing.isEmpty()) {
			throw new DomainException(ErrorCode.EVIDENCE_MISSING, "evidence missing: " + missing);
		}
		Voucher voucher = vouchers.requireUsable(redemption.voucher(), enterprise.id());
		if (rules.redeem().bySealedLetter()) {
			// priced on today's balance, as a submission to the institution would be, then bound at once
			redemption.reprice(pricing.estimate(voucher, enterprise, redemption.getPaidAmount()));
			binding.bind(redemption, true);
			return redemptions.save(redemption);
		}
		LocalDate today = clock.today();
		redemption.submit(today, workingDays.addWorkingDays(today, rules.deadlines().confirmWorkingDays()),
				pricing.estimate(voucher, enterprise, redemption.getPaidAmount()));
		return redemptions.save(redemption);
	}

	@Transactional
	public Redemption withdraw(ClaimId id, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		access.claimant(redemption, user);
		redemption.withdraw();
		return redemptions.save(redemption);
	}

	private static Outputs outputs(Claim claim) {
		return claim.outputs() == null ? Outputs.NONE : claim.outputs();
	}

	private static void requireValidPaid(Money paid, Contract contract) {
		if (paid == null || !paid.isPositive()) {
			throw DomainException.invalid("paidAmount", "must be positive");
		}
		if (paid.isGreaterThan(contract.getAmount())) {
			throw DomainException.invalid("paidAmount", "above the contract amount " + contract.getAmount());
		}
	}

	private static String summary(String text) {
		if (text == null || text.isBlank()) {
			throw DomainException.invalid("resultSummary", "required");
		}
		if (text.length() > 4000) {
			throw DomainException.invalid("resultSummary", "at most 4000 characters");
		}
		return text.trim();
	}
}
