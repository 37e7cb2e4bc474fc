package org.innovoucher.institution;

import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution keeps the account it is paid to (under the institution-payee mode). Only itself. */
@Service
public class InstitutionBankAccount {

	private final InstitutionRepository institutions;
	private final Institutions lookup;

	InstitutionBankAccount(InstitutionRepository institutions, Institutions lookup) {
		this.institutions = institutions;
		this.lookup = lookup;
	}

	@Transactional
	public Institution keep(InstitutionId id, BankAccount account, CurrentUser user) {
		Institution institution = lookup.getVisible(id, user);
		if (!user.has(Role.INSTITUTION) || !id.equals(user.institution())) {
			throw DomainException.forbidden("only the institution itself names the account it is paid to");
		}
		institution.keepBankAccount(account);
		return institutions.save(institution);
	}
}
