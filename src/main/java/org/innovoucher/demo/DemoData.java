package org.innovoucher.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.innovoucher.demo.DemoParties.Cast;
import org.innovoucher.redemption.ClaimSettlement;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds a small Shanxi world once, under the "demo" profile only, and says so in the log: staff of
 * every role (password {@value #PASSWORD}), enterprises, two recognised institutions with catalogs
 * ({@link DemoParties}), an open program with budgets and vouchers ({@link DemoVouchers}), and files at
 * every step of the lifecycle ({@link DemoClaims}): an application waiting for review, a proposed and
 * signed contracts, a claim waiting for the institution, a claim in public notice and a paid one. Each
 * step is the real operation, taken as the user it belongs to, so the ledger, the audit trail, the
 * notifications and the statistics are those of a real year. Where the clock is adjustable (the demo
 * profile makes it so) the story starts weeks in the past and moves the clock forward through notice
 * periods, then back to the present. Never active in production.
 */
@Component
@Profile("demo")
class DemoData {

	static final String PASSWORD = "demo-password";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoParties parties;
	private final DemoVouchers vouchers;
	private final DemoClaims claims;
	private final DemoXizang xizang;
	private final PublicNotices notices;
	private final ClaimSettlement settlement;
	private final BusinessClock clock;
	private final DemoExperts experts;

	DemoData(DemoParties parties, DemoVouchers vouchers, DemoClaims claims, DemoXizang xizang, PublicNotices notices,
			ClaimSettlement settlement, BusinessClock clock, DemoExperts experts) {
		this.xizang = xizang;
		this.experts = experts;
		this.parties = parties;
		this.vouchers = vouchers;
		this.claims = claims;
		this.notices = notices;
		this.settlement = settlement;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void seed() {
		if (parties.present()) {
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
		Cast cast = parties.seed();
		CurrentUser operator = cast.operator();
		CurrentUser reviewer = cast.reviewer();
		CurrentUser finance = cast.finance();
		ProgramId program = vouchers.openProgram(cast.policy());

		// A testing contract paid 80,000 on a 50,000 voucher: 50,000 + 30,000 x 0.60 (Taiyuan) = 68,000.
		CurrentUser enterprise = cast.enterprise();
		VoucherId first = vouchers.voucher(enterprise, reviewer, program, "50000.00", ServiceCategory.TESTING_CERTIFICATION);
		ContractId testing = claims.signedContract(enterprise, cast.lab(), cast.lab().service(), first, "整机电磁兼容检测",
				ServiceCategory.TESTING_CERTIFICATION, "80000.00");
		ClaimId paid = claims.approvedClaim(enterprise, cast.lab(), reviewer, testing, "80000.00",
				"完成整机 EMC 检测并取得 CMA 报告，产品通过 3C 认证", new Outputs(0, 1, 0, 0, 0, 1, 2));
		operator.runAs(() -> notices.open("140100", List.of(paid.value()), operator));
		if (history) {
			moveTo(clock.today().plusDays(14));
			// the notice ended on the way and was closed by the scheduler: ready for payment
			finance.runAs(() -> settlement.pay(paid, clock.today(), "SX-FIN-" + clock.currentYear() + "-0001", finance));
			moveTo(clock.today().plusDays(25));
		}

		// A joint R&D contract of 60,000 on a 100,000 voucher, in public notice now.
		CurrentUser materials = cast.materials();
		VoucherId second = vouchers.voucher(materials, reviewer, program, "100000.00", ServiceCategory.RESEARCH_DEVELOPMENT);
		ContractId rd = claims.signedContract(materials, cast.university(), cast.university().service(), second,
				"高强度铝合金联合研发", ServiceCategory.RESEARCH_DEVELOPMENT, "60000.00");
		ClaimId noticed = claims.approvedClaim(materials, cast.university(), reviewer, rd, "60000.00",
				"完成高强度铝合金配方优化，申请发明专利 1 项", new Outputs(1, 0, 0, 0, 0, 1, 0));
		operator.runAs(() -> notices.open("140100", List.of(noticed.value()), operator));

		// A second contract on the same voucher, claimed and waiting for the institution's confirmation.
		ContractId consulting = claims.signedContract(materials, cast.university(), null, second, "专利布局咨询",
				ServiceCategory.CONSULTING, "20000.00");
		claims.submittedClaim(materials, consulting, "20000.00", "形成专利布局分析报告", new Outputs(0, 0, 0, 0, 0, 0, 0));

		// Datong: a voucher and a contract the laboratory has yet to accept.
		CurrentUser sensors = cast.sensors();
		VoucherId third = vouchers.voucher(sensors, cast.datongReviewer(), program, "50000.00",
				ServiceCategory.TESTING_CERTIFICATION);
		claims.proposedContract(sensors, cast.lab(), cast.lab().service(), third, "传感器可靠性检测",
				ServiceCategory.TESTING_CERTIFICATION, "30000.00");

		// An application waiting for the Taiyuan bureau.
		String waiting = vouchers.apply(cast.biotech(), program, "50000.00", "新药制剂稳定性研究",
				ServiceCategory.RESEARCH_DEVELOPMENT);
		// ... with an expert panel advising on it
		experts.seed(operator, reviewer, waiting, parties.labUscc());

		// Xizang's scheme beside it: the laboratory claims the voucher part, the enterprise is to confirm receipt.
		xizang.seed();

		log.warn("Demo profile: seeded demo data. Accounts demo-policy, demo-operator, demo-reviewer (Taiyuan), "
				+ "demo-reviewer-datong, demo-finance, demo-supervisor, demo-agency, demo-enterprise, demo-materials, "
				+ "demo-sensors, demo-biotech, demo-lab, demo-university, demo-expert, demo-team; Xizang: demo-policy-xizang, "
				+ "demo-operator-xizang, demo-reviewer-lhasa, demo-lhasa, demo-lhasa-lab; password '{}'. Program {} is open; "
				+ "one claim {}, one in public notice, one awaiting confirmation; in Xizang one filed by the "
				+ "laboratory awaits the enterprise.", PASSWORD, program,
				history ? "paid" : "in public notice");
	}

	private void moveTo(LocalDate day) {
		clock.set(day.atTime(LocalTime.of(9, 0)).atZone(BusinessClock.ZONE).toInstant());
	}
}
