package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The expert's journey in headless Chromium: the assignment on the to-do list, the file with its
 * evidence, a score refused beside its field and then given, round two with the other member's
 * scores without a name; then the reviewer reads the panel's result on the claim's file page.
 */
class ExpertBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	private String expert(World w, String username, String name) {
		assertThat(api.post("/api/v1/experts", w.operator, Api.obj("username", username, "password", World.PASSWORD,
				"email", username + "@experts.example.cn", "name", name, "fields", List.of("CONSULTING"), "regionCode",
				World.TAIYUAN)).status()).isEqualTo(201);
		return World.login(api, username, World.PASSWORD);
	}

	private static Map<String, Object> scores(String each) {
		return Api.obj("scores", Map.of("The results match what the contract promised", each,
				"The evidence is complete and verifiable", each, "The service advanced the enterprise's innovation", each),
				"comment", "另一位专家的意见");
	}

	@Test
	void an_expert_scores_a_claim_in_two_rounds_and_the_reviewer_reads_the_result_on_the_file_page() {
		World w = world();
		String program = w.program("1000000.00", "expertReview", Map.of("claims", true, "panelSize", 2));
		World.Party enterprise = w.enterprise();
		World.Party institution = w.institution(World.TAIYUAN, List.of("CONSULTING"));
		String expert = TestData.username("zj");
		expert(w, expert, "周专家");
		String other = expert(w, TestData.username("zj"), "吴专家");
		String voucher = w.voucher(enterprise, program, "50000.00");
		Api.Response proposed = api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId",
				institution.id(), "voucherId", voucher, "title", "专利布局咨询", "category", "CONSULTING", "amount",
				"30000.00", "signedOn", "2026-03-02"));
		assertThat(api.post("/api/v1/contracts/" + proposed.text("id") + "/acceptance", institution.token(),
				Api.obj("accept", true)).status()).isEqualTo(200);
		String claim = w.submittedClaim(enterprise, proposed.text("id"), "30000.00");
		assertThat(w.confirm(institution, claim).status()).isEqualTo(200);
		String panel = api.get("/api/v1/reviews?subjectType=REDEMPTION&subjectId=" + claim, w.reviewer).text("id");

		browser.signIn(expert, World.PASSWORD);
		browser.open("/workspace?lang=en");
		assertThat(browser.text()).contains("Score the file: 专利布局咨询", "Your assignments");
		browser.fullScreenshot("workspace");
		browser.open("/workspace/assignments");
		assertThat(browser.text()).contains("专利布局咨询", "Redemption claim", "Round 1", "working day(s) left");
		browser.fullScreenshot("assignments");
		browser.follow(By.cssSelector("a[href='/workspace/assignments/" + panel + "']"));
		assertThat(browser.heading()).isEqualTo("Review: 专利布局咨询");
		assertThat(browser.text()).contains("result_report.pdf", "Weight 40", "Decline the seat");

		browser.type("score0", "very good");
		browser.type("score1", "80");
		browser.type("score2", "120");
		browser.follow(By.cssSelector("#score button[type=submit]"));
		assertThat(browser.find(By.id("score0-error")).getText()).contains("Enter a number from 0 to 100");
		browser.fullScreenshot("refused");
		browser.type("score0", "90");
		browser.type("score1", "90");
		browser.type("score2", "90");
		browser.type("comment", "成果与合同一致，材料完整。");
		browser.follow(By.cssSelector("#score button[type=submit]"));
		assertThat(browser.text()).contains("Your scores are recorded and sealed.", "Round 1: total 90.00");

		assertThat(api.post("/api/v1/reviews/" + panel + "/scores", other, scores("40")).text("status")).isEqualTo("ROUND_2");
		browser.open("/workspace/assignments/" + panel);
		assertThat(browser.text()).contains("Member A: total 40.00", "另一位专家的意见", "Your scores for round 2")
			.doesNotContain("吴专家");
		browser.fullScreenshot("round-two");
		browser.type("score0", "70");
		browser.type("score1", "70");
		browser.type("score2", "70");
		browser.follow(By.cssSelector("#score button[type=submit]"));
		assertThat(api.post("/api/v1/reviews/" + panel + "/scores", other, scores("60")).text("status")).isEqualTo("DONE");
		browser.open("/workspace/expert-profile");
		browser.type("uscc", "123");
		browser.type("reason", "曾任该企业顾问");
		browser.follow(By.cssSelector("#conflicts button[type=submit]"));
		assertThat(browser.find(By.id("uscc-error")).getText()).contains("18-character");
		browser.fullScreenshot("conflict-refused");

		browser.driver().manage().deleteAllCookies();
		String reviewer = TestData.username("rv");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", reviewer, "password", World.PASSWORD,
				"email", reviewer + "@gov.example.cn", "roles", List.of("BUREAU_REVIEWER"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		browser.signIn(reviewer, World.PASSWORD);
		browser.open("/workspace/review/claims/" + claim + "?lang=en");
		assertThat(browser.text()).contains("The expert panel's advice", "Trimmed mean", "65.00", "Passed", "周专家",
				"成果与合同一致，材料完整。");
		browser.inView(By.id("panel"));
		browser.screenshot("reviewer-file");

		browser.driver().manage().deleteAllCookies();
		String operator = TestData.username("op");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", operator, "password", World.PASSWORD,
				"email", operator + "@gov.example.cn", "roles", List.of("OPERATOR"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		browser.signIn(operator, World.PASSWORD);
		browser.open("/workspace/experts?lang=en&field=CONSULTING");
		assertThat(browser.heading()).isEqualTo("Expert pool");
		assertThat(browser.text()).contains("周专家", "Workload and timeliness", "Register an expert");
		assertThat(browser.find(By.id("regionCode")).getAttribute("value")).isEqualTo(World.TAIYUAN);
		browser.follow(By.cssSelector("#register button[type=submit]"));
		assertThat(browser.find(By.id("name-error")).getText()).contains("Enter the expert's name");
		browser.fullScreenshot("pool");
	}
}
