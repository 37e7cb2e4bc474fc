package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a finance officer's desk shows (the pages' reading side of {@link PaymentRuns} and
 * {@link ClaimSettlement}): the claims of their regions ready for payment and not yet held by a run,
 * each with its payee, whether the payee named a bank account, and the date the program's payment
 * deadline falls on; the runs waiting for a second officer's release; the clawed-back claims with
 * money still owed.
 */
@Service
public class PaymentDesk {

	/** A claim ready for payment as the officer selects it; {@code dueOn} null where no notice dated it. */
	public record ReadyClaim(Redemption claim, String payeeName, boolean bankAccountKept, LocalDate dueOn,
			PaymentRunItem.PayeeType payeeType) {
	}

	private final RedemptionRepository redemptions;
	private final PaymentRunRepository runs;
	private final ClaimPayees claimPayees;
	private final Vouchers vouchers;
	private final Regions regions;
	private final WorkingDays workingDays;

	PaymentDesk(RedemptionRepository redemptions, PaymentRunRepository runs, ClaimPayees claimPayees, Vouchers vouchers,
			Regions regions, WorkingDays workingDays) {
		this.redemptions = redemptions;
		this.runs = runs;
		this.claimPayees = claimPayees;
		this.vouchers = vouchers;
		this.regions = regions;
		this.workingDays = workingDays;
	}

	/** The first {@value PageResult#MAX_SIZE} claims ready for payment, the earliest due first. */
	@Transactional(readOnly = true)
	public List<ReadyClaim> readyForPayment(CurrentUser user) {
		return readyForPayment(user, 0, PageResult.MAX_SIZE).items();
	}

	/**
	 * A page of the claims ready for payment, the earliest due first (claims made payable before their
	 * due date was kept, by their notices' end within a page).
	 */
	@Transactional(readOnly = true)
	public PageResult<ReadyClaim> readyForPayment(CurrentUser user, int page, int size) {
		requireFinance(user);
		Map<String, ClaimPayees.Payee> payees = new HashMap<>();
		Map<VoucherId, ProgramRules> rules = new HashMap<>();
		Page<Redemption> found = redemptions.findPayableInRegions(regions.scope(user.regionCode()),
				Redemption.Status.READY_FOR_PAYMENT, PageRequest.of(page, size, Sort.by("paymentDueOn", "noticeEndsOn", "id")));
		return new PageResult<>(found.stream()
			.map(c -> ready(c, payees.computeIfAbsent(c.getPayee() + c.getEnterpriseId() + c.getInstitutionId(),
					k -> claimPayees.of(c)),
					rules.computeIfAbsent(c.voucher(), v -> vouchers.rulesOf(vouchers.get(v)))))
			.sorted(Comparator.comparing(ReadyClaim::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList(), page, size, found.getTotalElements());
	}

	/** How many claims of the officer's regions are ready for payment and not held by a run (the menu's count). */
	@Transactional(readOnly = true)
	public long countReadyForPayment(CurrentUser user) {
		requireFinance(user);
		return redemptions.countPayableInRegions(regions.scope(user.regionCode()), Redemption.Status.READY_FOR_PAYMENT);
	}

	/** Runs of the officer's regions that wait for a second finance officer's release, oldest first. */
	@Transactional(readOnly = true)
	public List<PaymentRun> awaitingRelease(CurrentUser user) {
		requireFinance(user);
		return runs.findByStatusAndRegionCodeInOrderByRecordedAt(PaymentRun.Status.AWAITING_RELEASE,
				regions.scope(user.regionCode()));
	}

	/** Clawed-back claims of the officer's regions of which money is still owed (of the first {@value PageResult#MAX_SIZE}). */
	@Transactional(readOnly = true)
	public List<Redemption> toRecover(CurrentUser user) {
		return toRecover(user, 0, PageResult.MAX_SIZE).items();
	}

	/**
	 * A page of the clawed-back claims of the officer's regions, only those of which money is still
	 * owed: the page may hold fewer than its size, and its total counts every clawed-back claim.
	 */
	@Transactional(readOnly = true)
	public PageResult<Redemption> toRecover(CurrentUser user, int page, int size) {
		requireFinance(user);
		Page<Redemption> found = redemptions.findInRegions(regions.scope(user.regionCode()), Redemption.Status.CLAWED_BACK,
				PageRequest.of(page, size, Sort.by("id")));
		return new PageResult<>(found.stream().filter(c -> c.getOutstandingAmount().isGreaterThan(Money.ZERO)).toList(),
				page, size, found.getTotalElements());
	}

	private ReadyClaim ready(Redemption claim, ClaimPayees.Payee payee, ProgramRules rules) {
		LocalDate dueOn = claim.getPaymentDueOn();
		if (dueOn == null && claim.getNoticeEndsOn() != null) {
			// payable before the due date was kept with the claim: counted from the notice's end
			Integer days = rules.deadlines() == null ? null : rules.deadlines().paymentWorkingDays();
			dueOn = workingDays.addWorkingDays(claim.getNoticeEndsOn(),
					days == null ? ProgramRules.Deadlines.PAYMENT_WORKING_DAYS : days);
		}
		return new ReadyClaim(claim, payee.name(), payee.bankAccount() != null, dueOn, payee.type());
	}

	private static void requireFinance(CurrentUser user) {
		if (!user.has(Role.FINANCE_OFFICER)) {
			throw DomainException.forbidden("requires role " + Role.FINANCE_OFFICER);
		}
	}
}
