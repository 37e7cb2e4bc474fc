package org.innovoucher.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.innovoucher.policy.ExpertReview;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.portal.Formats;
import org.innovoucher.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every rule of a program version in words of the page's language (statuses, categories and regions by
 * name, amounts and dates formatted), by the field of the program body: what versions side by side show.
 */
@Component
class RuleTexts {

	/** The rules in the editor's order, as the fieldsets group them. */
	static final List<String> FIELDS = List.of("name", "regionCode", "year", "cycle", "applicationOpensOn",
			"applicationClosesOn", "validUntil", "validityMonths", "rounds", "denominations", "denominationsBySizeClass",
			"excessRatio", "excessRatioByRegion", "annualCapPerEnterprise", "voucherCoverageRatio",
			"maxPayablePerClaim", "sizeClassesAllowed", "techSmeRequired", "teamsAllowed", "maxVouchersPerEnterprise",
			"serviceCategories", "acceptedInstitutionRegions", "preRedemptionAllowed", "preRedemptionCleanYears",
			"reviewWorkingDays", "confirmWorkingDays", "claimReviewWorkingDays", "noticeWorkingDays",
			"paymentWorkingDays", "banYearsOnFraud", "paymentReleaseThreshold", "payee", "confirmation", "expertReview",
			"reviewChecklists");

	/** One rule in two versions, and whether it changed between them. */
	public record Row(String field, String left, String right, boolean changed) {
	}

	private final MessageSource messages;
	private final Formats fmt;

	RuleTexts(MessageSource messages, Formats fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	/** Each rule of both versions side by side, in the editor's order. */
	List<Row> compare(ProgramRules left, ProgramRules right) {
		Map<String, String> a = texts(left.withDefaults());
		Map<String, String> b = texts(right.withDefaults());
		return FIELDS.stream().map(f -> new Row(f, a.get(f), b.get(f), !a.get(f).equals(b.get(f)))).toList();
	}

	Map<String, String> texts(ProgramRules r) {
		Map<String, String> t = new LinkedHashMap<>();
		ProgramRules.Window w = r.window();
		ProgramRules.Schedule s = r.schedule();
		ProgramRules.Eligible e = r.eligible();
		ProgramRules.Deadlines d = r.deadlines();
		t.put("name", r.name());
		t.put("regionCode", fmt.region(r.regionCode()));
		t.put("year", String.valueOf(r.year()));
		t.put("cycle", msg("cycle." + w.cycle()));
		t.put("applicationOpensOn", orNone(fmt.date(w.applicationOpensOn())));
		t.put("applicationClosesOn", orNone(fmt.date(w.applicationClosesOn())));
		t.put("validUntil", orNone(fmt.date(w.validUntil())));
		t.put("validityMonths", w.validityMonths() == null ? none() : msg("progedit.months", w.validityMonths()));
		t.put("denominations", amounts(s.denominations()));
		t.put("denominationsBySizeClass", s.denominationsBySizeClass().isEmpty() ? none()
				: s.denominationsBySizeClass().entrySet().stream()
					.map(x -> msg("size." + x.getKey()) + ": " + amounts(x.getValue())).collect(Collectors.joining("; ")));
		t.put("excessRatio", fmt.percent(s.excessRatio()));
		t.put("excessRatioByRegion", s.excessRatioByRegion().isEmpty() ? none()
				: s.excessRatioByRegion().entrySet().stream().sorted(Map.Entry.comparingByKey())
					.map(x -> fmt.region(x.getKey()) + ": " + fmt.percent(x.getValue())).collect(Collectors.joining("; ")));
		t.put("annualCapPerEnterprise", orNone(fmt.money(s.annualCapPerEnterprise())));
		t.put("voucherCoverageRatio", s.voucherCoverageRatio() == null ? none() : fmt.percent(s.voucherCoverageRatio()));
		t.put("maxPayablePerClaim", orNone(fmt.money(s.maxPayablePerClaim())));
		t.put("sizeClassesAllowed", e.sizeClassesAllowed().stream().map(x -> msg("size." + x)).collect(Collectors.joining(", ")));
		t.put("techSmeRequired", yesNo(e.techSmeRequired()));
		t.put("teamsAllowed", yesNo(e.teamsAllowed()));
		t.put("maxVouchersPerEnterprise", String.valueOf(e.maxVouchersPerEnterprise()));
		t.put("serviceCategories", e.serviceCategories() == null ? none()
				: e.serviceCategories().stream().map(x -> msg("category." + x)).collect(Collectors.joining(", ")));
		t.put("acceptedInstitutionRegions", e.acceptedInstitutionRegions().stream().map(fmt::region)
			.collect(Collectors.joining(", ")));
		t.put("preRedemptionAllowed", yesNo(e.preRedemptionAllowed()));
		t.put("preRedemptionCleanYears", msg("progedit.years", e.preRedemptionCleanYears()));
		t.put("reviewWorkingDays", days(d.reviewWorkingDays()));
		t.put("confirmWorkingDays", days(d.confirmWorkingDays()));
		t.put("claimReviewWorkingDays", days(d.claimReviewWorkingDays()));
		t.put("noticeWorkingDays", days(d.noticeWorkingDays()));
		t.put("paymentWorkingDays", days(d.paymentWorkingDays()));
		t.put("banYearsOnFraud", msg("progedit.years", r.sanctions().banYearsOnFraud()));
		t.put("paymentReleaseThreshold", orNone(fmt.money(r.payment().paymentReleaseThreshold())));
		t.put("rounds", (w.rounds() == null ? msg("progedit.rounds.byCycle") + " " : "") + w.allRounds().stream()
			.map(x -> msg("progedit.rounds.text", x.name(), fmt.date(x.applicationOpensOn()), fmt.date(x.applicationClosesOn()),
					x.reviewBatchOn() == null ? msg("rounds.calendar.asTheyCome") : fmt.date(x.reviewBatchOn())))
			.collect(Collectors.joining("; ")));
		t.put("payee", msg("progedit.payee." + r.redeem().payee()));
		t.put("confirmation", msg("progedit.confirmation." + r.redeem().confirmation()));
		t.put("expertReview", expertReview(r.review().expertReview()));
		t.put("reviewChecklists", r.review().reviewChecklists().isEmpty() ? msg("progedit.checklists.standard")
				: r.review().reviewChecklists().entrySet().stream().sorted(Map.Entry.comparingByKey())
					.map(x -> msg("category." + x.getKey()) + ": " + x.getValue().stream()
						.map(c -> msg("progedit.checklists.text", c.criterion(), c.weight()))
						.collect(Collectors.joining(", ")))
					.collect(Collectors.joining("; ")));
		return t;
	}

	private String expertReview(ExpertReview x) {
		List<String> files = FormRows.panelFiles(x).stream().map(kind -> msg("progedit.expertReview.files." + kind)).toList();
		return msg("progedit.expertReview.text", files.isEmpty() ? none() : String.join(", ", files), x.panelSize(),
				x.passMark().toPlainString(), x.secondRoundSpread().toPlainString(), x.roundWorkingDays());
	}

	private String amounts(List<Money> amounts) {
		return amounts == null || amounts.isEmpty() ? none()
				: amounts.stream().map(fmt::money).collect(Collectors.joining(", "));
	}

	private String days(Integer days) {
		return msg("progedit.workingDays", days);
	}

	private String yesNo(Boolean value) {
		return msg(Boolean.TRUE.equals(value) ? "progedit.yes" : "progedit.no");
	}

	private String orNone(String text) {
		return text == null || text.isEmpty() ? none() : text;
	}

	private String none() {
		return msg("progedit.none");
	}

	private String msg(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
