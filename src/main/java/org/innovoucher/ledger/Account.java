package org.innovoucher.ledger;

/**
 * The accounts of one program's book in one region. FUNDING and CLAWED_BACK are contra accounts:
 * their balances are negative and count what flowed in from outside.
 */
public enum Account {
	/** Contra: minus the budget allocated. */
	FUNDING,
	/** Budget not yet reserved by a voucher nor bound by a claim. */
	AVAILABLE,
	/** Face values of issued vouchers not yet bound, expired or revoked. */
	RESERVED,
	/** Payable amounts of confirmed claims awaiting the review decision. */
	BOUND,
	/** Approved amounts awaiting payment. */
	APPROVED,
	/** Paid out. */
	PAID,
	/** Clawed-back amounts still to be recovered from enterprises. */
	RECEIVABLE,
	/** Contra: minus everything clawed back. */
	CLAWED_BACK
}
