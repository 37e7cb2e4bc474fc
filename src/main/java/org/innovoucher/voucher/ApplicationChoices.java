package org.innovoucher.voucher;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Round;
import org.innovoucher.policy.Rounds;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * What an enterprise may ask for before it applies: the programs taking applications today that
 * admit it (its region and size class), and in each the denominations its size class may have and
 * the service categories the program pays for, while one of its rounds is open. The same rules {@link VoucherEligibilityPolicy}
 * checks on filing, so that a form offers only what filing accepts.
 */
@Service
public class ApplicationChoices {

	/** Programs open at once are few (one per region and cycle): one page holds them all. */
	private static final int MAX_PROGRAMS = PageResult.MAX_SIZE;

	/** One program the enterprise may apply for, with what it may ask for. */
	public record Choice(Program program, List<Money> denominations, List<ServiceCategory> serviceCategories,
			LocalDate closesOn, int reviewWorkingDays) {

		public ProgramId programId() {
			return program.id();
		}
	}

	private final Programs programs;
	private final Enterprises enterprises;
	private final Regions regions;
	private final BusinessClock clock;

	ApplicationChoices(Programs programs, Enterprises enterprises, Regions regions, BusinessClock clock) {
		this.programs = programs;
		this.enterprises = enterprises;
		this.regions = regions;
		this.clock = clock;
	}

	/** The programs taking applications today that admit the enterprise, by name. */
	public List<Choice> openTo(EnterpriseId enterpriseId, CurrentUser user) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		LocalDate today = clock.today();
		return programs.list(user, PageRequest.of(0, MAX_PROGRAMS, Sort.by("name")))
			.items()
			.stream()
			.filter(Program::isOpen)
			.map(p -> choice(p, enterprise, today))
			.filter(c -> c != null)
			.toList();
	}

	/**
	 * What the enterprise may ask for in one program: APPLICATION_WINDOW_CLOSED where it takes no
	 * applications today, NOT_ELIGIBLE where it does not admit the enterprise.
	 */
	public Choice of(ProgramId programId, EnterpriseId enterpriseId, CurrentUser user) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		Program program = programs.getVisible(programId, user);
		LocalDate today = clock.today();
		ProgramRules rules = programs.currentRules(program.id());
		if (!takesApplications(program, rules, today)) {
			throw new DomainException(ErrorCode.APPLICATION_WINDOW_CLOSED, "program " + programId + " takes no applications today");
		}
		Choice choice = choice(program, enterprise, today);
		if (choice == null) {
			throw new DomainException(ErrorCode.NOT_ELIGIBLE, "program " + programId + " does not admit the enterprise");
		}
		return choice;
	}

	private Choice choice(Program program, Enterprise enterprise, LocalDate today) {
		ProgramRules rules = programs.currentRules(program.id());
		String size = enterprise.getSizeClass().name();
		if (!takesApplications(program, rules, today) || !regions.isWithin(enterprise.getRegionCode(), rules.regionCode())
				|| !rules.eligible().admits(enterprise.isTeam(), size)) {
			return null;
		}
		List<Money> denominations = rules.denominationsFor(size);
		if (denominations == null || denominations.isEmpty()) {
			return null;
		}
		List<ServiceCategory> categories = rules.eligible().serviceCategories() == null ? List.of()
				: rules.eligible().serviceCategories();
		// applications are taken until the open round closes
		return new Choice(program, List.copyOf(denominations), categories,
				Rounds.on(rules.window(), today).map(Round::applicationClosesOn).orElse(rules.window().applicationClosesOn()),
				rules.deadlines().reviewWorkingDays());
	}

	private static boolean takesApplications(Program program, ProgramRules rules, LocalDate today) {
		return program.isOpen() && Rounds.on(rules.window(), today).isPresent();
	}
}
