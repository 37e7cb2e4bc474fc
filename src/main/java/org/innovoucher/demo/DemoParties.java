package org.innovoucher.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.enterprise.AgencyDelegations;
import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionCatalog;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.Recognitions;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's people and parties: staff of every role, four enterprises (three in Taiyuan, one in
 * Datong), two institutions recognised by the operator, and their catalogs. Enterprises and
 * institutions register themselves as they would through the API.
 */
@Component
@Profile("demo")
class DemoParties {

	private final Accounts accounts;
	private final EnterpriseRegistrations enterprises;
	private final InstitutionRegistrations institutions;
	private final Recognitions recognitions;
	private final InstitutionCatalog catalogs;
	private final AgencyDelegations delegations;

	DemoParties(Accounts accounts, EnterpriseRegistrations enterprises, InstitutionRegistrations institutions,
			Recognitions recognitions, InstitutionCatalog catalogs, AgencyDelegations delegations) {
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.recognitions = recognitions;
		this.catalogs = catalogs;
		this.delegations = delegations;
	}

	/** Who acts in the story, and the institutions and services the contracts name. */
	record Cast(CurrentUser policy, CurrentUser operator, CurrentUser reviewer, CurrentUser datongReviewer,
			CurrentUser finance, CurrentUser enterprise, CurrentUser materials, CurrentUser sensors,
			CurrentUser biotech, Provider lab, Provider university) {
	}

	/** A recognised institution, its account, and the service of its catalog the story's contracts name. */
	record Provider(InstitutionId id, CurrentUser user, String service) {
	}

	/** Whether a demo world was seeded before (the first staff account exists). */
	boolean present() {
		return accounts.findByUsername("demo-policy").isPresent();
	}

	Cast seed() {
		CurrentUser policy = staff("demo-policy", Role.POLICY_ADMIN, "140000");
		CurrentUser operator = staff("demo-operator", Role.OPERATOR, "140000");
		CurrentUser reviewer = staff("demo-reviewer", Role.BUREAU_REVIEWER, "140100");
		CurrentUser datongReviewer = staff("demo-reviewer-datong", Role.BUREAU_REVIEWER, "140200");
		CurrentUser finance = staff("demo-finance", Role.FINANCE_OFFICER, "140000");
		staff("demo-supervisor", Role.SUPERVISOR, "140000");
		staff("demo-agency", Role.AGENCY, null);

		CurrentUser enterprise = enterprise("demo-enterprise", uscc("91140105", "DEMOENT1"), "太原示范科技有限公司", "140105",
				SizeClass.SMALL, "软件和信息技术服务业", "王示范");
		CurrentUser materials = enterprise("demo-materials", uscc("91140106", "DEMOENT2"), "太原新材料科技有限公司", "140106",
				SizeClass.MEDIUM, "新材料", "李材料");
		CurrentUser sensors = enterprise("demo-sensors", uscc("91140212", "DEMOENT3"), "大同智能传感有限公司", "140212",
				SizeClass.MICRO, "仪器仪表制造业", "张传感");
		CurrentUser biotech = enterprise("demo-biotech", uscc("91140107", "DEMOENT4"), "太原生物医药研发有限公司", "140107",
				SizeClass.SMALL, "医药制造业", "赵生物");

		InstitutionId lab = institution("demo-lab", uscc("12140100", "DEMOLAB1"), "山西省检验检测中心", InstitutionType.TESTING_CERTIFICATION,
				EnumSet.of(ServiceCategory.TESTING_CERTIFICATION, ServiceCategory.RESEARCH_DEVELOPMENT), operator);
		InstitutionId university = institution("demo-university", uscc("12140100", "DEMOUNI1"), "太原理工大学技术转移中心",
				InstitutionType.UNIVERSITY, EnumSet.of(ServiceCategory.TECHNOLOGY_TRANSFER,
						ServiceCategory.RESEARCH_DEVELOPMENT, ServiceCategory.CONSULTING), operator);
		CurrentUser labUser = institutionUser("demo-lab", lab);
		CurrentUser universityUser = institutionUser("demo-university", university);
		String emc = service(labUser, "电磁兼容检测 EMC testing", ServiceCategory.TESTING_CERTIFICATION,
				"依据 GB/T 17626 开展电磁兼容检测，出具 CMA 报告", "8000.00", "每项");
		service(labUser, "新材料性能检测 Materials testing", ServiceCategory.TESTING_CERTIFICATION,
				"拉伸、硬度、疲劳等力学性能检测", "5000.00", "每批");
		String research = service(universityUser, "联合研发 Joint R&D", ServiceCategory.RESEARCH_DEVELOPMENT,
				"面向中小企业的技术攻关与联合研发", "100000.00", "每项目");
		service(universityUser, "技术转移咨询 Technology transfer consulting", ServiceCategory.TECHNOLOGY_TRANSFER,
				"专利评估、许可谈判与成果转化", "20000.00", "每次");

		// a student team without a company: it applies where the program takes teams (the Shanxi demo does)
		enterprises.registerTeam(new EnterpriseRegistrations.TeamRegistration("demo-team", DemoData.PASSWORD,
				"demo-team@demo.innovoucher.cn", "太原理工大学量子传感创业团队", "140105", "智能传感", "陈团队",
				"140105199803150029", List.of("刘成员", "孙成员"), "13800000001"));

		// the agency files for two firms that have no staff for paperwork
		delegate(sensors, "demo-agency");
		delegate(biotech, "demo-agency");

		return new Cast(policy, operator, reviewer, datongReviewer, finance, enterprise, materials, sensors, biotech,
				new Provider(lab, labUser, emc), new Provider(university, universityUser, research));
	}

	private void delegate(CurrentUser enterprise, String agency) {
		enterprise.runAs(() -> delegations.delegate(enterprise.enterpriseId(), agency, enterprise));
	}

	private CurrentUser staff(String username, Role role, String region) {
		String id = accounts.create(new Accounts.NewAccount(username, DemoData.PASSWORD, username + "@demo.innovoucher.cn",
				Set.of(role), region, null, null)).getId();
		return new CurrentUser(id, username, EnumSet.of(role), region, null, null);
	}

	private CurrentUser enterprise(String username, String uscc, String name, String region, SizeClass size,
			String industry, String representative) {
		EnterpriseRegistrations.Registered registered = enterprises.register(new EnterpriseRegistrations.Registration(
				username, DemoData.PASSWORD, username + "@demo.innovoucher.cn", uscc, name, region, size, industry,
				"2026" + region + "A000" + username.length(), representative, "0351-0000000", List.of()));
		return new CurrentUser(registered.userId(), username, EnumSet.of(Role.ENTERPRISE), null,
				registered.enterpriseId(), null);
	}

	private InstitutionId institution(String username, String uscc, String name, InstitutionType type,
			Set<ServiceCategory> categories, CurrentUser operator) {
		InstitutionRegistrations.Registered registered = institutions.register(new InstitutionRegistrations.Registration(
				username, DemoData.PASSWORD, username + "@demo.innovoucher.cn", uscc, name, "140100", type, categories,
				List.of("CMA", "CNAS"), List.of()));
		InstitutionId institution = InstitutionId.of(registered.institutionId());
		operator.runAs(() -> recognitions.decide(institution, Institution.Status.RECOGNISED, "demo", operator));
		return institution;
	}

	private CurrentUser institutionUser(String username, InstitutionId institution) {
		String id = accounts.findByUsername(username).orElseThrow().getId();
		return new CurrentUser(id, username, EnumSet.of(Role.INSTITUTION), null, null, institution.value());
	}

	private String service(CurrentUser owner, String title, ServiceCategory category, String description,
			String price, String unit) {
		return owner.runAs(() -> catalogs.add(owner.institution(),
				new InstitutionCatalog.NewService(title, category, description, Money.of(price), unit, 15, null), owner)
			.getId());
	}

	/** The laboratory's code, for the expert it employs. */
	String labUscc() {
		return uscc("12140100", "DEMOLAB1");
	}

	/** A valid code from a 8-character prefix and 9 characters of body. */
	private static String uscc(String prefix, String body) {
		String first17 = (prefix + body.replace('I', '1').replace('O', '0').replace('S', '5').replace('V', 'W')
				.replace('Z', '2') + "000000000").substring(0, 17);
		return first17 + Uscc.checkCharacter(first17);
	}
}
