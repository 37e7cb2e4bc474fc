package org.innovoucher.redemption;

import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.Money;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One claim of a payment run: how much, to whom, to which account. The payee's name and account are
 * kept as they were when the run was recorded, so the run's file always says what was sent.
 */
@Embeddable
public record PaymentRunItem(@Column(name = "redemption_id") String redemptionId, Money amount,
		@Enumerated(EnumType.STRING) PayeeType payeeType, String payeeId, String payeeName,
		@Embedded BankAccount bankAccount) {

	/** Who a claim pays: the enterprise (后补助), or the institution under the institution-payee mode. */
	public enum PayeeType {
		ENTERPRISE, INSTITUTION
	}
}
