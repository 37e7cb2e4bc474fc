package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The public visitor and the first sign-in, through real pages in headless Chromium. */
class PublicSiteBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	@Test
	void a_visitor_finds_an_open_program_and_reads_its_rules_with_a_worked_example_from_its_own_rules() {
		World w = world();
		String program = w.program("1000000.00", "name", "山西省科技创新券 2026 " + System.nanoTime(), "cycle",
				"SEMI_ANNUAL");

		browser.open("/");
		assertThat(browser.lang()).isEqualTo("zh-CN");
		assertThat(browser.text()).contains("如何使用创新券", "正在申请的项目", "主要数据");
		browser.fullScreenshot("home");

		browser.follow(By.linkText("查看开放的项目"));
		assertThat(browser.path()).isEqualTo("/programs");
		browser.screenshot("programs");

		browser.open("/programs/" + program);
		assertThat(browser.text()).contains("申请条件", "创新券面额", "资助标准", "办理时限", "申请步骤",
				"小型企业", "检验检测认证", "¥50,000.00", "5 个工作日");
		// the program's own ratio (0.50) and Datong's (0.60), through the program's own schedule
		assertThat(browser.text()).contains("50,000.00 × 100% + 30,000.00 × 0.50 = 65,000.00",
				"50,000.00 × 100% + 30,000.00 × 0.60 = 68,000.00", "可兑付 ¥68,000.00");
		// the calendar of rounds, the current one marked in words
		assertThat(browser.text()).contains("申领轮次", "2026 H1", "2026 H2", "正在受理申领", "尚未开始", "轮次 2026 H1 正在受理申领");
		browser.fullScreenshot("program");
		browser.phone().screenshot("program-360px");
	}

	@Test
	void the_language_switch_turns_every_page_into_english_and_back_and_is_remembered() {
		browser.open("/");
		assertThat(browser.find(By.cssSelector(".site-name")).getText()).endsWith("科技创新券");

		browser.follow(By.linkText("English"));
		assertThat(browser.lang()).isEqualTo("en");
		assertThat(browser.text()).contains("How it works", "Open programs");
		browser.screenshot("home-english");

		browser.follow(By.linkText("Programs"));
		assertThat(browser.path()).isEqualTo("/programs");
		assertThat(browser.heading()).isEqualTo("Innovation voucher programs");

		browser.follow(By.linkText("中文"));
		assertThat(browser.heading()).isEqualTo("创新券项目");
		browser.open("/");
		assertThat(browser.lang()).isEqualTo("zh-CN");
	}

	/** Fills the login form as a person would and sends it. */
	private void signIn(String username, String password) {
		browser.open("/login");
		browser.type("username", username);
		browser.type("password", password);
		browser.screenshot("login");
		browser.follow(By.cssSelector("main button[type=submit]"));
	}

	@Test
	void an_enterprise_signs_in_reaches_its_workspace_and_signs_out() {
		World w = world();
		World.Party enterprise = w.enterprise();

		signIn(enterprise.username(), World.PASSWORD);

		assertThat(browser.path()).isEqualTo("/workspace");
		assertThat(browser.heading()).isEqualTo("你好，" + enterprise.username());
		assertThat(browser.text()).contains("企业", "待办事项");
		browser.screenshot("workspace");

		browser.follow(By.cssSelector("header form button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.find(By.linkText("登录")).isDisplayed()).isTrue();
		browser.open("/workspace");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@Test
	void a_wrong_password_is_shown_beside_the_field_and_in_the_summary_linking_to_it() {
		World w = world();
		World.Party enterprise = w.enterprise();

		signIn(enterprise.username(), "not-the-password");

		assertThat(browser.path()).isEqualTo("/login");
		assertThat(browser.find(By.id("password-error")).getText()).contains("用户名或密码错误。");
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#password");
		assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo(enterprise.username());
		assertThat(browser.find(By.id("password")).getAttribute("aria-describedby")).isEqualTo("password-error");
		browser.screenshot("login-wrong-password");
	}

	@Test
	void an_unknown_page_shows_our_404_in_the_pages_language() {
		browser.open("/no-such-page");
		assertThat(browser.heading()).isEqualTo("找不到该页面");
		assertThat(browser.text()).doesNotContain("Whitelabel", "Exception", "\"status\"");
		browser.screenshot("404");

		browser.open("/no-such-page?lang=en");
		assertThat(browser.heading()).isEqualTo("Page not found");
		browser.phone().screenshot("404-english-360px");
	}

	@Test
	void the_home_page_fits_a_small_phone() {
		browser.phone().open("/");
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isEqualTo(false);
		browser.fullScreenshot("home-360px");
	}
}
