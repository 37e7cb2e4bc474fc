package org.innovoucher.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.ServiceCategory;

/** Program rules and programs for unit tests of every module: the Shanxi 2026 rules of the contract. */
public final class ProgramFixtures {

	private ProgramFixtures() {
	}

	/** The rules of a program, every field settable; {@link #build()} gives them as a program body would. */
	public static final class Rules {

		public String name = "Shanxi S&T innovation voucher 2026";
		public String regionCode = "140000";
		public Integer year = 2026;
		public Cycle cycle = Cycle.ANNUAL;
		public LocalDate applicationOpensOn = LocalDate.of(2026, 1, 1);
		public LocalDate applicationClosesOn = LocalDate.of(2026, 12, 31);
		public LocalDate validUntil = LocalDate.of(2026, 12, 31);
		public Integer validityMonths;
		public List<Money> denominations = new ArrayList<>(List.of(Money.of(50000), Money.of(100000)));
		public Map<String, List<Money>> denominationsBySizeClass;
		public Ratio excessRatio = Ratio.parse("0.50");
		public Map<String, Ratio> excessRatioByRegion = new LinkedHashMap<>(Map.of("140100", Ratio.parse("0.60")));
		public Money annualCapPerEnterprise = Money.of(200000);
		public Ratio voucherCoverageRatio;
		public Money maxPayablePerClaim;
		public List<ServiceCategory> serviceCategories = new ArrayList<>(List.of(ServiceCategory.RESEARCH_DEVELOPMENT,
				ServiceCategory.TESTING_CERTIFICATION, ServiceCategory.INTELLECTUAL_PROPERTY));
		public List<String> acceptedInstitutionRegions = new ArrayList<>(List.of("140000"));
		public Boolean techSmeRequired = false;
		public List<String> sizeClassesAllowed;
		public Boolean teamsAllowed;
		public Integer maxVouchersPerEnterprise;
		public Integer reviewWorkingDays = 10;
		public Integer confirmWorkingDays = 5;
		public Integer claimReviewWorkingDays;
		public Integer noticeWorkingDays = 5;
		public Integer paymentWorkingDays;
		public Integer banYearsOnFraud = 3;
		public Boolean preRedemptionAllowed;
		public Integer preRedemptionCleanYears;
		public Money paymentReleaseThreshold;
		public List<org.innovoucher.policy.Round> rounds;

		/** The rules as posted, without defaults. */
		public ProgramRules raw() {
			return new ProgramRules(name, regionCode, year,
					new ProgramRules.Window(cycle, applicationOpensOn, applicationClosesOn, validUntil, validityMonths, rounds),
					new ProgramRules.Schedule(denominations, denominationsBySizeClass, excessRatio, excessRatioByRegion,
							annualCapPerEnterprise, voucherCoverageRatio, maxPayablePerClaim),
					new ProgramRules.Eligible(serviceCategories, acceptedInstitutionRegions, techSmeRequired,
							sizeClassesAllowed, teamsAllowed, maxVouchersPerEnterprise, preRedemptionAllowed,
							preRedemptionCleanYears),
					new ProgramRules.Deadlines(reviewWorkingDays, confirmWorkingDays, claimReviewWorkingDays,
							noticeWorkingDays, paymentWorkingDays),
					new ProgramRules.Sanctions(banYearsOnFraud), new ProgramRules.Payment(paymentReleaseThreshold));
		}

		/** The rules with their defaults filled, as a program keeps them. */
		public ProgramRules build() {
			return raw().withDefaults();
		}
	}

	public static Rules shanxi() {
		return new Rules();
	}

	public static ProgramRules shanxiRules() {
		return shanxi().build();
	}

	public static Program draftProgram(ProgramRules rules) {
		return new Program("program-1", rules, Instant.parse("2026-01-01T00:00:00Z"));
	}

	public static Program openProgram(ProgramRules rules) {
		Program program = draftProgram(rules);
		program.publish();
		return program;
	}

	public static Program closedProgram(ProgramRules rules) {
		Program program = openProgram(rules);
		program.close();
		return program;
	}
}
