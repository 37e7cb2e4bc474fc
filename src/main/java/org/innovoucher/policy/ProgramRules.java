package org.innovoucher.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.TextLimits;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every rule of a program version, as data. Vouchers keep the version they were issued under, so
 * later edits never change issued vouchers or open claims.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramRules(String name, String regionCode, Integer year, Cycle cycle, LocalDate applicationOpensOn,
		LocalDate applicationClosesOn, LocalDate validUntil, Integer validityMonths, List<Money> denominations,
		Map<String, List<Money>> denominationsBySizeClass, Ratio excessRatio, Map<String, Ratio> excessRatioByRegion,
		Money annualCapPerEnterprise, Ratio voucherCoverageRatio, Money maxPayablePerClaim,
		List<ServiceCategory> serviceCategories, List<String> acceptedInstitutionRegions, Boolean techSmeRequired,
		List<String> sizeClassesAllowed, Boolean teamsAllowed, Integer maxVouchersPerEnterprise,
		Integer reviewWorkingDays, Integer confirmWorkingDays, Integer claimReviewWorkingDays,
		Integer noticeWorkingDays, Integer paymentWorkingDays, Integer banYearsOnFraud, Boolean preRedemptionAllowed,
		Integer preRedemptionCleanYears) {

	private static final List<String> SIZE_CLASSES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	/** Fills the defaults a program body may leave out. */
	public ProgramRules withDefaults() {
		return new ProgramRules(name, regionCode, year, cycle == null ? Cycle.ANNUAL : cycle, applicationOpensOn,
				applicationClosesOn, validUntil, validityMonths, denominations,
				denominationsBySizeClass == null ? Map.of() : denominationsBySizeClass,
				excessRatio == null ? Ratio.ZERO : excessRatio, excessRatioByRegion == null ? Map.of() : excessRatioByRegion,
				annualCapPerEnterprise, voucherCoverageRatio, maxPayablePerClaim, serviceCategories,
				acceptedInstitutionRegions == null || acceptedInstitutionRegions.isEmpty() ? List.of(regionCode)
						: acceptedInstitutionRegions,
				techSmeRequired != null && techSmeRequired,
				sizeClassesAllowed == null || sizeClassesAllowed.isEmpty() ? List.of("MICRO", "SMALL", "MEDIUM")
						: sizeClassesAllowed,
				teamsAllowed != null && teamsAllowed, maxVouchersPerEnterprise == null ? 1 : maxVouchersPerEnterprise,
				reviewWorkingDays == null ? 10 : reviewWorkingDays, confirmWorkingDays == null ? 5 : confirmWorkingDays,
				claimReviewWorkingDays == null ? 10 : claimReviewWorkingDays,
				noticeWorkingDays == null ? 5 : noticeWorkingDays, paymentWorkingDays == null ? 10 : paymentWorkingDays,
				banYearsOnFraud == null ? 3 : banYearsOnFraud, preRedemptionAllowed != null && preRedemptionAllowed,
				preRedemptionCleanYears == null ? 2 : preRedemptionCleanYears);
	}

	/** Checks the rules are complete and consistent; reports every problem at once. */
	public void validate(java.util.function.Predicate<String> regionExists) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		require(errors, name != null && !name.isBlank() && name.length() <= TextLimits.NAME, "name",
				"required, at most " + TextLimits.NAME + " characters");
		require(errors, regionCode != null && regionExists.test(regionCode), "regionCode", "a known region code");
		require(errors, year != null && year >= 2000 && year <= 2100, "year", "between 2000 and 2100");
		require(errors, applicationOpensOn != null, "applicationOpensOn", "required");
		require(errors, applicationClosesOn != null, "applicationClosesOn", "required");
		if (applicationOpensOn != null && applicationClosesOn != null) {
			require(errors, !applicationClosesOn.isBefore(applicationOpensOn), "applicationClosesOn",
					"not before applicationOpensOn");
		}
		require(errors, validUntil != null || validityMonths != null, "validUntil", "a date, or validityMonths");
		if (validUntil != null && applicationOpensOn != null) {
			require(errors, !validUntil.isBefore(applicationOpensOn), "validUntil", "not before applicationOpensOn");
		}
		if (validityMonths != null) {
			require(errors, validityMonths >= 1 && validityMonths <= 60, "validityMonths", "between 1 and 60");
		}
		require(errors, denominations != null && !denominations.isEmpty(), "denominations", "at least one");
		if (denominations != null && hasNull(denominations)) {
			errors.add(new DomainException.FieldError("denominations", "no empty elements"));
		}
		else if (denominations != null) {
			require(errors, denominations.stream().allMatch(Money::isPositive), "denominations", "positive amounts");
			require(errors, denominations.stream().distinct().count() == denominations.size(), "denominations",
					"no duplicates");
		}
		if (denominationsBySizeClass != null) {
			denominationsBySizeClass.forEach((size, amounts) -> {
				require(errors, SIZE_CLASSES.contains(size), "denominationsBySizeClass",
						"unknown size class " + size);
				require(errors, amounts != null && !hasNull(amounts) && denominations != null
						&& denominations.containsAll(amounts),
						"denominationsBySizeClass." + size, "must be among the denominations");
			});
		}
		if (excessRatioByRegion != null) {
			excessRatioByRegion.forEach((code, ratio) -> {
				require(errors, regionExists.test(code), "excessRatioByRegion", "unknown region code " + code);
				require(errors, ratio != null, "excessRatioByRegion", "a ratio for region " + code);
			});
		}
		require(errors, annualCapPerEnterprise != null && annualCapPerEnterprise.isPositive(), "annualCapPerEnterprise",
				"a positive amount");
		if (maxPayablePerClaim != null) {
			require(errors, maxPayablePerClaim.isPositive(), "maxPayablePerClaim", "a positive amount");
		}
		require(errors, serviceCategories != null && !serviceCategories.isEmpty(), "serviceCategories", "at least one");
		if (serviceCategories != null) {
			require(errors, !hasNull(serviceCategories), "serviceCategories", "no empty elements");
		}
		if (acceptedInstitutionRegions != null) {
			acceptedInstitutionRegions.forEach(code -> require(errors, code != null && regionExists.test(code),
					"acceptedInstitutionRegions", "unknown region code " + code));
		}
		if (sizeClassesAllowed != null) {
			sizeClassesAllowed.forEach(size -> require(errors, size != null && SIZE_CLASSES.contains(size),
					"sizeClassesAllowed", "unknown size class " + size));
		}
		days(errors, "reviewWorkingDays", reviewWorkingDays);
		days(errors, "confirmWorkingDays", confirmWorkingDays);
		days(errors, "claimReviewWorkingDays", claimReviewWorkingDays);
		days(errors, "noticeWorkingDays", noticeWorkingDays);
		days(errors, "paymentWorkingDays", paymentWorkingDays);
		if (maxVouchersPerEnterprise != null) {
			require(errors, maxVouchersPerEnterprise >= 1 && maxVouchersPerEnterprise <= 100, "maxVouchersPerEnterprise",
					"between 1 and 100");
		}
		if (banYearsOnFraud != null) {
			require(errors, banYearsOnFraud >= 0 && banYearsOnFraud <= 10, "banYearsOnFraud", "between 0 and 10");
		}
		if (preRedemptionCleanYears != null) {
			require(errors, preRedemptionCleanYears >= 0 && preRedemptionCleanYears <= 10, "preRedemptionCleanYears",
					"between 0 and 10");
		}
		if (!errors.isEmpty()) {
			throw new DomainException(org.innovoucher.shared.ErrorCode.VALIDATION_FAILED,
					errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""),
					errors);
		}
	}

	private static void days(List<DomainException.FieldError> errors, String field, Integer value) {
		if (value != null) {
			require(errors, value >= 1 && value <= 120, field, "between 1 and 120 working days");
		}
	}

	/** Immutable lists (List.of, as JSON and callers build them) throw on contains(null); this does not. */
	private static boolean hasNull(java.util.Collection<?> values) {
		return values.stream().anyMatch(java.util.Objects::isNull);
	}

	private static void require(List<DomainException.FieldError> errors, boolean ok, String field, String message) {
		if (!ok) {
			errors.add(new DomainException.FieldError(field, message));
		}
	}

	/** The denominations an enterprise of this size class may apply for. */
	public List<Money> denominationsFor(String sizeClass) {
		List<Money> bySize = denominationsBySizeClass == null ? null : denominationsBySizeClass.get(sizeClass);
		return bySize == null || bySize.isEmpty() ? denominations : bySize;
	}

	/** The excess ratio of the nearest region (of the chain, nearest first) that sets its own. */
	public Ratio excessRatioFor(List<String> regionChainNearestFirst) {
		if (excessRatioByRegion != null) {
			for (String code : regionChainNearestFirst) {
				Ratio ratio = excessRatioByRegion.get(code);
				if (ratio != null) {
					return ratio;
				}
			}
		}
		return excessRatio == null ? Ratio.ZERO : excessRatio;
	}

	/** The day a voucher issued on {@code issuedOn} stops being valid (inclusive). */
	public LocalDate voucherValidUntil(LocalDate issuedOn) {
		if (validUntil != null) {
			return validUntil;
		}
		return issuedOn.plusMonths(validityMonths).minusDays(1);
	}

	public boolean covers(ServiceCategory category) {
		return serviceCategories != null && serviceCategories.contains(category);
	}
}
