package org.innovoucher.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.Institutions;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds a small Shanxi world once, under the "demo" profile only, and says so in the log: staff of
 * every role (password {@value #PASSWORD}), an enterprise, two recognised institutions with catalogs
 * and an open program with budgets. Never active in production.
 */
@Component
@Profile("demo")
class DemoData {

	static final String PASSWORD = "demo-password";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Accounts accounts;
	private final Enterprises enterprises;
	private final Institutions institutions;
	private final Programs programs;
	private final BusinessClock clock;

	DemoData(Accounts accounts, Enterprises enterprises, Institutions institutions, Programs programs,
			BusinessClock clock) {
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.programs = programs;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seed() {
		if (accounts.findByUsername("demo-policy").isPresent()) {
			log.info("Demo profile: demo data present already");
			return;
		}
		String policyId = staff("demo-policy", Role.POLICY_ADMIN, "140000");
		String operatorId = staff("demo-operator", Role.OPERATOR, "140000");
		staff("demo-reviewer", Role.BUREAU_REVIEWER, "140100");
		staff("demo-finance", Role.FINANCE_OFFICER, "140000");
		staff("demo-supervisor", Role.SUPERVISOR, "140000");
		staff("demo-agency", Role.AGENCY, null);

		enterprises.register(new Enterprises.Registration("demo-enterprise", PASSWORD, "enterprise@demo.innovoucher.cn",
				uscc("91140105", "DEMOENT1"), "太原示范科技有限公司", "140105", SizeClass.SMALL, "软件和信息技术服务业",
				"2026140105A00001", "王示范", "0351-0000000", List.of()));
		CurrentUser operator = new CurrentUser(operatorId, "demo-operator", EnumSet.of(Role.OPERATOR), "140000", null, null);
		String lab = institution("demo-lab", uscc("12140100", "DEMOLAB1"), "山西省检验检测中心", InstitutionType.TESTING_CERTIFICATION,
				EnumSet.of(ServiceCategory.TESTING_CERTIFICATION, ServiceCategory.RESEARCH_DEVELOPMENT), operator);
		String university = institution("demo-university", uscc("12140100", "DEMOUNI1"), "太原理工大学技术转移中心",
				InstitutionType.UNIVERSITY, EnumSet.of(ServiceCategory.TECHNOLOGY_TRANSFER,
						ServiceCategory.RESEARCH_DEVELOPMENT, ServiceCategory.CONSULTING), operator);
		service(lab, "demo-lab", "电磁兼容检测 EMC testing", ServiceCategory.TESTING_CERTIFICATION,
				"依据 GB/T 17626 开展电磁兼容检测，出具 CMA 报告", "8000.00", "每项");
		service(lab, "demo-lab", "新材料性能检测 Materials testing", ServiceCategory.TESTING_CERTIFICATION,
				"拉伸、硬度、疲劳等力学性能检测", "5000.00", "每批");
		service(university, "demo-university", "联合研发 Joint R&D", ServiceCategory.RESEARCH_DEVELOPMENT,
				"面向中小企业的技术攻关与联合研发", "100000.00", "每项目");
		service(university, "demo-university", "技术转移咨询 Technology transfer consulting",
				ServiceCategory.TECHNOLOGY_TRANSFER, "专利评估、许可谈判与成果转化", "20000.00", "每次");

		CurrentUser policy = new CurrentUser(policyId, "demo-policy", EnumSet.of(Role.POLICY_ADMIN), "140000", null, null);
		int year = clock.currentYear();
		ProgramRules rules = new ProgramRules("山西省科技创新券 " + year + " Shanxi S&T innovation voucher", "140000", year,
				Cycle.ANNUAL, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31), null,
				List.of(Money.of(50000), Money.of(100000)), Map.of(), Ratio.parse("0.50"),
				Map.of("140100", Ratio.parse("0.60")), Money.of(200000), null, null,
				List.of(ServiceCategory.values()), List.of("140000"), false, null, false, 1, 10, 5, 10, 5, 10, 3, false, 2);
		Program program = programs.create(rules, policy);
		programs.setBudget(program.getId(), "140100", Money.of(5_000_000), policy);
		programs.setBudget(program.getId(), "140200", Money.of(2_000_000), policy);
		programs.publish(program.getId(), policy);
		log.warn("Demo profile: seeded demo data. Accounts demo-policy, demo-operator, demo-reviewer, demo-finance, "
				+ "demo-supervisor, demo-agency, demo-enterprise, demo-lab, demo-university; password '{}'. "
				+ "Program {} is open.", PASSWORD, program.getId());
	}

	private String staff(String username, Role role, String region) {
		return accounts.create(new Accounts.NewAccount(username, PASSWORD, username + "@demo.innovoucher.cn",
				Set.of(role), region, null, null)).getId();
	}

	private String institution(String username, String uscc, String name, InstitutionType type,
			Set<ServiceCategory> categories, CurrentUser operator) {
		Institutions.Registered registered = institutions.register(new Institutions.Registration(username, PASSWORD,
				username + "@demo.innovoucher.cn", uscc, name, "140100", type, categories, List.of("CMA", "CNAS"),
				List.of()));
		institutions.decide(registered.institutionId(), Institution.Status.RECOGNISED, "demo", operator);
		return registered.institutionId();
	}

	private void service(String institutionId, String username, String title, ServiceCategory category,
			String description, String price, String unit) {
		CurrentUser owner = new CurrentUser(username, username, EnumSet.of(Role.INSTITUTION), "140100", null,
				institutionId);
		institutions.addService(institutionId,
				new Institutions.NewService(title, category, description, Money.of(price), unit, 15, null), owner);
	}

	/** A valid code from a 8-character prefix and 9 characters of body. */
	private static String uscc(String prefix, String body) {
		String first17 = (prefix + body.replace('I', '1').replace('O', '0').replace('S', '5').replace('V', 'W')
				.replace('Z', '2') + "000000000").substring(0, 17);
		return first17 + Uscc.checkCharacter(first17);
	}
}
