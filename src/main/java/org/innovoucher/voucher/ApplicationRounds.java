package org.innovoucher.voucher;

import java.util.Optional;

import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.policy.Round;
import org.innovoucher.policy.Rounds;
import org.springframework.stereotype.Component;

/**
 * The round of its program an application counts in, with the round's windows and review batch day as
 * the rules of its program version say, for the reviewer's queue and the applicant's pages.
 */
@Component
public class ApplicationRounds {

	private final Programs programs;

	ApplicationRounds(Programs programs) {
		this.programs = programs;
	}

	/** The application's round; empty for one filed before rounds whose day falls in none. */
	public Optional<Round> of(VoucherApplication application) {
		ProgramRules.Window window = programs.rules(application.program(), application.getProgramVersion()).window();
		String name = VoucherEligibilityPolicy.roundOf(application, window);
		if (name == null) {
			return Optional.empty();
		}
		// a round renamed in a later version is still named as the application recorded it
		return Optional.of(Rounds.of(window).stream().filter(r -> r.name().equals(name)).findFirst()
			.orElse(new Round(name, null, null, null)));
	}
}
