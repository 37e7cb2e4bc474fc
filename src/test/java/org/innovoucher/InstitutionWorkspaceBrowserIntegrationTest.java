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
import org.openqa.selenium.support.ui.Select;

/**
 * The institution's journey through its workspace in headless Chromium, in Chinese as most of its
 * people read it: the to-do that leads to its recognition, the wait, the recognition, then its
 * catalog filled, a refused price put right, an item changed and one withdrawn after the question.
 */
class InstitutionWorkspaceBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	private World w;
	private String tag;

	@BeforeEach
	void start() {
		browser.port(port);
		w = world();
		tag = "标记" + TestData.username("b").replace("-", "");
	}

	private void signIn(String username) {
		browser.open("/login");
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		submitAndWait(browser.find(By.cssSelector("main button[type=submit]")));
	}

	/** Clicks what leads to another page and waits for that page: a slow machine answers late. */
	private void submitAndWait(org.openqa.selenium.WebElement element) {
		browser.andWaitForNextPage(element::click);
	}

	/** Clicks as a person would, after scrolling the element into the middle of the window. */
	private void follow(By by) {
		org.openqa.selenium.WebElement element = browser.find(by);
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				element);
		submitAndWait(element);
	}

	/** A screenshot at 360 px wide, then the window as wide as before. */
	private void phoneScreenshot(String page) {
		org.openqa.selenium.Dimension before = browser.driver().manage().window().getSize();
		browser.phone().fullScreenshot(page);
		browser.driver().manage().window().setSize(before);
	}

	private void fill(String title, String category, String price) {
		browser.type("title", title);
		new Select(browser.find(By.id("category"))).selectByVisibleText(category);
		browser.type("description", "按 GB/T 17626 进行电磁兼容抗扰度检测，出具带 CMA 标志的检测报告。");
		browser.type("price", price);
		browser.type("priceUnit", "次");
		browser.type("leadTimeDays", "7");
		browser.type("standards", "GB/T 17626.2-2018");
	}

	@Test
	void an_institution_waits_for_recognition_then_fills_changes_and_prunes_its_catalog() {
		World.Party lab = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION", "CONSULTING"));
		signIn(lab.username());
		assertThat(browser.path()).isEqualTo("/workspace");
		assertThat(browser.text()).contains("正在等待认定：查看接下来会怎样", "在服务目录中添加第一项服务");
		browser.fullScreenshot("workspace-pending");

		follow(By.partialLinkText("正在等待认定"));
		assertThat(browser.path()).isEqualTo("/workspace/institution");
		assertThat(browser.text()).contains("待认定", "规则未规定办理期限", "检验检测认证", "科技咨询", "尚未提供任何服务");
		browser.fullScreenshot("status-pending");

		Api.Response recognised = api.post("/api/v1/institutions/" + lab.id() + "/recognition", w.operator,
				Api.obj("decision", "APPROVE", "reason", "资质齐全"));
		assertThat(recognised.status()).isEqualTo(200);
		browser.open("/workspace/institution");
		assertThat(browser.find(By.cssSelector(".recognition-status .status")).getText()).isEqualTo("已认定");
		assertThat(browser.text()).contains("资质齐全", "企业可以在服务目录中找到您的服务");
		phoneScreenshot("status-recognised-phone");

		follow(By.linkText("本机构的服务目录"));
		assertThat(browser.text()).contains("您的服务目录还是空的");
		follow(By.linkText("添加服务"));
		assertThat(browser.heading()).isEqualTo("添加服务");
		fill("电磁兼容检测 " + tag, "检验检测认证", "八千元");
		follow(By.cssSelector("main button[type=submit]"));
		assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("请按元填写价格");
		assertThat(browser.find(By.id("price-error")).getText()).contains("请按元填写价格");
		// what was typed stays, the refused price too, so it can be put right
		assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("电磁兼容检测 " + tag);
		assertThat(browser.find(By.id("price")).getAttribute("value")).isEqualTo("八千元");
		browser.fullScreenshot("add-refused-price");

		browser.type("price", "8000");
		follow(By.cssSelector("main button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/workspace/catalog");
		assertThat(browser.text()).contains("“电磁兼容检测 " + tag + "”已加入服务目录", "在售", "¥8,000.00", "7 天");
		browser.fullScreenshot("catalog-added");
		phoneScreenshot("catalog-added-phone");

		follow(By.partialLinkText("修改"));
		assertThat(browser.heading()).isEqualTo("修改服务");
		browser.type("price", "7500.00");
		browser.fullScreenshot("edit");
		follow(By.cssSelector("main button[type=submit]"));
		assertThat(browser.text()).contains("修改已保存", "¥7,500.00");

		follow(By.partialLinkText("下架"));
		assertThat(browser.heading()).isEqualTo("下架“电磁兼容检测 " + tag + "”？");
		browser.fullScreenshot("withdraw-question");
		follow(By.cssSelector("main button[type=submit]"));
		assertThat(browser.text()).contains("已下架", "企业已看不到这项服务", "在售 0 项，共 1 项");
		browser.fullScreenshot("catalog-withdrawn");
	}
}
