package org.innovoucher.institution.web;

import java.time.LocalDate;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionCatalog;
import org.innovoucher.institution.Institutions;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.WorkingDays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The institution's own page in its workspace: its recognition status in words, the operator's
 * reason, what happens next, and the kinds of service it may offer.
 */
@Controller
class InstitutionStatusPage {

	private final Institutions institutions;
	private final InstitutionCatalog catalog;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	InstitutionStatusPage(Institutions institutions, InstitutionCatalog catalog, WorkingDays workingDays,
			BusinessClock clock) {
		this.institutions = institutions;
		this.catalog = catalog;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The institution the signed-in person works for; anyone else has no institution's workspace. */
	static InstitutionId mine(CurrentUser user) {
		if (user.institution() == null) {
			throw DomainException.forbidden("only an institution's people see its workspace");
		}
		return user.institution();
	}

	@GetMapping("/workspace/institution")
	String status(Model model) {
		InstitutionId mine = mine(CurrentUser.require());
		Institution institution = institutions.get(mine);
		LocalDate registered = institution.getCreatedAt().atZone(BusinessClock.ZONE).toLocalDate();
		model.addAttribute("institution", institution);
		model.addAttribute("registered", registered);
		// how long a pending registration has waited: no rule sets the operator a deadline, so it is shown as time passed
		model.addAttribute("waitedDays", Math.max(0, workingDays.workingDaysBetween(registered, clock.today())));
		model.addAttribute("offered", catalog.offered(mine));
		return "institution/own-status";
	}
}
