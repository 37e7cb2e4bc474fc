package org.innovoucher.voucher;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Round;
import org.innovoucher.policy.Rounds;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;

/**
 * May this enterprise apply for this denomination of this program today? Each rule of the program
 * is checked in turn and the first that says no is reported with its own code. Applications are
 * taken while a round is open, and the allowance per enterprise counts per round.
 */
final class VoucherEligibilityPolicy {

	/**
	 * What the policy looks at. {@code earlier} are the enterprise's other still-active applications in
	 * the program, of any round: the policy counts those of the round open today.
	 */
	record Request(Program program, ProgramRules rules, Enterprise enterprise, boolean enterpriseInRegion,
			Money denomination, List<ServiceCategory> categories, List<VoucherApplication> earlier, LocalDate today) {
	}

	private VoucherEligibilityPolicy() {
	}

	/** Checks every rule; answers the round the application is filed in. */
	static Round check(Request r) {
		ProgramRules rules = r.rules();
		ProgramRules.Window window = rules.window();
		Round round = r.program().isOpen() ? Rounds.on(window, r.today()).orElse(null) : null;
		if (round == null) {
			throw closed(r.program().isOpen(), window, r.today());
		}
		if (r.enterprise().isBannedOn(r.today())) {
			throw new DomainException(ErrorCode.ENTERPRISE_BANNED,
					"the enterprise is banned until " + r.enterprise().getBannedUntil());
		}
		if (!r.enterpriseInRegion()) {
			throw new DomainException(ErrorCode.NOT_ELIGIBLE,
					"the enterprise is not registered in the program's region " + rules.regionCode());
		}
		if (Boolean.TRUE.equals(rules.eligible().techSmeRequired()) && !r.enterprise().isTechSme()) {
			throw new DomainException(ErrorCode.NOT_ELIGIBLE,
					"the program requires a technology-based SME registration number");
		}
		String size = r.enterprise().getSizeClass().name();
		if (!rules.eligible().admits(r.enterprise().isTeam(), size)) {
			if (r.enterprise().isTeam()) {
				throw new DomainException(ErrorCode.NOT_ELIGIBLE, "the program does not take teams without a legal person");
			}
			throw new DomainException(ErrorCode.NOT_ELIGIBLE,
					"size class " + size + " is not among " + rules.eligible().sizeClassesAllowed());
		}
		List<Money> offered = rules.denominationsFor(size);
		if (!offered.contains(r.denomination())) {
			throw new DomainException(ErrorCode.INVALID_DENOMINATION,
					"a " + size + " enterprise may apply for " + offered + ", not " + r.denomination(),
					List.of(new DomainException.FieldError("denomination", "one of " + offered)));
		}
		for (ServiceCategory category : r.categories()) {
			if (!rules.covers(category)) {
				throw new DomainException(ErrorCode.CATEGORY_NOT_COVERED,
						"the program does not cover " + category);
			}
		}
		long inRound = r.earlier().stream().filter(a -> round.name().equals(roundOf(a, window))).count();
		if (inRound >= rules.eligible().maxVouchersPerEnterprise()) {
			throw new DomainException(ErrorCode.DUPLICATE_APPLICATION, "the enterprise already has " + inRound
					+ " application(s) in round " + round.name() + "; the program allows "
					+ rules.eligible().maxVouchersPerEnterprise() + " per round");
		}
		return round;
	}

	/**
	 * The round an application counts in: the one it recorded, or for those filed before rounds were
	 * recorded, the round its submission day falls in.
	 */
	static String roundOf(VoucherApplication application, ProgramRules.Window window) {
		if (application.getRoundName() != null) {
			return application.getRoundName();
		}
		return application.getSubmittedOn() == null ? null
				: Rounds.containing(window, application.getSubmittedOn()).map(Round::name).orElse(null);
	}

	/** Between rounds the refusal names the next round's opening day, so the applicant knows when to come back. */
	private static DomainException closed(boolean programOpen, ProgramRules.Window window, LocalDate today) {
		if (programOpen) {
			for (Round next : Rounds.of(window)) {
				if (next.applicationOpensOn().isAfter(today)) {
					return new DomainException(ErrorCode.APPLICATION_WINDOW_CLOSED, "no round takes applications on "
							+ today + "; the next round, " + next.name() + ", opens on " + next.applicationOpensOn());
				}
			}
		}
		return new DomainException(ErrorCode.APPLICATION_WINDOW_CLOSED, "applications are taken from "
				+ window.applicationOpensOn() + " to " + window.applicationClosesOn() + " while the program is open");
	}
}
