package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An enterprise applies for a voucher through real pages in headless Chromium, in Chinese as its
 * browser asks: the program, the value its size may have, the purpose and services, the
 * check-your-answers page, the submitted application; the bureau approves (over the API until its
 * own pages exist) and the wallet shows the voucher, on a desktop and on a 360 px phone.
 */
class EnterpriseSelfServiceBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	private void signIn(String username) {
		browser.signIn(username, World.PASSWORD);
		assertThat(browser.path()).isEqualTo("/workspace");
	}

	/** Goes on to the form's next page (or back to this one with what is missing), as a person does. */
	private void next() {
		browser.follow(By.cssSelector("main form button[type=submit]"));
	}

	@Test
	void an_enterprise_applies_checks_its_answers_is_approved_and_finds_the_voucher_in_its_wallet() {
		World w = world();
		String program = w.program("1000000.00", "denominationsBySizeClass",
				Map.of("SMALL", List.of("50000.00"), "MEDIUM", List.of("100000.00")));
		World.Party enterprise = w.enterprise(World.XIAODIAN, "SMALL");

		signIn(enterprise.username());
		assertThat(browser.find(By.cssSelector("nav.workspace-menu")).getText()).contains("申领创新券", "我的申领",
				"我的创新券", "代理机构", "消息");
		browser.screenshot("workspace");

		browser.follow(By.linkText("申领创新券"));
		assertThat(browser.path()).isEqualTo("/workspace/applications/new");
		assertThat(browser.heading()).isEqualTo("您申领哪个项目的创新券？");
		// continuing without a choice is explained beside the question
		if (browser.driver().findElements(By.cssSelector("input[name=programId]:checked")).isEmpty()) {
			next();
			assertThat(browser.find(By.id("programId-error")).getText()).contains("请选择要申领的项目");
			browser.screenshot("program-not-chosen");
		}
		browser.inView(By.cssSelector("input[name=programId][value='" + program + "']")).click();
		browser.screenshot("program");
		next();

		assertThat(browser.path()).isEqualTo("/workspace/applications/new/amount");
		assertThat(browser.find(By.id("denomination")).getText()).contains("¥50,000.00").doesNotContain("¥100,000.00");
		browser.screenshot("amount");
		next();

		assertThat(browser.path()).isEqualTo("/workspace/applications/new/purpose");
		next();
		assertThat(browser.find(By.id("purpose-error")).getText()).contains("请说明创新券的用途");
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#purpose");
		browser.screenshot("purpose-missing");
		browser.type("purpose", "对新型传感器做电磁兼容检测，取得 CMA 检测报告。");
		browser.inView(By.id("category-TESTING_CERTIFICATION")).click();
		next();

		assertThat(browser.path()).isEqualTo("/workspace/applications/new/check");
		assertThat(browser.heading()).isEqualTo("提交前请核对您的申领信息");
		assertThat(browser.find(By.cssSelector("dl.check-answers")).getText()).contains("企业 " + enterprise.username(),
				"¥50,000.00", "电磁兼容检测", "检验检测认证");
		browser.fullScreenshot("check-answers");
		browser.phone();
		browser.fullScreenshot("check-answers-phone");
		browser.desktop();
		next();

		assertThat(browser.path()).startsWith("/workspace/applications/").doesNotEndWith("/check");
		String applicationId = browser.path().substring("/workspace/applications/".length());
		assertThat(browser.find(By.cssSelector(".confirmation-panel")).getText()).contains("您的申领已提交",
				"2026年3月16日");
		assertThat(browser.text()).contains("已提交，待审核", "剩 10 个工作日");
		browser.fullScreenshot("submitted");

		assertThat(api.post("/api/v1/voucher-applications/" + applicationId + "/decision", w.reviewer,
				Api.obj("decision", "APPROVE", "reason", "材料齐全")).status()).isEqualTo(200);
		browser.open("/workspace/applications/" + applicationId);
		assertThat(browser.text()).contains("已批准");
		browser.follow(By.linkText("在“我的创新券”中查看"));

		assertThat(browser.path()).isEqualTo("/workspace/vouchers");
		WebElement voucher = browser.find(By.cssSelector(".voucher-card"));
		assertThat(voucher.getText()).contains("¥50,000.00", "2026年12月31日", "检验检测认证", "研究开发", "山西省");
		assertThat(voucher.findElement(By.cssSelector(".serial")).getText()).isNotBlank();
		browser.fullScreenshot("wallet");
		browser.phone().open("/workspace/vouchers");
		browser.fullScreenshot("wallet-phone");

		// the bureau's decision and the voucher arrive as messages, in Chinese, newest first
		browser.desktop();
		browser.open("/workspace/messages");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
			d.navigate().refresh();
			return d.findElements(By.cssSelector(".message-unread")).size() >= 2;
		});
		assertThat(browser.text()).contains("您的创新券申领已获批准");
		browser.fullScreenshot("messages");
		browser.open("/workspace/agencies");
		browser.fullScreenshot("agencies");
	}
}
