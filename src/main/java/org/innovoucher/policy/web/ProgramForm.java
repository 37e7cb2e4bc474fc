package org.innovoucher.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innovoucher.policy.Confirmation;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.ExpertReview;
import org.innovoucher.policy.Payee;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.util.MultiValueMap;

/**
 * The program editor's form: every rule of a program as its inputs hold it (text), by the names of the
 * program body of api.md, so a refusal of the rules names the input it belongs beside. Denominations
 * of a size class are {@code bySize.<SIZE>}, a city's excess ratio {@code excessRatioByRegion.<code>}, the
 * rows of the rounds and of a category's checklist {@code rounds[i].name} and
 * {@code reviewChecklists.<CATEGORY>[i].weight} ({@link RoundRows}, {@link ChecklistRows}).
 * Reading it turns text into values only; whether the values make a program is
 * {@link ProgramRules#validate}'s to say, as for the API.
 */
public final class ProgramForm {

	static final List<String> SIZE_CLASSES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");
	static final String BY_SIZE = "bySize.";
	static final String BY_REGION = "excessRatioByRegion.";
	/** The checkboxes of the kinds of file that go to an expert panel. */
	static final String PANEL_FILES = "expertReview.files";
	static final List<String> PANEL_FILE_KINDS = List.of("applications", "claims", "institutions");

	/** Text that is not a value of its kind: the input and the message key that says so. */
	record Unreadable(String field, String messageKey) {
	}

	/** The rules read from the form, and the inputs whose text could not be read. */
	record Read(ProgramRules rules, List<Unreadable> unreadable) {
	}

	private final Map<String, List<String>> values;

	private ProgramForm(Map<String, List<String>> values) {
		this.values = values;
	}

	/** One input's text; empty when there is none. */
	public String value(String name) {
		return FormRows.text(values, name);
	}

	/** Every value of an input that may have several (checkboxes). */
	public List<String> values(String name) {
		return values.getOrDefault(name, List.of());
	}

	/** Whether a checkbox or radio of this value is chosen. */
	public boolean ticked(String name, String value) {
		return values.getOrDefault(name, List.of()).contains(value);
	}

	/** The form as sent. */
	static ProgramForm from(MultiValueMap<String, String> params) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		params.forEach((name, v) -> values.put(name, List.copyOf(v)));
		return new ProgramForm(FormRows.compact(values));
	}

	/** The form showing these rules. */
	static ProgramForm of(ProgramRules r) {
		Map<String, List<String>> v = new LinkedHashMap<>();
		put(v, "name", r.name());
		put(v, "regionCode", r.regionCode());
		put(v, "year", r.year());
		ProgramRules.Window w = r.window();
		put(v, "cycle", w.cycle());
		put(v, "applicationOpensOn", w.applicationOpensOn());
		put(v, "applicationClosesOn", w.applicationClosesOn());
		put(v, "validUntil", w.validUntil());
		put(v, "validityMonths", w.validityMonths());
		ProgramRules.Schedule s = r.schedule();
		put(v, "denominations", amounts(s.denominations()));
		if (s.denominationsBySizeClass() != null) {
			s.denominationsBySizeClass().forEach((size, amounts) -> put(v, BY_SIZE + size, amounts(amounts)));
		}
		put(v, "excessRatio", s.excessRatio());
		if (s.excessRatioByRegion() != null) {
			s.excessRatioByRegion().forEach((code, ratio) -> put(v, BY_REGION + code, ratio));
		}
		put(v, "annualCapPerEnterprise", s.annualCapPerEnterprise());
		put(v, "voucherCoverageRatio", s.voucherCoverageRatio());
		put(v, "maxPayablePerClaim", s.maxPayablePerClaim());
		ProgramRules.Eligible e = r.eligible();
		v.put("serviceCategories", e.serviceCategories() == null ? List.of() : e.serviceCategories().stream().map(Enum::name).toList());
		v.put("acceptedInstitutionRegions", e.acceptedInstitutionRegions() == null ? List.of() : e.acceptedInstitutionRegions());
		v.put("sizeClassesAllowed", e.sizeClassesAllowed() == null ? List.of() : e.sizeClassesAllowed());
		put(v, "techSmeRequired", e.techSmeRequired());
		put(v, "teamsAllowed", e.teamsAllowed());
		put(v, "maxVouchersPerEnterprise", e.maxVouchersPerEnterprise());
		put(v, "preRedemptionAllowed", e.preRedemptionAllowed());
		put(v, "preRedemptionCleanYears", e.preRedemptionCleanYears());
		ProgramRules.Deadlines d = r.deadlines();
		put(v, "reviewWorkingDays", d.reviewWorkingDays());
		put(v, "confirmWorkingDays", d.confirmWorkingDays());
		put(v, "claimReviewWorkingDays", d.claimReviewWorkingDays());
		put(v, "noticeWorkingDays", d.noticeWorkingDays());
		put(v, "paymentWorkingDays", d.paymentWorkingDays());
		put(v, "banYearsOnFraud", r.sanctions().banYearsOnFraud());
		put(v, "paymentReleaseThreshold", r.payment().paymentReleaseThreshold());
		put(v, "payee", r.redeem().payee());
		put(v, "confirmation", r.redeem().confirmation());
		RoundRows.put(v, w.rounds());
		FormRows.putExpertReview(v, r.review().expertReview());
		ChecklistRows.put(v, r.review().reviewChecklists());
		return new ProgramForm(v);
	}

	/** The rows of the rounds the editor shows: the listed rounds and a few empty ones to add. */
	public List<Integer> roundRows() {
		return RoundRows.shown(values);
	}

	/** The rows of a category's checklist the editor shows: its criteria and a few empty ones to add. */
	public List<Integer> criterionRows(ServiceCategory category) {
		return ChecklistRows.shown(values, category);
	}

	/** Whether the program keeps a checklist of its own for the category. */
	public boolean hasChecklist(ServiceCategory category) {
		return ChecklistRows.has(values, category);
	}

	/** The regions of which the form holds an excess ratio of their own. */
	List<String> regionsWithOwnRatio() {
		return values.keySet().stream().filter(k -> k.startsWith(BY_REGION)).map(k -> k.substring(BY_REGION.length()))
			.toList();
	}

	/** The rules the form holds; text that is no value of its kind is left out and named. */
	Read read() {
		Reader in = new Reader();
		ProgramRules.Window window = new ProgramRules.Window(in.parse("cycle", Cycle::valueOf, "progedit.invalid.choice"),
				in.date("applicationOpensOn"), in.date("applicationClosesOn"), in.date("validUntil"),
				in.number("validityMonths"), RoundRows.read(values, in::date));
		Map<String, List<Money>> bySize = new LinkedHashMap<>();
		for (String size : SIZE_CLASSES) {
			List<Money> amounts = in.amounts(BY_SIZE + size);
			if (amounts != null && !amounts.isEmpty()) {
				bySize.put(size, amounts);
			}
		}
		Map<String, Ratio> byRegion = new LinkedHashMap<>();
		for (String code : regionsWithOwnRatio()) {
			Ratio ratio = in.ratio(BY_REGION + code);
			if (ratio != null) {
				byRegion.put(code, ratio);
			}
		}
		ProgramRules.Schedule schedule = new ProgramRules.Schedule(in.amounts("denominations"), bySize,
				in.ratio("excessRatio"), byRegion, in.money("annualCapPerEnterprise"), in.ratio("voucherCoverageRatio"),
				in.money("maxPayablePerClaim"));
		List<ServiceCategory> categories = values.getOrDefault("serviceCategories", List.of()).stream()
			.filter(c -> Arrays.stream(ServiceCategory.values()).anyMatch(k -> k.name().equals(c)))
			.map(ServiceCategory::valueOf).toList();
		ProgramRules.Eligible eligible = new ProgramRules.Eligible(categories,
				values.getOrDefault("acceptedInstitutionRegions", List.of()), in.yesNo("techSmeRequired"),
				values.getOrDefault("sizeClassesAllowed", List.of()), in.yesNo("teamsAllowed"),
				in.number("maxVouchersPerEnterprise"), in.yesNo("preRedemptionAllowed"),
				in.number("preRedemptionCleanYears"));
		ProgramRules.Deadlines deadlines = new ProgramRules.Deadlines(in.number("reviewWorkingDays"),
				in.number("confirmWorkingDays"), in.number("claimReviewWorkingDays"), in.number("noticeWorkingDays"),
				in.number("paymentWorkingDays"));
		String name = value("name").isBlank() ? null : value("name").trim();
		String region = value("regionCode").isBlank() ? null : value("regionCode");
		ProgramRules rules = new ProgramRules(name, region, in.number("year"), window, schedule, eligible, deadlines,
				new ProgramRules.Sanctions(in.number("banYearsOnFraud")),
				new ProgramRules.Payment(in.money("paymentReleaseThreshold")),
				new ProgramRules.Redeem(in.parse("payee", Payee::valueOf, "progedit.invalid.choice"),
						in.parse("confirmation", Confirmation::valueOf, "progedit.invalid.choice")),
				new ProgramRules.Review(in.expertReview(), ChecklistRows.read(values, in::number)));
		return new Read(rules, in.unreadable);
	}

	/** Reads inputs by kind, remembering those it could not read. */
	private final class Reader {

		private final List<Unreadable> unreadable = new ArrayList<>();

		<T> T parse(String field, Function<String, T> parser, String messageKey) {
			String text = value(field).trim();
			if (text.isEmpty()) {
				return null;
			}
			try {
				return parser.apply(text);
			}
			catch (IllegalArgumentException | DateTimeParseException e) {
				unreadable.add(new Unreadable(field, messageKey));
				return null;
			}
		}

		Integer number(String field) {
			return parse(field, Integer::valueOf, "progedit.invalid.number");
		}

		LocalDate date(String field) {
			return parse(field, LocalDate::parse, "progedit.invalid.date");
		}

		/** Yuan, with or without thousands separators: 50,000.00 as 50000.00. */
		Money money(String field) {
			return parse(field, text -> Money.parse(text.replace(",", "").replace("，", "")), "progedit.invalid.money");
		}

		Ratio ratio(String field) {
			return parse(field, Ratio::parse, "progedit.invalid.ratio");
		}

		Boolean yesNo(String field) {
			return parse(field, text -> switch (text) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException(text);
			}, "progedit.invalid.choice");
		}

		BigDecimal decimal(String field) {
			return parse(field, BigDecimal::new, "progedit.invalid.decimal");
		}

		ExpertReview expertReview() {
			List<String> files = values(PANEL_FILES);
			Integer panelSize = number("expertReview.panelSize");
			BigDecimal passMark = decimal("expertReview.passMark");
			BigDecimal spread = decimal("expertReview.secondRoundSpread");
			Integer days = number("expertReview.roundWorkingDays");
			if (files.isEmpty() && panelSize == null && passMark == null && spread == null && days == null) {
				return null;
			}
			return new ExpertReview(files.contains("applications"), files.contains("claims"),
					files.contains("institutions"), panelSize, passMark, spread, days);
		}

		/** Amounts one per line (or apart by spaces or semicolons); none when the input is empty. */
		List<Money> amounts(String field) {
			return parse(field, text -> Arrays.stream(text.split("[\\s;；、]+")).filter(t -> !t.isBlank())
				.map(t -> Money.parse(t.replace(",", "").replace("，", ""))).toList(), "progedit.invalid.amounts");
		}
	}

	private static String amounts(List<Money> amounts) {
		return amounts == null ? null : String.join("\n", amounts.stream().map(Money::toString).toList());
	}

	private static void put(Map<String, List<String>> values, String name, Object value) {
		if (value != null) {
			values.put(name, List.of(value.toString()));
		}
	}
}
