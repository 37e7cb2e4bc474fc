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
	/** Monthly for a year and a bit: more rounds than that is a mistake. */
	private static final int MAX_ROUNDS = 24;

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
		// the sealed letter is the institution's confirmation; where the institution itself files, the
		// enterprise confirms receipt online (api.md, "Institution-payee claims"), so the two do not combine
		require(errors, !(rules.redeem().paysInstitution() && rules.redeem().bySealedLetter()), "confirmation",
				"SEALED_LETTER needs payee ENTERPRISE: where the institution files, the enterprise confirms online");
		rounds(errors, window);
		review(errors, rules.review());
		if (!errors.isEmpty()) {
			throw new DomainException(org.innovoucher.shared.ErrorCode.VALIDATION_FAILED,
					errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""),
					errors);
		}
	}

	/** Listed rounds lie inside the application window, in order, apart, each reviewed after it closes. */
	private static void rounds(List<DomainException.FieldError> errors, ProgramRules.Window window) {
		if (window.rounds() == null) {
			return;
		}
		require(errors, window.rounds().size() <= MAX_ROUNDS, "rounds", "at most " + MAX_ROUNDS);
		java.util.Set<String> names = new java.util.HashSet<>();
		Round previous = null;
		for (int i = 0; i < window.rounds().size(); i++) {
			Round round = window.rounds().get(i);
			String field = "rounds[" + i + "]";
			if (round == null || round.applicationOpensOn() == null || round.applicationClosesOn() == null) {
				errors.add(new DomainException.FieldError(field, "a name, applicationOpensOn and applicationClosesOn"));
				continue;
			}
			require(errors, round.name() != null && !round.name().isBlank() && round.name().length() <= TextLimits.NAME
					&& names.add(round.name().trim()), field + ".name", "required, unique, at most " + TextLimits.NAME + " characters");
			require(errors, !round.applicationClosesOn().isBefore(round.applicationOpensOn()), field + ".applicationClosesOn",
					"not before applicationOpensOn");
			if (window.applicationOpensOn() != null && window.applicationClosesOn() != null) {
				require(errors, !round.applicationOpensOn().isBefore(window.applicationOpensOn())
						&& !round.applicationClosesOn().isAfter(window.applicationClosesOn()), field,
						"inside the application window");
			}
			if (round.reviewBatchOn() != null) {
				require(errors, round.reviewBatchOn().isAfter(round.applicationClosesOn()), field + ".reviewBatchOn",
						"after the round closes");
			}
			if (previous != null) {
				require(errors, round.applicationOpensOn().isAfter(previous.applicationClosesOn()), field + ".applicationOpensOn",
						"after the round before closes");
			}
			previous = round;
		}
	}

	/** Panels of a sensible size and marks out of 100; checklists with named criteria whose weights make 100. */
	private static void review(List<DomainException.FieldError> errors, ProgramRules.Review review) {
		ExpertReview expert = review.expertReview();
		if (expert != null) {
			if (expert.panelSize() != null) {
				require(errors, expert.panelSize() >= ExpertReview.SMALLEST_PANEL && expert.panelSize() <= ExpertReview.LARGEST_PANEL,
						"expertReview.panelSize", "between " + ExpertReview.SMALLEST_PANEL + " and " + ExpertReview.LARGEST_PANEL);
			}
			score(errors, "expertReview.passMark", expert.passMark());
			score(errors, "expertReview.secondRoundSpread", expert.secondRoundSpread());
			days(errors, "expertReview.roundWorkingDays", expert.roundWorkingDays());
		}
		if (review.reviewChecklists() == null) {
			return;
		}
		review.reviewChecklists().forEach((category, criteria) -> {
			String field = "reviewChecklists." + category;
			if (criteria == null || criteria.isEmpty() || hasNull(criteria)) {
				errors.add(new DomainException.FieldError(field, "at least one criterion"));
				return;
			}
			require(errors, criteria.stream().allMatch(c -> c.criterion() != null && !c.criterion().isBlank()
					&& c.criterion().length() <= TextLimits.NAME), field, "each criterion named, at most " + TextLimits.NAME + " characters");
			require(errors, criteria.stream().allMatch(c -> c.weight() >= 1), field, "weights of at least 1");
			require(errors, criteria.stream().mapToInt(ReviewCriterion::weight).sum() == 100, field, "weights that make 100");
		});
	}

	private static void score(List<DomainException.FieldError> errors, String field, java.math.BigDecimal value) {
		if (value != null) {
			require(errors, value.signum() >= 0 && value.compareTo(java.math.BigDecimal.valueOf(100)) <= 0 && value.scale() <= 2,
					field, "between 0 and 100, at most two decimals");
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
