package org.innovoucher.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.ServiceCategory;

/** The flat program body of api.md, as posted and as stored: every field optional until checked. */
record ProgramBody(String name, String regionCode, Integer year, Cycle cycle, LocalDate applicationOpensOn,
		LocalDate applicationClosesOn, LocalDate validUntil, Integer validityMonths, List<Money> denominations,
		Map<String, List<Money>> denominationsBySizeClass, Ratio excessRatio, Map<String, Ratio> excessRatioByRegion,
		Money annualCapPerEnterprise, Ratio voucherCoverageRatio, Money maxPayablePerClaim,
		List<ServiceCategory> serviceCategories, List<String> acceptedInstitutionRegions, Boolean techSmeRequired,
		List<String> sizeClassesAllowed, Boolean teamsAllowed, Integer maxVouchersPerEnterprise,
		Integer reviewWorkingDays, Integer confirmWorkingDays, Integer claimReviewWorkingDays,
		Integer noticeWorkingDays, Integer paymentWorkingDays, Integer banYearsOnFraud, Boolean preRedemptionAllowed,
		Integer preRedemptionCleanYears, Money paymentReleaseThreshold, Payee payee, Confirmation confirmation,
		List<Round> rounds, ExpertReview expertReview, Map<ServiceCategory, List<ReviewCriterion>> reviewChecklists) {
}

