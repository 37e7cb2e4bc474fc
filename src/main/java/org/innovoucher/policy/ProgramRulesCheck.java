package org.innovoucher.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.TextLimits;

/** Whether a program's rules are complete and consistent: the checks of {@link ProgramRules#validate}. */
final class ProgramRulesCheck {

	private static final List<String> SIZE_CLASSES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

	private ProgramRulesCheck() {
	}

	/** Reports every problem of the rules at once, by the field of the program body. */
	static void check(ProgramRules rules, Predicate<String> regionExists) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		require(errors, rules.name() != null && !rules.name().isBlank() && rules.name().length() <= TextLimits.NAME, "name",
				"required, at most " + TextLimits.NAME + " characters");
		require(errors, rules.regionCode() != null && regionExists.test(rules.regionCode()), "regionCode", "a known region code");
		require(errors, rules.year() != null && rules.year() >= 2000 && rules.year() <= 2100, "year", "between 2000 and 2100");
		require(errors, rules.applicationOpensOn() != null, "applicationOpensOn", "required");
		require(errors, rules.applicationClosesOn() != null, "applicationClosesOn", "required");
		if (rules.applicationOpensOn() != null && rules.applicationClosesOn() != null) {
			require(errors, !rules.applicationClosesOn().isBefore(rules.applicationOpensOn()), "applicationClosesOn",
					"not before applicationOpensOn");
		}
		require(errors, rules.validUntil() != null || rules.validityMonths() != null, "validUntil", "a date, or validityMonths");
		if (rules.validUntil() != null && rules.applicationOpensOn() != null) {
			require(errors, !rules.validUntil().isBefore(rules.applicationOpensOn()), "validUntil", "not before applicationOpensOn");
		}
		if (rules.validityMonths() != null) {
			require(errors, rules.validityMonths() >= 1 && rules.validityMonths() <= 60, "validityMonths", "between 1 and 60");
		}
		require(errors, rules.denominations() != null && !rules.denominations().isEmpty(), "denominations", "at least one");
		if (rules.denominations() != null && hasNull(rules.denominations())) {
			errors.add(new DomainException.FieldError("denominations", "no empty elements"));
		}
		else if (rules.denominations() != null) {
			require(errors, rules.denominations().stream().allMatch(Money::isPositive), "denominations", "positive amounts");
			require(errors, rules.denominations().stream().distinct().count() == rules.denominations().size(), "denominations",
					"no duplicates");
		}
		if (rules.denominationsBySizeClass() != null) {
			rules.denominationsBySizeClass().forEach((size, amounts) -> {
				require(errors, SIZE_CLASSES.contains(size), "denominationsBySizeClass",
						"unknown size class " + size);
				require(errors, amounts != null && !hasNull(amounts) && rules.denominations() != null
						&& rules.denominations().containsAll(amounts),
						"denominationsBySizeClass." + size, "must be among the denominations");
			});
		}
		if (rules.excessRatioByRegion() != null) {
			rules.excessRatioByRegion().forEach((code, ratio) -> {
				require(errors, regionExists.test(code), "excessRatioByRegion", "unknown region code " + code);
				require(errors, ratio != null, "excessRatioByRegion", "a ratio for region " + code);
			});
		}
		require(errors, rules.annualCapPerEnterprise() != null && rules.annualCapPerEnterprise().isPositive(), "annualCapPerEnterprise",
				"a positive amount");
		if (rules.maxPayablePerClaim() != null) {
			require(errors, rules.maxPayablePerClaim().isPositive(), "maxPayablePerClaim", "a positive amount");
		}
		require(errors, rules.serviceCategories() != null && !rules.serviceCategories().isEmpty(), "serviceCategories", "at least one");
		if (rules.serviceCategories() != null) {
			require(errors, !hasNull(rules.serviceCategories()), "serviceCategories", "no empty elements");
		}
		if (rules.acceptedInstitutionRegions() != null) {
			rules.acceptedInstitutionRegions().forEach(code -> require(errors, code != null && regionExists.test(code),
					"acceptedInstitutionRegions", "unknown region code " + code));
		}
		if (rules.sizeClassesAllowed() != null) {
			rules.sizeClassesAllowed().forEach(size -> require(errors, size != null && SIZE_CLASSES.contains(size),
					"sizeClassesAllowed", "unknown size class " + size));
		}
		days(errors, "reviewWorkingDays", rules.reviewWorkingDays());
		days(errors, "confirmWorkingDays", rules.confirmWorkingDays());
		days(errors, "claimReviewWorkingDays", rules.claimReviewWorkingDays());
		days(errors, "noticeWorkingDays", rules.noticeWorkingDays());
		days(errors, "paymentWorkingDays", rules.paymentWorkingDays());
		if (rules.maxVouchersPerEnterprise() != null) {
			require(errors, rules.maxVouchersPerEnterprise() >= 1 && rules.maxVouchersPerEnterprise() <= 100, "maxVouchersPerEnterprise",
					"between 1 and 100");
		}
		if (rules.banYearsOnFraud() != null) {
			require(errors, rules.banYearsOnFraud() >= 0 && rules.banYearsOnFraud() <= 10, "banYearsOnFraud", "between 0 and 10");
		}
		if (rules.preRedemptionCleanYears() != null) {
			require(errors, rules.preRedemptionCleanYears() >= 0 && rules.preRedemptionCleanYears() <= 10, "preRedemptionCleanYears",
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
}
