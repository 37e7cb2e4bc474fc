package org.innovoucher.enterprise;

import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise keeps the account it is paid to. Only its own users: an agency files claims for
 * it, but where the money goes is the enterprise's own word.
 */
@Service
public class EnterpriseBankAccount {

	private final EnterpriseRepository enterprises;
	private final Enterprises lookup;

	EnterpriseBankAccount(EnterpriseRepository enterprises, Enterprises lookup) {
		this.enterprises = enterprises;
		this.lookup = lookup;
	}

	@Transactional
	public Enterprise keep(EnterpriseId id, BankAccount account, CurrentUser user) {
		Enterprise enterprise = lookup.getVisible(id, user);
		if (!user.has(Role.ENTERPRISE) || !id.equals(user.enterprise())) {
			throw DomainException.forbidden("only the enterprise itself names the account it is paid to");
		}
		enterprise.keepBankAccount(account);
		return enterprises.save(enterprise);
	}
}
