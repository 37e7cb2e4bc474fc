package org.innovoucher.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.demo.DemoParties.Provider;
import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.Recognitions;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.Payee;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramAuthoring;
import org.innovoucher.policy.ProgramBudgets;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.innovoucher.shared.VoucherId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's second scheme, Xizang's, where "the voucher-receiving institutions take the vouchers to
 * the government for redemption" (payee INSTITUTION, domain.md "Two ways to redeem"): its own staff,
 * a Lhasa enterprise and laboratory, and a claim the laboratory filed for the voucher part, waiting
 * for the enterprise to confirm it received the service. Runs beside Shanxi's program.
 */
@Component
@Profile("demo")
class DemoXizang {

	private final Accounts accounts;
	private final EnterpriseRegistrations enterprises;
	private final InstitutionRegistrations institutions;
	private final Recognitions recognitions;
	private final ProgramAuthoring programs;
	private final ProgramBudgets budgets;
	private final DemoVouchers vouchers;
	private final DemoClaims claims;
	private final BusinessClock clock;

	DemoXizang(Accounts accounts, EnterpriseRegistrations enterprises, InstitutionRegistrations institutions,
			Recognitions recognitions, ProgramAuthoring programs, ProgramBudgets budgets, DemoVouchers vouchers,
			DemoClaims claims, BusinessClock clock) {
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.recognitions = recognitions;
		this.programs = programs;
		this.budgets = budgets;
		this.vouchers = vouchers;
		this.claims = claims;
		this.clock = clock;
	}

	/** Seeds the scheme and the laboratory's claim of 50,000 of a 70,000 service: the enterprise pays 20,000 itself. */
	void seed() {
		CurrentUser policy = staff("demo-policy-xizang", Role.POLICY_ADMIN, "540000");
		CurrentUser operator = staff("demo-operator-xizang", Role.OPERATOR, "540000");
		CurrentUser reviewer = staff("demo-reviewer-lhasa", Role.BUREAU_REVIEWER, "540100");
		CurrentUser enterprise = enterprise();
		Provider lab = laboratory(operator);
		ProgramId program = program(policy);
		VoucherId voucher = vouchers.voucher(enterprise, reviewer, program, "50000.00",
				ServiceCategory.TESTING_CERTIFICATION);
		ContractId contract = claims.signedContract(enterprise, lab, null, voucher, "高原农产品质量检测",
				ServiceCategory.TESTING_CERTIFICATION, "70000.00");
		claims.submittedClaim(lab.user(), contract, "70000.00", "完成青稞制品农残与营养成分检测，出具 CMA 报告",
				new Outputs(0, 0, 0, 0, 0, 1, 2));
	}

	/** Xizang's program of this year: 50,000 vouchers redeemed by the institutions, half-yearly rounds. */
	private ProgramId program(CurrentUser policy) {
		int year = clock.currentYear();
		ProgramRules rules = new ProgramRules("西藏自治区科技创新券 " + year + " Xizang S&T innovation voucher", "540000", year,
				new ProgramRules.Window(Cycle.ANNUAL, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
						LocalDate.of(year, 12, 31), null),
				new ProgramRules.Schedule(List.of(Money.of(50000)), Map.of(), Ratio.ZERO, Map.of(), Money.of(100000), null,
						null),
				new ProgramRules.Eligible(List.of(ServiceCategory.values()), List.of("540000"), false, null, false, 1,
						false, 2),
				new ProgramRules.Deadlines(10, 5, 10, 5, 10), new ProgramRules.Sanctions(3),
				new ProgramRules.Payment(null), new ProgramRules.Redeem(Payee.INSTITUTION, null), null);
		return policy.runAs(() -> {
			Program created = programs.create(rules, policy);
			budgets.setBudget(created.id(), "540100", Money.of(1_000_000), policy);
			programs.publish(created.id(), policy);
			return created.id();
		});
	}

	private CurrentUser staff(String username, Role role, String region) {
		String id = accounts.create(new Accounts.NewAccount(username, DemoData.PASSWORD, username + "@demo.innovoucher.cn",
				Set.of(role), region, null, null)).getId();
		return new CurrentUser(id, username, EnumSet.of(role), region, null, null);
	}

	private CurrentUser enterprise() {
		EnterpriseRegistrations.Registered registered = enterprises.register(new EnterpriseRegistrations.Registration(
				"demo-lhasa", DemoData.PASSWORD, "demo-lhasa@demo.innovoucher.cn", uscc("91540102", "DEMOENT5"),
				"拉萨高原农业科技有限公司", "540102", SizeClass.SMALL, "农副食品加工业", "2026540102A0001", "次仁",
				"0891-0000000", List.of()));
		return new CurrentUser(registered.userId(), "demo-lhasa", EnumSet.of(Role.ENTERPRISE), null,
				registered.enterpriseId(), null);
	}

	private Provider laboratory(CurrentUser operator) {
		InstitutionRegistrations.Registered registered = institutions.register(new InstitutionRegistrations.Registration(
				"demo-lhasa-lab", DemoData.PASSWORD, "demo-lhasa-lab@demo.innovoucher.cn", uscc("12540100", "DEMOLAB2"),
				"西藏自治区农产品质量检测中心", "540100", InstitutionType.TESTING_CERTIFICATION,
				EnumSet.of(ServiceCategory.TESTING_CERTIFICATION), List.of("CMA"), List.of()));
		InstitutionId lab = InstitutionId.of(registered.institutionId());
		operator.runAs(() -> recognitions.decide(lab, Institution.Status.RECOGNISED, "demo", operator));
		String id = accounts.findByUsername("demo-lhasa-lab").orElseThrow().getId();
		return new Provider(lab, new CurrentUser(id, "demo-lhasa-lab", EnumSet.of(Role.INSTITUTION), null, null,
				lab.value()), null);
	}

	/** A valid code from a 8-character prefix and 9 characters of body. */
	private static String uscc(String prefix, String body) {
		String first17 = (prefix + body.replace('I', '1').replace('O', '0').replace('S', '5').replace('V', 'W')
				.replace('Z', '2') + "000000000").substring(0, 17);
		return first17 + Uscc.checkCharacter(first17);
	}
}
