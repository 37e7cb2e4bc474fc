package org.innovoucher.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.ServiceCategory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Every rule of a program version, as data, in eight parts: the application {@link Window} and its
 * rounds, the subsidy {@link Schedule}, who is {@link Eligible}, the {@link Deadlines}, the
 * {@link Sanctions}, the {@link Payment} controls, who files and who confirms a claim ({@link Redeem}),
 * and the expert {@link Review}; each part names its defaults. Vouchers keep the version they were issued under, so later edits
 * never change issued vouchers or open claims.
 *
 * <p>On the wire and in the database the rules are one flat object (the program body of api.md):
 * the parts are written unwrapped and read from the flat {@link ProgramBody}, so versions stored before the
 * parts existed read as they always did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgramRules(String name, String regionCode, Integer year, @JsonUnwrapped Window window,
		@JsonUnwrapped Schedule schedule, @JsonUnwrapped Eligible eligible, @JsonUnwrapped Deadlines deadlines,
		@JsonUnwrapped Sanctions sanctions, @JsonUnwrapped Payment payment, @JsonUnwrapped Redeem redeem,
		@JsonUnwrapped Review review) {

	/**
	 * When enterprises apply, and how long a voucher stays valid. {@code rounds} lists the program's
	 * rounds; left out, the cycle makes them ({@link Rounds}).
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Window(Cycle cycle, LocalDate applicationOpensOn, LocalDate applicationClosesOn, LocalDate validUntil,
			Integer validityMonths, List<Round> rounds) {

		public static final Cycle CYCLE = Cycle.ANNUAL;

		/** A window whose rounds the cycle makes. */
		public Window(Cycle cycle, LocalDate applicationOpensOn, LocalDate applicationClosesOn, LocalDate validUntil,
				Integer validityMonths) {
			this(cycle, applicationOpensOn, applicationClosesOn, validUntil, validityMonths, null);
		}

		Window withDefaults() {
			return new Window(cycle == null ? CYCLE : cycle, applicationOpensOn, applicationClosesOn, validUntil,
					validityMonths, rounds == null || rounds.isEmpty() ? null : rounds);
		}

		/** The rounds in order: listed, or made by the cycle. */
		public List<Round> allRounds() {
			return Rounds.of(this);
		}
	}

	/** What a voucher is worth and how much of a payment is reimbursed (see {@link SubsidySchedule}). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Schedule(List<Money> denominations, Map<String, List<Money>> denominationsBySizeClass,
			Ratio excessRatio, Map<String, Ratio> excessRatioByRegion, Money annualCapPerEnterprise,
			Ratio voucherCoverageRatio, Money maxPayablePerClaim) {

		/** Beyond the voucher, nothing is reimbursed unless the program says so. */
		public static final Ratio EXCESS_RATIO = Ratio.ZERO;

		Schedule withDefaults() {
			return new Schedule(denominations, denominationsBySizeClass == null ? Map.of() : denominationsBySizeClass,
					excessRatio == null ? EXCESS_RATIO : excessRatio,
					excessRatioByRegion == null ? Map.of() : excessRatioByRegion, annualCapPerEnterprise,
					voucherCoverageRatio, maxPayablePerClaim);
		}
	}

	/** Who may apply, for what, where, how often; and who may be paid before review. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Eligible(List<ServiceCategory> serviceCategories, List<String> acceptedInstitutionRegions,
			Boolean techSmeRequired, List<String> sizeClassesAllowed, Boolean teamsAllowed,
			Integer maxVouchersPerEnterprise, Boolean preRedemptionAllowed, Integer preRedemptionCleanYears) {

		public static final List<String> SIZE_CLASSES_ALLOWED = List.of("MICRO", "SMALL", "MEDIUM");
		public static final int MAX_VOUCHERS_PER_ENTERPRISE = 1;
		/** Years without a sanction an enterprise needs to be paid before review. */
		public static final int PRE_REDEMPTION_CLEAN_YEARS = 2;

		/**
		 * Whether an applicant of this kind may apply: a team without a legal person where the program
		 * takes teams (it has no size class of its own), a firm of an allowed size class otherwise.
		 */
		public boolean admits(boolean team, String sizeClass) {
			return team ? Boolean.TRUE.equals(teamsAllowed) : sizeClassesAllowed != null && sizeClassesAllowed.contains(sizeClass);
		}

		/** Institutions of the program's own region, unless the program names others. */
		Eligible withDefaults(String programRegion) {
			return new Eligible(serviceCategories,
					acceptedInstitutionRegions == null || acceptedInstitutionRegions.isEmpty() ? List.of(programRegion)
							: acceptedInstitutionRegions,
					techSmeRequired != null && techSmeRequired,
					sizeClassesAllowed == null || sizeClassesAllowed.isEmpty() ? SIZE_CLASSES_ALLOWED : sizeClassesAllowed,
					teamsAllowed != null && teamsAllowed,
					maxVouchersPerEnterprise == null ? MAX_VOUCHERS_PER_ENTERPRISE : maxVouchersPerEnterprise,
					preRedemptionAllowed != null && preRedemptionAllowed,
					preRedemptionCleanYears == null ? PRE_REDEMPTION_CLEAN_YEARS : preRedemptionCleanYears);
		}
	}

	/**
	 * How many working days each step may take. The public notice lasts {@code noticeWorkingDays}:
	 * {@link #NOTICE_WORKING_DAYS} unless the program sets it.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Deadlines(Integer reviewWorkingDays, Integer confirmWorkingDays, Integer claimReviewWorkingDays,
			Integer noticeWorkingDays, Integer paymentWorkingDays) {

		public static final int REVIEW_WORKING_DAYS = 10;
		public static final int CONFIRM_WORKING_DAYS = 5;
		public static final int CLAIM_REVIEW_WORKING_DAYS = 10;
		public static final int NOTICE_WORKING_DAYS = 5;
		public static final int PAYMENT_WORKING_DAYS = 10;

		Deadlines withDefaults() {
			return new Deadlines(reviewWorkingDays == null ? REVIEW_WORKING_DAYS : reviewWorkingDays,
					confirmWorkingDays == null ? CONFIRM_WORKING_DAYS : confirmWorkingDays,
					claimReviewWorkingDays == null ? CLAIM_REVIEW_WORKING_DAYS : claimReviewWorkingDays,
					noticeWorkingDays == null ? NOTICE_WORKING_DAYS : noticeWorkingDays,
					paymentWorkingDays == null ? PAYMENT_WORKING_DAYS : paymentWorkingDays);
		}
	}

	/** What fraud costs an enterprise. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Sanctions(Integer banYearsOnFraud) {

		public static final int BAN_YEARS_ON_FRAUD = 3;

		Sanctions withDefaults() {
			return new Sanctions(banYearsOnFraud == null ? BAN_YEARS_ON_FRAUD : banYearsOnFraud);
		}
	}

	/**
	 * How payments are controlled: a payment run whose total is above {@code paymentReleaseThreshold}
	 * waits for a second finance officer's release (domain.md, "Separation of duties").
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Payment(Money paymentReleaseThreshold) {

		/** No threshold unless the program sets one: every run is recorded by one finance officer. */
		public static final Money PAYMENT_RELEASE_THRESHOLD = null;

		Payment withDefaults() {
			return new Payment(paymentReleaseThreshold == null ? PAYMENT_RELEASE_THRESHOLD : paymentReleaseThreshold);
		}

		/** Whether a run of this total waits for a second finance officer's release. */
		public boolean needsRelease(Money runTotal) {
			return paymentReleaseThreshold != null && runTotal.isGreaterThan(paymentReleaseThreshold);
		}
	}

	/**
	 * Who files a claim and is paid, and how the other party confirms it (domain.md, "Two ways to
	 * redeem" and "Confirmation by sealed letter").
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Redeem(Payee payee, Confirmation confirmation) {

		/** Shanxi's way: the enterprise pays in full, files and is reimbursed. */
		public static final Payee PAYEE = Payee.ENTERPRISE;
		public static final Confirmation CONFIRMATION = Confirmation.ONLINE;

		Redeem withDefaults() {
			return new Redeem(payee == null ? PAYEE : payee, confirmation == null ? CONFIRMATION : confirmation);
		}

		public boolean paysInstitution() {
			return payee == Payee.INSTITUTION;
		}

		public boolean bySealedLetter() {
			return confirmation == Confirmation.SEALED_LETTER;
		}
	}

	/**
	 * Which files go to an expert panel, how it scores, and the checklist of each service category
	 * (criteria with weights summing to 100) that its experts score against.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Review(ExpertReview expertReview, Map<ServiceCategory, List<ReviewCriterion>> reviewChecklists) {

		/** Where the program keeps no checklist for a category, the experts score these. */
		public static final List<ReviewCriterion> CHECKLIST = List.of(
				new ReviewCriterion("The results match what the contract promised", 40),
				new ReviewCriterion("The evidence is complete and verifiable", 30),
				new ReviewCriterion("The service advanced the enterprise's innovation", 30));

		Review withDefaults() {
			return new Review(expertReview == null ? ExpertReview.none() : expertReview.withDefaults(),
					reviewChecklists == null ? Map.of() : reviewChecklists);
		}

		/** The checklist of a category: the program's own, or {@link #CHECKLIST}. */
		public List<ReviewCriterion> checklistFor(ServiceCategory category) {
			List<ReviewCriterion> own = reviewChecklists == null || category == null ? null : reviewChecklists.get(category);
			return own == null || own.isEmpty() ? CHECKLIST : own;
		}
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static ProgramRules of(ProgramBody b) {
		return new ProgramRules(b.name(), b.regionCode(), b.year(),
				new Window(b.cycle(), b.applicationOpensOn(), b.applicationClosesOn(), b.validUntil(),
						b.validityMonths(), b.rounds()),
				new Schedule(b.denominations(), b.denominationsBySizeClass(), b.excessRatio(),
						b.excessRatioByRegion(), b.annualCapPerEnterprise(), b.voucherCoverageRatio(),
						b.maxPayablePerClaim()),
				new Eligible(b.serviceCategories(), b.acceptedInstitutionRegions(), b.techSmeRequired(),
						b.sizeClassesAllowed(), b.teamsAllowed(), b.maxVouchersPerEnterprise(), b.preRedemptionAllowed(),
						b.preRedemptionCleanYears()),
				new Deadlines(b.reviewWorkingDays(), b.confirmWorkingDays(), b.claimReviewWorkingDays(),
						b.noticeWorkingDays(), b.paymentWorkingDays()),
				new Sanctions(b.banYearsOnFraud()), new Payment(b.paymentReleaseThreshold()),
				new Redeem(b.payee(), b.confirmation()), new Review(b.expertReview(), b.reviewChecklists()));
	}

	/** The parts are never null: an absent field is a null inside its part. */
	public ProgramRules {
		window = window == null ? new Window(null, null, null, null, null, null) : window;
		schedule = schedule == null ? new Schedule(null, null, null, null, null, null, null) : schedule;
		eligible = eligible == null ? new Eligible(null, null, null, null, null, null, null, null) : eligible;
		deadlines = deadlines == null ? new Deadlines(null, null, null, null, null) : deadlines;
		sanctions = sanctions == null ? new Sanctions(null) : sanctions;
		payment = payment == null ? new Payment(null) : payment;
		redeem = redeem == null ? new Redeem(null, null) : redeem;
		review = review == null ? new Review(null, null) : review;
	}

	/** Rules of the first parts, with the defaults of the redemption and review parts. */
	public ProgramRules(String name, String regionCode, Integer year, Window window, Schedule schedule, Eligible eligible,
			Deadlines deadlines, Sanctions sanctions, Payment payment) {
		this(name, regionCode, year, window, schedule, eligible, deadlines, sanctions, payment, null, null);
	}

	/** Fills the defaults a program body may leave out; each part names its own. */
	public ProgramRules withDefaults() {
		return new ProgramRules(name, regionCode, year, window.withDefaults(), schedule.withDefaults(),
				eligible.withDefaults(regionCode), deadlines.withDefaults(), sanctions.withDefaults(),
				payment.withDefaults(), redeem.withDefaults(), review.withDefaults());
	}

	/** Checks the rules are complete and consistent; reports every problem at once. */
	public void validate(java.util.function.Predicate<String> regionExists) {
		ProgramRulesCheck.check(this, regionExists);
	}

	/** The denominations an enterprise of this size class may apply for. */
	public List<Money> denominationsFor(String sizeClass) {
		Map<String, List<Money>> bySizeClass = schedule.denominationsBySizeClass();
		List<Money> bySize = bySizeClass == null ? null : bySizeClass.get(sizeClass);
		return bySize == null || bySize.isEmpty() ? schedule.denominations() : bySize;
	}

	/** The excess ratio of the nearest region (of the chain, nearest first) that sets its own. */
	public Ratio excessRatioFor(List<String> regionChainNearestFirst) {
		if (schedule.excessRatioByRegion() != null) {
			for (String code : regionChainNearestFirst) {
				Ratio ratio = schedule.excessRatioByRegion().get(code);
				if (ratio != null) {
					return ratio;
				}
			}
		}
		return schedule.excessRatio() == null ? Ratio.ZERO : schedule.excessRatio();
	}

	/** The day a voucher issued on {@code issuedOn} stops being valid (inclusive). */
	public LocalDate voucherValidUntil(LocalDate issuedOn) {
		if (window.validUntil() != null) {
			return window.validUntil();
		}
		return issuedOn.plusMonths(window.validityMonths()).minusDays(1);
	}

	public boolean covers(ServiceCategory category) {
		return eligible.serviceCategories() != null && eligible.serviceCategories().contains(category);
	}
}
