package org.innovoucher.enterprise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.Uscc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise registers itself: its file and its first account. Open to anyone. */
@Service
public class EnterpriseRegistrations {

	/** What a registering enterprise tells about itself. */
	public record Registration(String username, String password, String email, String uscc, String name,
			String regionCode, SizeClass sizeClass, String industry, String techSmeNumber, String legalRepresentative,
			String contactPhone, List<String> relatedParties) {
	}

	public record Registered(String userId, String enterpriseId) {
	}

	private final EnterpriseRepository enterprises;
	private final Accounts accounts;
	private final Regions regions;
	private final BusinessClock clock;

	EnterpriseRegistrations(EnterpriseRepository enterprises, Accounts accounts, Regions regions, BusinessClock clock) {
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
	}

	/** Whether an enterprise with this code is registered already: a form says so on the page that asks for it. */
	@Transactional(readOnly = true)
	public boolean isRegistered(Uscc uscc) {
		return enterprises.existsByUscc(uscc.value());
	}

	@Transactional
	public Registered register(Registration r) {
		Uscc uscc = Uscc.of(r.uscc());
		regions.require(r.regionCode(), "enterprise.regionCode");
		List<String> related = new ArrayList<>();
		if (r.relatedParties() != null) {
			for (String party : r.relatedParties()) {
				related.add(Uscc.of(party).value());
			}
		}
		if (enterprises.existsByUscc(uscc.value())) {
			throw new DomainException(ErrorCode.DUPLICATE_USCC, "an enterprise with USCC " + uscc + " is registered already",
					List.of(new DomainException.FieldError("enterprise.uscc", "already registered")));
		}
		// registration is open to anyone: the registrant is who acted
		String registrant = CurrentUser.current().map(CurrentUser::username).orElse(r.username());
		Enterprise enterprise = Enterprise.register(Ids.newId(), uscc.value(), r.name().trim(), r.regionCode(),
				r.sizeClass(), r.industry().trim(), blankToNull(r.techSmeNumber()), r.legalRepresentative().trim(),
				r.contactPhone().trim(), related, clock.now(), registrant);
		UserAccount user = accounts.create(new Accounts.NewAccount(r.username(), r.password(), r.email(),
				EnumSet.of(Role.ENTERPRISE), r.regionCode(), enterprise.getId(), null));
		// saved after its account, so the trail reads as before: the account, then the enterprise
		enterprises.save(enterprise);
		return new Registered(user.getId(), enterprise.getId());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
