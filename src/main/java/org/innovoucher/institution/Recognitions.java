package org.innovoucher.institution;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The operator decides applications for recognition, and suspends, reinstates or revokes. */
@Service
public class Recognitions {

	private final InstitutionRepository institutions;
	private final Institutions reader;
	private final Regions regions;

	Recognitions(InstitutionRepository institutions, Institutions reader, Regions regions) {
		this.institutions = institutions;
		this.reader = reader;
		this.regions = regions;
	}

	/** Moves the institution to {@code next}: the status the operator's decision names. */
	@Transactional
	public Institution decide(InstitutionId id, Institution.Status next, String reason, CurrentUser user) {
		// the role first: anyone but an operator is refused (403) whether or not the institution is visible
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("recognition is decided by an operator");
		}
		Institution institution = reader.get(id);
		// outside the operator's region the institution is not there at all (404), not forbidden
		if (!user.isStaffCovering(institution.getRegionCode(), regions)) {
			throw DomainException.notFound("institution", id.value());
		}
		institution.moveTo(next, reason);
		return institutions.save(institution);
	}
}
