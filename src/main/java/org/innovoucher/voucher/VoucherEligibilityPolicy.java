package org.innovoucher.voucher;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;

/**
 * May this enterprise apply for this denomination of this program today? Each rule of the program
 * is checked in turn and the first that says no is reported with its own code.
 */
final class VoucherEligibilityPolicy {

	/** What the policy looks at. {@code earlierInPeriod} are the enterprise's still-active applications. */
	record Request(Program program, ProgramRules rules, Enterprise enterprise, boolean enterpriseInRegion,
			Money denomination, List<ServiceCategory> categories, List<VoucherApplication> earlierInPeriod,
			LocalDate today) {
	}

	private VoucherEligibilityPolicy() {
	}

	static void check(Request r) {
		ProgramRules rules = r.rules();
		ProgramRules.Window window = rules.window();
		if (!r.program().isOpen() || r.today().isBefore(window.applicationOpensOn())
				|| r.today().isAfter(window.applicationClosesOn())) {
			throw new DomainException(ErrorCode.APPLICATION_WINDOW_CLOSED, "applications are taken from "
					+ window.applicationOpensOn() + " to " + window.applicationClosesOn() + " while the program is open");
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
		if (r.earlierInPeriod().size() >= rules.eligible().maxVouchersPerEnterprise()) {
			throw new DomainException(ErrorCode.DUPLICATE_APPLICATION, "the enterprise already has "
					+ r.earlierInPeriod().size() + " application(s) in this period; the program allows "
					+ rules.eligible().maxVouchersPerEnterprise());
		}
	}

	/** The first day of the period {@code day} falls in, by the program's cycle. */
	static LocalDate periodStart(Cycle cycle, LocalDate day, LocalDate programStart) {
		return switch (cycle) {
			case SEMI_ANNUAL -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
			case QUARTERLY -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
			case MONTHLY -> day.withDayOfMonth(1);
			// an annual program is one period, even where its window crosses a new year
			case ANNUAL, ROLLING -> programStart;
		};
	}

	static LocalDate periodEnd(Cycle cycle, LocalDate start) {
		return switch (cycle) {
			case SEMI_ANNUAL -> start.plusMonths(6).minusDays(1);
			case QUARTERLY -> start.plusMonths(3).minusDays(1);
			case MONTHLY -> start.plusMonths(1).minusDays(1);
			case ANNUAL, ROLLING -> LocalDate.MAX;
		};
	}
}
