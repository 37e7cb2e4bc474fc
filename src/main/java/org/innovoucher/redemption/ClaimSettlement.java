package org.innovoucher.redemption;

import java.time.LocalDate;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Role;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money after the decision: the finance officer records the payment and what is paid back on a
 * clawback; the supervisor claws a paid claim back. Locks as {@link ClaimAccess} writes down.
 */
@Service
public class ClaimSettlement {

	private final RedemptionRepository redemptions;
	private final BankReferenceRepository references;
	private final PaymentRunRepository runs;
	private final ClaimAccess access;
	private final ClaimPostings postings;
	private final Enterprises enterprises;
	private final ClaimPayees payees;
	private final Vouchers vouchers;
	private final BusinessClock clock;

	ClaimSettlement(RedemptionRepository redemptions, BankReferenceRepository references, PaymentRunRepository runs,
			ClaimAccess access, ClaimPostings postings, Enterprises enterprises, ClaimPayees payees, Vouchers vouchers,
			BusinessClock clock) {
		this.payees = payees;
		this.redemptions = redemptions;
		this.references = references;
		this.runs = runs;
		this.access = access;
		this.postings = postings;
		this.enterprises = enterprises;
		this.vouchers = vouchers;
		this.clock = clock;
	}

	/**
	 * The finance officer records the payment. A claim is paid at most once, its bank reference is
	 * recorded once, and the person who approved it does not pay it.
	 */
	@Transactional
	public Redemption pay(ClaimId id, LocalDate paidOn, String reference, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		access.requireStaff(redemption, Role.FINANCE_OFFICER, user);
		if (paidOn.isAfter(clock.today())) {
			throw DomainException.invalid("paidOn", "not in the future");
		}
		// a claim held by a payment run awaiting its release is paid by that release, not here
		runs.findRunOf(id.value()).ifPresent(run -> {
			throw DomainException.invalidState("the claim is in payment run " + run + ", which pays it");
		});
		return payLocked(redemption, paidOn, reference, user);
	}

	/**
	 * Pays a claim the caller has locked and checked may be paid by {@code user}: the claim's state
	 * and who approved it are checked again by the claim itself. One payment's bookings, in one place.
	 */
	Redemption payLocked(Redemption redemption, LocalDate paidOn, String reference, CurrentUser user) {
		String ref = requireNewReference(redemption, reference);
		redemption.pay(paidOn, reference, user.id());
		references.save(new BankReference(redemption.getId(), ref, BankReference.Kind.PAYMENT,
				redemption.getApprovedAmount(), paidOn, user.id(), clock.now()));
		postings.paid(redemption, reference);
		return redemptions.save(redemption);
	}

	/**
	 * The finance officer records money the enterprise paid back on a clawed-back claim: the
	 * receivable shrinks and the budget of the claim's region gets the amount back. A bank reference
	 * already recorded for the claim is refused: the same transfer is never booked twice.
	 */
	@Transactional
	public Redemption recover(ClaimId id, Money amount, LocalDate recoveredOn, String reference, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		access.requireStaff(redemption, Role.FINANCE_OFFICER, user);
		if (recoveredOn.isAfter(clock.today())) {
			throw DomainException.invalid("recoveredOn", "not in the future");
		}
		String ref = requireNewReference(redemption, reference);
		redemption.recover(amount, recoveredOn, reference);
		references.save(new BankReference(id.value(), ref, BankReference.Kind.RECOVERY, amount, recoveredOn, user.id(),
				clock.now()));
		postings.recovered(redemption, amount, reference);
		return redemptions.save(redemption);
	}

	/**
	 * What a clawback of this claim would do: the amount the payee owes back, and the ban of the
	 * enterprise ({@code banYears} 0 and no end where the institution was paid: it owes, nobody is banned).
	 */
	public record ClawbackConsequence(Redemption claim, String enterpriseName, int banYears, LocalDate bannedUntil,
			String payeeName) {

		public boolean bans() {
			return !claim.paysInstitution();
		}
	}

	/** Told to the supervisor before a clawback is confirmed; the same rules {@link #clawBack} applies. */
	@Transactional(readOnly = true)
	public ClawbackConsequence clawbackConsequence(ClaimId id, CurrentUser user) {
		Redemption redemption = access.getVisible(id, user);
		access.requireStaff(redemption, Role.SUPERVISOR, user);
		String payee = payees.of(redemption).name();
		if (redemption.paysInstitution()) {
			return new ClawbackConsequence(redemption, enterprises.get(redemption.enterprise()).getName(), 0, null, payee);
		}
		int years = vouchers.rulesOf(vouchers.get(redemption.voucher())).sanctions().banYearsOnFraud();
		return new ClawbackConsequence(redemption, enterprises.get(redemption.enterprise()).getName(), years,
				enterprises.banWouldEnd(redemption.enterprise(), years), payee);
	}

	/**
	 * Supervision found fraud: the paid amount becomes a receivable of the payee and, where the
	 * enterprise was paid, the enterprise is banned. Where the institution filed and was paid, it owes
	 * the money back; its recognition is the operators' to suspend (Recognitions), not a ban here.
	 */
	@Transactional
	public Redemption clawBack(ClaimId id, String reason, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		access.requireStaff(redemption, Role.SUPERVISOR, user);
		if (redemption.paysInstitution()) {
			redemption.clawBack(reason);
			postings.clawedBack(redemption, reason);
			return redemptions.save(redemption);
		}
		// the enterprise (banned below) before the ledger book, in the order confirmations take them
		enterprises.lock(redemption.enterprise());
		redemption.clawBack(reason);
		postings.clawedBack(redemption, reason);
		// saved before the ban, so that the claim's line precedes the enterprise's
		redemptions.save(redemption);
		ProgramRules rules = vouchers.rulesOf(vouchers.get(redemption.voucher()));
		enterprises.ban(redemption.enterprise(), rules.sanctions().banYearsOnFraud(),
				"clawback of claim " + id + ": " + reason);
		return redemption;
	}

	/**
	 * A bank reference is recorded for a claim once: a payment or recovery posted again with it is
	 * refused before anything moves. Checked under the claim's lock, so two at once cannot both pass.
	 */
	private String requireNewReference(Redemption redemption, String reference) {
		String ref = reference == null ? "" : reference.trim();
		if (ref.isEmpty()) {
			throw DomainException.invalid("reference", "required");
		}
		if (references.existsById(new BankReference.Key(redemption.getId(), ref))) {
			throw new DomainException(ErrorCode.DUPLICATE_REFERENCE,
					"the bank reference " + ref + " is already recorded for this claim");
		}
		return ref;
	}
}
