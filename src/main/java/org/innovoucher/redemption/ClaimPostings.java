package org.innovoucher.redemption;

import org.innovoucher.ledger.Account;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.ledger.Posting;
import org.innovoucher.ledger.TransactionType;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.shared.Money;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Component;

/**
 * What a claim moves in the budget's ledger book (and on the voucher where it binds or gives back):
 * every posting of a claim, in one place. Called under the claim's lock, after the claim's operation.
 */
@Component
class ClaimPostings {

	private static final String CLAIM = AuditedChanges.CLAIM;
	private static final int MEMO = 500;

	private final Ledger ledger;
	private final Vouchers vouchers;

	ClaimPostings(Ledger ledger, Vouchers vouchers) {
		this.ledger = ledger;
		this.vouchers = vouchers;
	}

	/** The confirmation binds the voucher part from the voucher and the rest from the budget. */
	void bound(Redemption claim, SubsidySchedule.Outcome outcome) {
		vouchers.bind(claim.voucher(), outcome.voucherPart(), claim.id());
		ledger.post(Posting.of(claim.program(), TransactionType.CLAIM_BOUND, CLAIM, claim.getId())
			.move(claim.getBudgetRegionCode(), Account.RESERVED, Account.BOUND, outcome.voucherPart())
			.move(claim.getBudgetRegionCode(), Account.AVAILABLE, Account.BOUND, outcome.excessPart()));
	}

	/** The approval for {@code amount} of what was {@code bound}: the rest goes back to the budget. */
	void approved(Redemption claim, Money bound, Money amount) {
		String book = claim.getBudgetRegionCode();
		ledger.post(Posting.of(claim.program(), TransactionType.CLAIM_APPROVED, CLAIM, claim.getId())
			.move(book, Account.BOUND, Account.APPROVED, amount)
			.move(book, Account.BOUND, Account.AVAILABLE, bound.minus(amount)));
	}

	/** Rejection or return: the binding goes back, to the voucher where it still can. Before the claim unbinds. */
	void released(Redemption claim) {
		Money bound = claim.getBoundAmount();
		// after an approval for less and a reopening, less than the voucher part is still bound: the rest
		// went back to the budget at approval, and giving it to the voucher again would overdraw the budget
		Money voucherPart = claim.getBoundVoucherPart().min(bound);
		boolean restored = vouchers.unbind(claim.voucher(), voucherPart, claim.id());
		Money toVoucher = restored ? voucherPart : Money.ZERO;
		String book = claim.getBudgetRegionCode();
		ledger.post(Posting.of(claim.program(), TransactionType.CLAIM_UNBOUND, CLAIM, claim.getId())
			.move(book, Account.BOUND, Account.RESERVED, toVoucher)
			.move(book, Account.BOUND, Account.AVAILABLE, bound.minus(toVoucher)));
	}

	/** An upheld objection: what was approved is bound again. */
	void reopened(Redemption claim, Money approved) {
		ledger.post(Posting.of(claim.program(), TransactionType.CLAIM_REOPENED, CLAIM, claim.getId())
			.move(claim.getBudgetRegionCode(), Account.APPROVED, Account.BOUND, approved));
	}

	void paid(Redemption claim, String reference) {
		ledger.post(Posting.of(claim.program(), TransactionType.CLAIM_PAID, CLAIM, claim.getId())
			.move(claim.getBudgetRegionCode(), Account.APPROVED, Account.PAID, claim.getApprovedAmount())
			.memo(withPayee(claim, reference)));
	}

	void clawedBack(Redemption claim, String reason) {
		Money amount = claim.getApprovedAmount();
		ledger.post(Posting.of(claim.program(), TransactionType.CLAIM_CLAWED_BACK, CLAIM, claim.getId())
			.line(claim.getBudgetRegionCode(), Account.CLAWED_BACK, amount.negate())
			.line(claim.getBudgetRegionCode(), Account.RECEIVABLE, amount)
			.memo(withPayee(claim, reason)));
	}

	/**
	 * Where the institution was paid, the ledger's memo names it: the book reads who received the money
	 * and who owes it back. The enterprise's payments keep their memo as it always was.
	 */
	private static String withPayee(Redemption claim, String memo) {
		if (!claim.paysInstitution()) {
			return memo;
		}
		String payee = " [payee INSTITUTION " + claim.getInstitutionId() + "]";
		String text = memo == null ? "" : memo;
		// the memo column holds 500 characters: the payee is kept, the text before it shortened
		return (text.length() + payee.length() > MEMO ? text.substring(0, MEMO - payee.length()) : text) + payee;
	}

	void recovered(Redemption claim, Money amount, String reference) {
		ledger.post(Posting.of(claim.program(), TransactionType.CLAWBACK_RECOVERED, CLAIM, claim.getId())
			.move(claim.getBudgetRegionCode(), Account.RECEIVABLE, Account.AVAILABLE, amount)
			.memo(reference));
	}
}
