package org.innovoucher.policy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule the program editor shows has its label, its explanation and its refusal in both languages. */
class ProgramEditorTextsUnitTest {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(ProgramEditorTextsUnitTest.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_zh_CN.properties" })
	void every_rule_has_a_label_and_an_explanation(String name) throws IOException {
		Properties texts = bundle(name);
		for (String field : RuleTexts.FIELDS) {
			assertThat(texts.getProperty("progedit.field." + field)).as(name + " label of " + field).isNotBlank();
			assertThat(texts.getProperty("progedit.hint." + field)).as(name + " hint of " + field).isNotBlank();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_zh_CN.properties" })
	void every_rule_the_service_checks_has_a_refusal_in_words(String name) throws IOException {
		Properties texts = bundle(name);
		// the fields ProgramRulesCheck refuses (cycle and the yes-or-no rules have nothing to refuse)
		List<String> checked = List.of("name", "regionCode", "year", "applicationOpensOn", "applicationClosesOn",
				"validUntil", "validityMonths", "denominations", "bySize", "excessRatioByRegion", "annualCapPerEnterprise",
				"maxPayablePerClaim", "serviceCategories", "acceptedInstitutionRegions", "sizeClassesAllowed",
				"reviewWorkingDays", "confirmWorkingDays", "claimReviewWorkingDays", "noticeWorkingDays",
				"paymentWorkingDays", "maxVouchersPerEnterprise", "banYearsOnFraud", "paymentReleaseThreshold",
				"preRedemptionCleanYears", "rounds", "rounds.required", "rounds.inside", "rounds.name",
				"rounds.applicationClosesOn", "rounds.applicationOpensOn", "rounds.reviewBatchOn",
				"expertReview.panelSize", "expertReview.passMark", "expertReview.secondRoundSpread",
				"expertReview.roundWorkingDays", "reviewChecklists", "reviewChecklists.sum", "reviewChecklists.weight",
				"reviewChecklists.named", "reviewChecklists.required");
		for (String field : checked) {
			assertThat(texts.getProperty("progedit.refused." + field)).as(name + " refusal of " + field).isNotBlank();
		}
	}

	@Test
	void a_refusal_is_told_apart_by_the_check_the_api_names() {
		assertThat(ProgramRefusals.check("required")).isEqualTo("required");
		assertThat(ProgramRefusals.check("not before applicationOpensOn")).isEqualTo("order");
		assertThat(ProgramRefusals.check("a date, or validityMonths")).isEqualTo("required");
		assertThat(ProgramRefusals.check("no duplicates")).isEqualTo("duplicates");
		assertThat(ProgramRefusals.check("positive amounts")).isEqualTo("positive");
		assertThat(ProgramRefusals.check("between 1 and 120 working days")).isEqualTo("range");
		assertThat(ProgramRefusals.check("inside the application window")).isEqualTo("inside");
		assertThat(ProgramRefusals.check("weights that make 100")).isEqualTo("sum");
	}

	@Test
	void a_list_rows_refusal_is_worded_by_its_column_and_an_expert_setting_by_its_own_name() {
		assertThat(ProgramRefusals.rule("rounds[2].reviewBatchOn")).isEqualTo("rounds.reviewBatchOn");
		assertThat(ProgramRefusals.rule("rounds[0]")).isEqualTo("rounds");
		assertThat(ProgramRefusals.rule("expertReview.passMark")).isEqualTo("expertReview.passMark");
		assertThat(ProgramRefusals.rule("reviewChecklists.TESTING_CERTIFICATION")).isEqualTo("reviewChecklists");
		assertThat(ProgramRefusals.rule("bySize.MICRO")).isEqualTo("bySize");
	}
}
