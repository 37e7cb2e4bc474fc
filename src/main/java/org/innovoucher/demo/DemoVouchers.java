package org.innovoucher.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramAuthoring;
import org.innovoucher.policy.ProgramBudgets;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.voucher.ApplicationReview;
import org.innovoucher.voucher.VoucherApplications;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's program and vouchers: the province's program of this year, open with budgets for Taiyuan
 * and Datong, and applications the bureau of the enterprise's city approves (or has yet to decide).
 */
@Component
@Profile("demo")
class DemoVouchers {

	private final ProgramAuthoring programs;
	private final ProgramBudgets budgets;
	private final VoucherApplications applications;
	private final ApplicationReview review;
	private final BusinessClock clock;

	DemoVouchers(ProgramAuthoring programs, ProgramBudgets budgets, VoucherApplications applications,
			ApplicationReview review, BusinessClock clock) {
		this.programs = programs;
		this.budgets = budgets;
		this.applications = applications;
		this.review = review;
		this.clock = clock;
	}

	/**
	 * Shanxi's program of this year: 50,000 and 100,000 vouchers, the excess paid at 50% (60% in
	 * Taiyuan), at most 200,000 a year per enterprise, applications taken quarter by quarter (its
	 * evaluation's suggestion), so the program page shows a calendar of rounds; returns its id.
	 */
	ProgramId openProgram(CurrentUser policy) {
		int year = clock.currentYear();
		ProgramRules rules = new ProgramRules("山西省科技创新券 " + year + " Shanxi S&T innovation voucher", "140000", year,
				new ProgramRules.Window(Cycle.QUARTERLY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
						LocalDate.of(year, 12, 31), null),
				new ProgramRules.Schedule(List.of(Money.of(50000), Money.of(100000)), Map.of(), Ratio.parse("0.50"),
						Map.of("140100", Ratio.parse("0.60")), Money.of(200000), null, null),
				new ProgramRules.Eligible(List.of(ServiceCategory.values()), List.of("140000"), false, null, true, 1,
						false, 2),
				new ProgramRules.Deadlines(10, 5, 10, 5, 10), new ProgramRules.Sanctions(3),
				new ProgramRules.Payment(ProgramRules.Payment.PAYMENT_RELEASE_THRESHOLD));
		return policy.runAs(() -> {
			Program created = programs.create(rules, policy);
			budgets.setBudget(created.id(), "140100", Money.of(5_000_000), policy);
			budgets.setBudget(created.id(), "140200", Money.of(2_000_000), policy);
			programs.publish(created.id(), policy);
			return created.id();
		});
	}

	/** The enterprise applies and the reviewer approves; returns the voucher's id. */
	VoucherId voucher(CurrentUser enterprise, CurrentUser reviewer, ProgramId program, String denomination,
			ServiceCategory category) {
		String application = apply(enterprise, program, denomination, "开展技术创新活动", category);
		return VoucherId.of(reviewer.runAs(() -> review.decide(application, ApplicationReview.Decision.APPROVE,
				"符合申领条件", reviewer).getVoucherId()));
	}

	/** An application waiting for the bureau; returns its id. */
	String apply(CurrentUser enterprise, ProgramId program, String denomination, String purpose,
			ServiceCategory category) {
		return enterprise.runAs(() -> applications.apply(new VoucherApplications.Application(program,
				enterprise.enterprise(), Money.of(denomination), purpose, List.of(category)), enterprise).getId());
	}
}
