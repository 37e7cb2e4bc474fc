package org.innovoucher.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.InstitutionCatalog;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.Recognitions;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.ProgramAuthoring;
import org.innovoucher.policy.ProgramBudgets;
import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimDrafting;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.ClaimSettlement;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
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
import org.innovoucher.voucher.ApplicationReview;
import org.innovoucher.voucher.VoucherApplications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds a small Shanxi world once, under the "demo" profile only, and says so in the log: staff of
 * every role (password {@value #PASSWORD}), enterprises, two recognised institutions with catalogs,
 * an open program with budgets, and files at every step of the lifecycle: an application waiting for
 * review, vouchers, a proposed and signed contracts, a claim waiting for the institution, a claim in
 * public notice and a paid one. Each step is the real operation, taken as the user it belongs to, so
 * the ledger, the audit trail, the notifications and the statistics are those of a real year. Where
 * the clock is adjustable (the demo profile makes it so) the story starts weeks in the past and moves
 * the clock forward through notice periods, then back to the present. Never active in production.
 *
 * <p>Just over 300 lines and many collaborators on purpose for now: it is one story told in order,
 * calling the service of each actor in turn. The next step is to split it by story (parties,
 * applications, claims), not by line count.
 */
@Component
@Profile("demo")
class DemoData {

	static final String PASSWORD = "demo-password";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final Accounts accounts;
	private final EnterpriseRegistrations enterprises;
	private final InstitutionRegistrations institutions;
	private final Recognitions recognitions;
	private final InstitutionCatalog catalogs;
	private final ProgramAuthoring programs;
	private final ProgramBudgets budgets;
	private final VoucherApplications applications;
	private final ApplicationReview applicationReview;
	private final Contracts contracts;
	private final ClaimDrafting drafting;
	private final ClaimEvidence evidence;
	private final ClaimReview review;
	private final ClaimSettlement settlement;
	private final PublicNotices notices;
	private final BusinessClock clock;

	DemoData(Accounts accounts, EnterpriseRegistrations enterprises, InstitutionRegistrations institutions,
			Recognitions recognitions, InstitutionCatalog catalogs, ProgramAuthoring programs, ProgramBudgets budgets,
			VoucherApplications applications, ApplicationReview applicationReview, Contracts contracts,
			ClaimDrafting drafting, ClaimEvidence evidence, ClaimReview review, ClaimSettlement settlement,
			PublicNotices notices, BusinessClock clock) {
		this.accounts = accounts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.recognitions = recognitions;
		this.catalogs = catalogs;
		this.programs = programs;
		this.budgets = budgets;
		this.applications = applications;
		this.applicationReview = applicationReview;
		this.contracts = contracts;
		this.drafting = drafting;
		this.evidence = evidence;
		this.review = review;
		this.settlement = settlement;
		this.notices = notices;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seed() {
		if (accounts.findByUsername("demo-policy").isPresent()) {
			log.info("Demo profile: demo data present already");
			return;
		}
		Instant present = clock.now();
		LocalDate today = clock.today();
		// A story in the past needs a moving clock and room in this year's application window.
		boolean history = clock.isAdjustable() && today.getDayOfYear() > 60;
		if (history) {
			moveTo(today.minusDays(45));
		}
		try {
			story(history);
		}
		finally {
			if (history) {
				clock.set(present);
			}
		}
	}

	private void story(boolean history) {
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

		int year = clock.currentYear();
		ProgramRules rules = new ProgramRules("山西省科技创新券 " + year + " Shanxi S&T innovation voucher", "140000", year,
				Cycle.ANNUAL, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31), null,
				List.of(Money.of(50000), Money.of(100000)), Map.of(), Ratio.parse("0.50"),
				Map.of("140100", Ratio.parse("0.60")), Money.of(200000), null, null,
				List.of(ServiceCategory.values()), List.of("140000"), false, null, false, 1, 10, 5, 10, 5, 10, 3, false, 2);
		ProgramId program = policy.runAs(() -> {
			Program created = programs.create(rules, policy);
			budgets.setBudget(created.id(), "140100", Money.of(5_000_000), policy);
			budgets.setBudget(created.id(), "140200", Money.of(2_000_000), policy);
			programs.publish(created.id(), policy);
			return created.id();
		});

		// A testing contract paid 80,000 on a 50,000 voucher: 50,000 + 30,000 x 0.60 (Taiyuan) = 68,000.
		VoucherId first = voucher(enterprise, reviewer, program, "50000.00", ServiceCategory.TESTING_CERTIFICATION);
		ContractId testing = signedContract(enterprise, labUser, lab, emc, first, "整机电磁兼容检测",
				ServiceCategory.TESTING_CERTIFICATION, "80000.00");
		ClaimId paid = approvedClaim(enterprise, labUser, reviewer, testing, "80000.00",
				"完成整机 EMC 检测并取得 CMA 报告，产品通过 3C 认证", new Outputs(0, 1, 0, 0, 0, 1, 2));
		operator.runAs(() -> notices.open("140100", List.of(paid.value()), operator));
		if (history) {
			moveTo(clock.today().plusDays(14));
			// the notice ended on the way and was closed by the scheduler: ready for payment
			finance.runAs(() -> settlement.pay(paid, clock.today(), "SX-FIN-" + clock.currentYear() + "-0001", finance));
			moveTo(clock.today().plusDays(25));
		}

		// A joint R&D contract of 60,000 on a 100,000 voucher, in public notice now.
		VoucherId second = voucher(materials, reviewer, program, "100000.00", ServiceCategory.RESEARCH_DEVELOPMENT);
		ContractId rd = signedContract(materials, universityUser, university, research, second, "高强度铝合金联合研发",
				ServiceCategory.RESEARCH_DEVELOPMENT, "60000.00");
		ClaimId noticed = approvedClaim(materials, universityUser, reviewer, rd, "60000.00",
				"完成高强度铝合金配方优化，申请发明专利 1 项", new Outputs(1, 0, 0, 0, 0, 1, 0));
		operator.runAs(() -> notices.open("140100", List.of(noticed.value()), operator));

		// A second contract on the same voucher, claimed and waiting for the institution's confirmation.
		ContractId consulting = signedContract(materials, universityUser, university, null, second, "专利布局咨询",
				ServiceCategory.CONSULTING, "20000.00");
		submittedClaim(materials, consulting, "20000.00", "形成专利布局分析报告", new Outputs(0, 0, 0, 0, 0, 0, 0));

		// Datong: a voucher and a contract the laboratory has yet to accept.
		VoucherId third = voucher(sensors, datongReviewer, program, "50000.00", ServiceCategory.TESTING_CERTIFICATION);
		sensors.runAs(() -> contracts.propose(new Contracts.Proposal(lab, emc, third, "传感器可靠性检测",
				ServiceCategory.TESTING_CERTIFICATION, Money.of(30000), clock.today()), sensors));

		// An application waiting for the Taiyuan bureau.
		biotech.runAs(() -> applications.apply(new VoucherApplications.Application(program, biotech.enterprise(), Money.of(50000),
				"新药制剂稳定性研究", List.of(ServiceCategory.RESEARCH_DEVELOPMENT)), biotech));

		log.warn("Demo profile: seeded demo data. Accounts demo-policy, demo-operator, demo-reviewer (Taiyuan), "
				+ "demo-reviewer-datong, demo-finance, demo-supervisor, demo-agency, demo-enterprise, demo-materials, "
				+ "demo-sensors, demo-biotech, demo-lab, demo-university; password '{}'. Program {} is open; "
				+ "one claim {}, one in public notice, one awaiting confirmation.", PASSWORD, program,
				history ? "paid" : "in public notice");
	}

	private VoucherId voucher(CurrentUser enterprise, CurrentUser reviewer, ProgramId program, String denomination,
			ServiceCategory category) {
		String application = enterprise.runAs(() -> applications.apply(new VoucherApplications.Application(program,
				enterprise.enterprise(), Money.of(denomination), "开展技术创新活动", List.of(category)), enterprise).getId());
		return VoucherId.of(reviewer.runAs(() -> applicationReview.decide(application, ApplicationReview.Decision.APPROVE,
				"符合申领条件", reviewer).getVoucherId()));

	}

	private ContractId signedContract(CurrentUser enterprise, CurrentUser institutionUser, InstitutionId institution,
			String service, VoucherId voucher, String title, ServiceCategory category, String amount) {
		ContractId contract = enterprise.runAs(() -> contracts.propose(new Contracts.Proposal(institution, service, voucher,
				title, category, Money.of(amount), clock.today()), enterprise).id());
		institutionUser.runAs(() -> contracts.answer(contract, true, null, institutionUser));
		return contract;
	}

	private ClaimId submittedClaim(CurrentUser enterprise, ContractId contract, String paid, String summary,
			Outputs outputs) {
		ClaimId claim = enterprise.runAs(() -> drafting.create(new ClaimDrafting.Claim(contract, Money.of(paid), summary,
				outputs), enterprise).id());
		for (Attachment.Kind kind : Attachment.Kind.values()) {
			enterprise.runAs(() -> evidence.attach(claim, kind, kind.name().toLowerCase() + ".pdf",
					new ByteArrayInputStream(PDF), enterprise));
		}
		enterprise.runAs(() -> drafting.submit(claim, enterprise));
		return claim;
	}

	private ClaimId approvedClaim(CurrentUser enterprise, CurrentUser institutionUser, CurrentUser reviewer,
			ContractId contract, String paid, String summary, Outputs outputs) {
		ClaimId claim = submittedClaim(enterprise, contract, paid, summary, outputs);
		institutionUser.runAs(() -> review.confirm(claim, true, null, institutionUser));
		reviewer.runAs(() -> review.decide(claim, ClaimReview.Decision.APPROVE, null, "材料齐全，成果属实", reviewer));
		return claim;
	}

	private void moveTo(LocalDate day) {
		clock.set(day.atTime(LocalTime.of(9, 0)).atZone(BusinessClock.ZONE).toInstant());
	}

	private CurrentUser staff(String username, Role role, String region) {
		String id = accounts.create(new Accounts.NewAccount(username, PASSWORD, username + "@demo.innovoucher.cn",
				Set.of(role), region, null, null)).getId();
		return new CurrentUser(id, username, EnumSet.of(role), region, null, null);
	}

	private CurrentUser enterprise(String username, String uscc, String name, String region, SizeClass size,
			String industry, String representative) {
		EnterpriseRegistrations.Registered registered = enterprises.register(new EnterpriseRegistrations.Registration(username, PASSWORD,
				username + "@demo.innovoucher.cn", uscc, name, region, size, industry,
				"2026" + region + "A000" + username.length(), representative, "0351-0000000", List.of()));
		return new CurrentUser(registered.userId(), username, EnumSet.of(Role.ENTERPRISE), null,
				registered.enterpriseId(), null);
	}

	private InstitutionId institution(String username, String uscc, String name, InstitutionType type,
			Set<ServiceCategory> categories, CurrentUser operator) {
		InstitutionRegistrations.Registered registered = institutions.register(new InstitutionRegistrations.Registration(username, PASSWORD,
				username + "@demo.innovoucher.cn", uscc, name, "140100", type, categories, List.of("CMA", "CNAS"),
				List.of()));
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
				new InstitutionCatalog.NewService(title, category, description, Money.of(price), unit, 15, null), owner).getId());
	}

	/** A valid code from a 8-character prefix and 9 characters of body. */
	private static String uscc(String prefix, String body) {
		String first17 = (prefix + body.replace('I', '1').replace('O', '0').replace('S', '5').replace('V', 'W')
				.replace('Z', '2') + "000000000").substring(0, 17);
		return first17 + Uscc.checkCharacter(first17);
	}
}
