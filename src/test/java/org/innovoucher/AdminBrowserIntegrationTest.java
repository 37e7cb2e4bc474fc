package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The policy administrator's and the system administrator's journeys in headless Chromium: a program
 * created, published, a rule refused and then accepted, its versions compared and a budget added; an
 * account created and disabled, and a holiday entered in the calendar.
 */
class AdminBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	private World w;

	@BeforeEach
	void start() {
		browser.port(port);
		w = world();
	}

	private String staff(String role) {
		String username = TestData.username(role.substring(0, 2).toLowerCase());
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", username + "@gov.example.cn", "roles", List.of(role), "regionCode", World.PROVINCE)).status())
			.isEqualTo(201);
		return username;
	}

	/** Sets a date input as a date picker does (typing into one depends on the browser's locale). */
	private void date(String id, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find(By.id(id)), isoDate);
	}

	private void submit() {
		browser.follow(By.cssSelector("main form[method=post] button[type=submit].btn-lg, main form[method=post] button[type=submit].btn-primary"));
	}

	@Test
	void a_policy_administrator_creates_publishes_amends_compares_and_budgets_a_program() {
		browser.signIn(staff("POLICY_ADMIN"), World.PASSWORD);
		browser.open("/workspace?lang=en");
		browser.follow(By.cssSelector(".workspace-menu a[href='/workspace/programs']"));
		browser.follow(By.linkText("Create a program"));
		String name = "Browser program " + TestData.username("b");
		browser.type("name", name);
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.PROVINCE);
		date("applicationOpensOn", "2026-01-01");
		date("applicationClosesOn", "2026-12-31");
		date("validUntil", "2026-12-31");
		browser.type("denominations", "50000.00\n100000.00");
		browser.type("excessRatio", "0.50");
		browser.type("annualCapPerEnterprise", "200000.00");
		browser.inView(By.id("serviceCategories-TESTING_CERTIFICATION")).click();
		browser.type("rounds[0].name", "2026 H1");
		date("rounds[0].applicationOpensOn", "2026-01-01");
		date("rounds[0].applicationClosesOn", "2026-06-30");
		date("rounds[0].reviewBatchOn", "2026-07-15");
		browser.inView(By.id("expertReview.files-claims")).click();
		browser.inView(By.id("rounds"));
		browser.screenshot("editor-rounds");
		browser.inView(By.id("expertReview.files"));
		browser.screenshot("editor-experts");
		submit();
		assertThat(browser.text()).contains("The program is created as a draft", name);

		browser.follow(By.linkText("Publish"));
		assertThat(browser.heading()).isEqualTo("Publish " + name + "?");
		browser.screenshot("publish-question");
		submit();
		assertThat(browser.text()).contains("The program is published", "Open for applications");

		browser.type("noticeWorkingDays", "0");
		browser.type("annualCapPerEnterprise", "300000.00");
		submit();
		assertThat(browser.find(By.id("noticeWorkingDays-error")).getText()).contains("Enter between 1 and 120 working days.");
		assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("Enter between 1 and 120 working days.");
		browser.fullScreenshot("rule-refused");
		browser.type("noticeWorkingDays", "7");
		submit();
		assertThat(browser.text()).contains("The rules are saved as version 2");

		browser.follow(By.linkText("Versions compared"));
		assertThat(browser.text()).contains("2 rules changed from version 1 to version 2",
				"¥200,000.00 became ¥300,000.00", "5 working days became 7 working days");
		browser.fullScreenshot("versions");

		browser.follow(By.linkText("Budgets"));
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.TAIYUAN);
		browser.type("amount", "2,000,000.00");
		submit();
		assertThat(browser.text()).contains("The budget of Taiyuan is set to ¥2,000,000.00", "Available", "¥2,000,000.00");
		assertThat(browser.find(By.cssSelector("svg.budget-bar rect.bar-available")).getAttribute("width")).isEqualTo("100.00");
		browser.fullScreenshot("budgets");

		// the figures a policy admin plans next year's budgets from, in the browser's default language
		browser.open("/workspace/statistics?lang=zh-CN");
		assertThat(browser.heading()).isEqualTo("统计分析");
		assertThat(browser.driver().findElements(By.cssSelector("svg[role=img]"))).isNotEmpty();
		browser.fullScreenshot("statistics");
		browser.phone().open("/workspace/statistics");
		assertThat(browser.overflows()).as("the page fits a phone's width").isFalse();
		browser.fullScreenshot("statistics-360px");
	}

	@Test
	void a_system_administrator_creates_and_disables_an_account_and_enters_a_holiday() {
		browser.signIn(staff("SYSTEM_ADMIN"), World.PASSWORD);
		browser.open("/workspace?lang=en");
		browser.follow(By.cssSelector(".workspace-menu a[href='/workspace/users']"));
		browser.follow(By.linkText("Create an account"));
		String username = TestData.username("op");
		browser.type("username", username);
		browser.type("email", username + "@gov.example.cn");
		browser.type("password", "first-pass-1");
		browser.inView(By.id("role-OPERATOR")).click();
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.TAIYUAN);
		browser.screenshot("new-account");
		submit();
		assertThat(browser.heading()).isEqualTo(username);
		assertThat(browser.text()).contains("The account is created", "Operator", "Taiyuan", "Active");

		browser.follow(By.id("disable"));
		assertThat(browser.text()).contains("The account is disabled", "Enable this account");
		browser.fullScreenshot("account-disabled");

		browser.follow(By.cssSelector(".workspace-menu a[href='/workspace/calendar']"));
		browser.open("/workspace/calendar?year=2032");
		date("day", "2032-10-01");
		browser.inView(By.id("kind-HOLIDAY")).click();
		browser.follow(By.cssSelector("form.calendar-form button[type=submit]"));
		assertThat(browser.text()).contains("1 Oct 2032 is now a public holiday");
		assertThat(browser.find(By.cssSelector("td.day-HOLIDAY abbr")).getAttribute("title")).isEqualTo("Public holiday");
		browser.fullScreenshot("calendar");
		browser.phone();
		assertThat(browser.overflows()).as("the calendar fits a phone").isFalse();
		browser.screenshot("calendar-phone");
		browser.desktop();
	}
}
