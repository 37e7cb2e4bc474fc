package org.innovoucher.institution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An institution registers itself and applies for recognition. Open to anyone. */
@Service
public class InstitutionRegistrations {

	public record Registration(String username, String password, String email, String uscc, String name,
			String regionCode, InstitutionType type, Set<ServiceCategory> categories, List<String> qualifications,
			List<String> relatedParties) {
	}

	public record Registered(String userId, String institutionId, Institution.Status status) {
	}

	private final InstitutionRepository institutions;
	private final Accounts accounts;
	private final Regions regions;
	private final BusinessClock clock;

	InstitutionRegistrations(InstitutionRepository institutions, Accounts accounts, Regions regions,
			BusinessClock clock) {
		this.institutions = institutions;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
	}

	/** Whether an institution with this code is registered already: a form says so on the page that asks for it. */
	@Transactional(readOnly = true)
	public boolean isRegistered(Uscc uscc) {
		return institutions.existsByUscc(uscc.value());
	}

	@Transactional
	public Registered register(Registration r) {
		Uscc uscc = Uscc.of(r.uscc());
		regions.require(r.regionCode(), "institution.regionCode");
		if (r.categories() == null || r.categories().isEmpty()) {
			throw DomainException.invalid("institution.categories", "at least one service category");
		}
		List<String> related = new ArrayList<>();
		if (r.relatedParties() != null) {
			r.relatedParties().forEach(p -> related.add(Uscc.of(p).value()));
		}
		if (institutions.existsByUscc(uscc.value())) {
			throw new DomainException(ErrorCode.DUPLICATE_USCC, "an institution with USCC " + uscc + " is registered already",
					List.of(new DomainException.FieldError("institution.uscc", "already registered")));
		}
		// registration is open to anyone: the registrant is who acted
		String registrant = CurrentUser.current().map(CurrentUser::username).orElse(r.username());
		Institution institution = Institution.register(Ids.newId(), uscc.value(), r.name().trim(), r.regionCode(),
				r.type(), r.categories(), r.qualifications() == null ? List.of() : r.qualifications(), related,
				clock.now(), registrant);
		UserAccount user = accounts.create(new Accounts.NewAccount(r.username(), r.password(), r.email(),
				EnumSet.of(Role.INSTITUTION), r.regionCode(), null, institution.getId()));
		// saved after its account, so the trail reads as before: the account, then the institution
		institutions.save(institution);
		return new Registered(user.getId(), institution.getId(), institution.getStatus());
	}
}
