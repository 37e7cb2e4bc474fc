package org.innovoucher.redemption;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.Institutions;
import org.innovoucher.shared.BankAccount;
import org.springframework.stereotype.Component;

/**
 * Who a claim pays (domain.md, "Two ways to redeem"): the enterprise, or the institution that filed
 * for the voucher part. Payment runs pay its account, a clawback makes it owe, the pages and the
 * public notice name it.
 */
@Component
public class ClaimPayees {

	/** The payee of a claim, as the API shows it ({@code bankAccount} is never shown there). */
	public record Payee(PaymentRunItem.PayeeType type, String id, String name, BankAccount bankAccount) {
	}

	private final Enterprises enterprises;
	private final Institutions institutions;

	ClaimPayees(Enterprises enterprises, Institutions institutions) {
		this.enterprises = enterprises;
		this.institutions = institutions;
	}

	public Payee of(Redemption claim) {
		if (claim.paysInstitution()) {
			Institution institution = institutions.get(claim.institution());
			return new Payee(PaymentRunItem.PayeeType.INSTITUTION, institution.getId(), institution.getName(),
					institution.getBankAccount());
		}
		Enterprise enterprise = enterprises.get(claim.enterprise());
		return new Payee(PaymentRunItem.PayeeType.ENTERPRISE, enterprise.getId(), enterprise.getName(),
				enterprise.getBankAccount());
	}
}
