package org.innovoucher.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

@DisplayName("ProgramRules: in parts in the code, one flat object on the wire and in the database")
class ProgramRulesJsonUnitTest {

	final ObjectMapper json = JsonMapper.builder()
		.findAndAddModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	/** A version as stored before the rules had parts: the flat program body, some fields left out. */
	static final String STORED_FLAT = """
			{"name":"Shanxi 2026","regionCode":"140000","year":2026,"cycle":"SEMI_ANNUAL",
			 "applicationOpensOn":"2026-01-01","applicationClosesOn":"2026-12-31","validUntil":"2026-12-31",
			 "denominations":["50000.00","100000.00"],"excessRatio":"0.50","excessRatioByRegion":{"140200":"0.60"},
			 "annualCapPerEnterprise":"200000.00","serviceCategories":["TESTING_CERTIFICATION"],
			 "acceptedInstitutionRegions":["140000"],"noticeWorkingDays":7,"banYearsOnFraud":5}""";

	@Test
	void a_flat_stored_version_reads_into_the_parts() throws Exception {
		ProgramRules rules = json.readValue(STORED_FLAT, ProgramRules.class);
		assertThat(rules.window().cycle()).isEqualTo(Cycle.SEMI_ANNUAL);
		assertThat(rules.schedule().denominations()).containsExactly(Money.of(50000), Money.of(100000));
		assertThat(rules.deadlines().noticeWorkingDays()).isEqualTo(7);
		assertThat(rules.deadlines().confirmWorkingDays()).isNull();
		assertThat(rules.sanctions().banYearsOnFraud()).isEqualTo(5);
		assertThat(rules.eligible().acceptedInstitutionRegions()).containsExactly("140000");
		// a field left out takes its part's default
		assertThat(rules.withDefaults().deadlines().confirmWorkingDays())
			.isEqualTo(ProgramRules.Deadlines.CONFIRM_WORKING_DAYS);
	}

	@Test
	void the_rules_are_written_flat_as_the_program_body_and_read_back_equal() throws Exception {
		ProgramRules rules = ProgramFixtures.shanxiRules().withDefaults();
		JsonNode written = json.valueToTree(rules);
		assertThat(written.has("window")).isFalse();
		assertThat(written.has("deadlines")).isFalse();
		assertThat(written.get("noticeWorkingDays").asInt()).isEqualTo(rules.deadlines().noticeWorkingDays());
		assertThat(written.get("annualCapPerEnterprise").asText())
			.isEqualTo(rules.schedule().annualCapPerEnterprise().toString());
		assertThat(written.get("cycle").asText()).isEqualTo("ANNUAL");
		List<String> keys = new java.util.ArrayList<>();
		written.fieldNames().forEachRemaining(keys::add);
		assertThat(keys).doesNotHaveDuplicates().contains("name", "regionCode", "year", "applicationOpensOn",
				"denominations", "serviceCategories", "reviewWorkingDays", "banYearsOnFraud", "preRedemptionCleanYears");
		assertThat(json.readValue(json.writeValueAsString(rules), ProgramRules.class)).isEqualTo(rules);
	}

	@Test
	void every_default_is_named_in_its_part() {
		ProgramRules rules = new ProgramRules("p", "140000", 2026, null, null, null, null, null, null)
			.withDefaults();
		assertThat(rules.window().cycle()).isEqualTo(ProgramRules.Window.CYCLE);
		assertThat(rules.schedule().excessRatio()).isEqualTo(ProgramRules.Schedule.EXCESS_RATIO);
		assertThat(rules.deadlines().noticeWorkingDays()).isEqualTo(ProgramRules.Deadlines.NOTICE_WORKING_DAYS);
		assertThat(rules.sanctions().banYearsOnFraud()).isEqualTo(ProgramRules.Sanctions.BAN_YEARS_ON_FRAUD);
		assertThat(rules.payment().paymentReleaseThreshold()).isEqualTo(ProgramRules.Payment.PAYMENT_RELEASE_THRESHOLD);
		assertThat(rules.eligible().maxVouchersPerEnterprise())
			.isEqualTo(ProgramRules.Eligible.MAX_VOUCHERS_PER_ENTERPRISE);
		assertThat(rules.eligible().acceptedInstitutionRegions()).containsExactly("140000");
		assertThat(rules.redeem().payee()).isEqualTo(ProgramRules.Redeem.PAYEE);
		assertThat(rules.redeem().confirmation()).isEqualTo(ProgramRules.Redeem.CONFIRMATION);
		assertThat(rules.review().expertReview().panelSize()).isEqualTo(ExpertReview.PANEL_SIZE);
		assertThat(rules.review().expertReview().claims()).isFalse();
		assertThat(rules.review().checklistFor(org.innovoucher.shared.ServiceCategory.CONSULTING))
			.isEqualTo(ProgramRules.Review.CHECKLIST);
	}

	@Test
	void the_rules_added_for_the_seed_schemes_read_as_api_md_writes_them() throws Exception {
		String body = STORED_FLAT.substring(0, STORED_FLAT.length() - 1) + """
				,"payee":"INSTITUTION","confirmation":"SEALED_LETTER",
				 "rounds":[{"name":"2026 H1","applicationOpensOn":"2026-01-01","applicationClosesOn":"2026-06-30","reviewBatchOn":"2026-07-15"}],
				 "expertReview":{"applications":false,"claims":true,"panelSize":3,"passMark":"60.00","secondRoundSpread":"20.00","roundWorkingDays":5},
				 "reviewChecklists":{"TESTING_CERTIFICATION":[{"criterion":"Report matches the contract","weight":40},{"criterion":"Results are verifiable","weight":60}]}}""";
		ProgramRules rules = json.readValue(body, ProgramRules.class).withDefaults();
		assertThat(rules.redeem().paysInstitution()).isTrue();
		assertThat(rules.redeem().bySealedLetter()).isTrue();
		assertThat(rules.window().allRounds()).extracting(Round::name).containsExactly("2026 H1");
		assertThat(rules.review().expertReview().claims()).isTrue();
		assertThat(rules.review().expertReview().passMark()).isEqualByComparingTo("60");
		assertThat(rules.review().checklistFor(org.innovoucher.shared.ServiceCategory.TESTING_CERTIFICATION))
			.extracting(ReviewCriterion::weight).containsExactly(40, 60);
		JsonNode written = json.valueToTree(rules);
		assertThat(written.get("payee").asText()).isEqualTo("INSTITUTION");
		assertThat(written.get("expertReview").get("panelSize").asInt()).isEqualTo(3);
		assertThat(json.readValue(json.writeValueAsString(rules), ProgramRules.class)).isEqualTo(rules);
	}
}
