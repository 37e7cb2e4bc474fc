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
		ProgramRules.Window window = rules.window();
		ProgramRules.Schedule schedule = rules.schedule();
		ProgramRules.Eligible eligible = rules.eligible();
		ProgramRules.Deadlines deadlines = rules.deadlines();
		ProgramRules.Sanctions sanctions = rules.sanctions();
		require(errors, rules.name() != null && !rules.name().isBlank() && rules.name().length() <= TextLimits.NAME, "name",
				"required, at most " + TextLimits.NAME + " characters");
		require(errors, rules.regionCode() != null && regionExists.test(rules.regionCode()), "regionCode", "a known region code");
		require(errors, rules.year() != null && rules.year() >= 2000 && rules.year() <= 2100, "year", "between 2000 and 2100");
		require(errors, window.applicationOpensOn() != null, "applicationOpensOn", "required");
		require(errors, window.applicationClosesOn() != null, "applicationClosesOn", "required");
		if (window.applicationOpensOn() != null && window.applicationClosesOn() != null) {
			require(errors, !window.applicationClosesOn().isBefore(window.applicationOpensOn()), "applicationClosesOn",
					"not before applicationOpensOn");
		}
		require(errors, window.validUntil() != null || window.validityMonths() != null, "validUntil", "a date, or validityMonths");
		if (window.validUntil() != null && window.applicationOpensOn() != null) {
			require(errors, !window.validUntil().isBefore(window.applicationOpensOn()), "validUntil", "not before applicationOpensOn");
		}
		if (window.validityMonths() != null) {
			require(errors, window.validityMonths() >= 1 && window.validityMonths() <= 60, "validityMonths", "between 1 and 60");
		}
		require(errors, schedule.denominations() != null && !schedule.denominations().isEmpty(), "denominations", "at least one");
		if (schedule.denominations() != null && hasNull(schedule.denominations())) {
			errors.add(new DomainException.FieldError("denominations", "no empty elements"));
		}
		else if (schedule.denominations() != null) {
			require(errors, schedule.denominations().stream().allMatch(Money::isPositive), "denominations", "positive amounts");
			require(errors, schedule.denominations().stream().distinct().count() == schedule.denominations().size(), "denominations",
					"no duplicates");
		}
		if (schedule.denominationsBySizeClass() != null) {
			schedule.denominationsBySizeClass().forEach((size, amounts) -> {
				require(errors, SIZE_CLASSES.contains(size), "denominationsBySizeClass",
						"unknown size class " + size);
				require(errors, amounts != null && !hasNull(amounts) && schedule.denominations() != null
						&& schedule.denominations().containsAll(amounts),
						"denominationsBySizeClass." + size, "must be among the denominations");
			});
		}
		if (schedule.excessRatioByRegion() != null) {
			schedule.excessRatioByRegion().forEach((code, ratio) -> {
				require(errors, regionExists.test(code), "excessRatioByRegion", "unknown region code " + code);
				require(errors, ratio != null, "excessRatioByRegion", "a ratio for region " + code);
			});
		}
		require(errors, schedule.annualCapPerEnterprise() != null && schedule.annualCapPerEnterprise().isPositive(), "annualCapPerEnterprise",
				"a positive amount");
		if (schedule.maxPayablePerClaim() != null) {
			require(errors, schedule.maxPayablePerClaim().isPositive(), "maxPayablePerClaim", "a positive amount");
		}
		require(errors, eligible.serviceCategories() != null && !eligible.serviceCategories().isEmpty(), "serviceCategories", "at least one");
		if (eligible.serviceCategories() != null) {
			require(errors, !hasNull(eligible.serviceCategories()), "serviceCategories", "no empty elements");
		}
		if (eligible.acceptedInstitutionRegions() != null) {
			eligible.acceptedInstitutionRegions().forEach(code -> require(errors, code != null && regionExists.test(code),
					"acceptedInstitutionRegions", "unknown region code " + code));
		}
		if (eligible.sizeClassesAllowed() != null) {
			eligible.sizeClassesAllowed().forEach(size -> require(errors, size != null && SIZE_CLASSES.contains(size),
					"sizeClassesAllowed", "unknown size class " + size));
		}
		days(errors, "reviewWorkingDays", deadlines.reviewWorkingDays());
		days(errors, "confirmWorkingDays", deadlines.confirmWorkingDays());
		days(errors, "claimReviewWorkingDays", deadlines.claimReviewWorkingDays());
		days(errors, "noticeWorkingDays", deadlines.noticeWorkingDays());
		days(errors, "paymentWorkingDays", deadlines.paymentWorkingDays());
		if (eligible.maxVouchersPerEnterprise() != null) {
			require(errors, eligible.maxVouchersPerEnterprise() >= 1 && eligible.maxVouchersPerEnterprise() <= 100, "maxVouchersPerEnterprise",
					"between 1 and 100");
		}
		if (sanctions.banYearsOnFraud() != null) {
			require(errors, sanctions.banYearsOnFraud() >= 0 && sanctions.banYearsOnFraud() <= 10, "banYearsOnFraud", "between 0 and 10");
		}
		if (rules.payment().paymentReleaseThreshold() != null) {
			require(errors, rules.payment().paymentReleaseThreshold().isPositive(), "paymentReleaseThreshold",
					"a positive amount");
		}
		if (eligible.preRedemptionCleanYears() != null) {
			require(errors, eligible.preRedemptionCleanYears() >= 0 && eligible.preRedemptionCleanYears() <= 10, "preRedemptionCleanYears",
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
