package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The operator's day in headless Chromium, in Chinese: from the to-do list to an institution
 * recognised after the question, a public notice opened from an approved claim, previewed and
 * published, and an article written with its preview before it is saved and published.
 */
class OperatorBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	private World w;
	private String operator;

	@BeforeEach
	void start() {
		browser.port(port);
		w = world();
		operator = TestData.username("operator");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", operator, "password", World.PASSWORD,
				"email", operator + "@gov.example.cn", "roles", List.of("OPERATOR"), "regionCode", World.PROVINCE))
			.status()).isEqualTo(201);
	}

	@Test
	void an_operator_recognises_an_institution_publishes_a_notice_of_approved_claims_and_writes_an_article() {
		World.Party lab = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION", "CONSULTING"));
		Scenarios.Deal deal = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = Scenarios.claimUnderReview(deal, "80000.00");
		assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
		String labName = "检测中心 " + lab.username();

		browser.signIn(operator, World.PASSWORD);
		assertThat(browser.path()).isEqualTo("/workspace");
		assertThat(browser.text()).contains("家服务机构等待您作出认定决定", "服务机构认定", "公示", "门户文章");
		browser.fullScreenshot("workspace");

		browser.follow(By.partialLinkText("等待您作出认定决定"));
		assertThat(browser.path()).isEqualTo("/workspace/recognitions");
		assertThat(browser.text()).contains(labName);
		// by its address: the queue is oldest first and other tests' institutions may come before it
		browser.open("/workspace/recognitions/" + lab.id());
		assertThat(browser.heading()).isEqualTo(labName);
		assertThat(browser.text()).contains("待认定", "检验检测认证", "科技咨询", "CMA", "CNAS");
		browser.follow(By.cssSelector("main form.decision-form button[type=submit]"));
		assertThat(browser.find(By.id("next-error")).getText()).contains("请选择一项决定");
		browser.inView(By.id("next")).click();
		browser.type("reason", "CMA、CNAS 资质齐全");
		browser.fullScreenshot("recognition");
		browser.follow(By.cssSelector("main form.decision-form button[type=submit]"));
		assertThat(browser.heading()).isEqualTo("认定“" + labName + "”？");
		browser.fullScreenshot("recognition-question");
		browser.follow(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text()).contains("“" + labName + "”已认定。");

		browser.open("/workspace/notices");
		browser.follow(By.partialLinkText("从审核通过的申请发起公示"));
		new Select(browser.find(By.id("region"))).selectByValue(World.TAIYUAN);
		browser.follow(By.cssSelector("form.region-choice button[type=submit]"));
		browser.inView(By.cssSelector("input[value='" + claim + "']")).click();
		browser.fullScreenshot("notice-claims");
		browser.follow(By.xpath("//button[contains(., '预览公示')]"));
		assertThat(browser.heading()).isEqualTo("发布前请核对公示内容");
		assertThat(browser.text()).contains("企业 " + deal.enterprise().username(), "¥65,000.00", "2026年3月9日");
		browser.fullScreenshot("notice-preview");
		browser.follow(By.xpath("//button[contains(., '发布公示')]"));
		assertThat(browser.text()).contains("公示已发布", "公示中", "尚无人对本公示的申请提出异议");
		browser.fullScreenshot("notice-published");

		browser.open("/workspace/articles");
		browser.follow(By.partialLinkText("撰写文章"));
		browser.inView(By.id("language")).click();
		new Select(browser.find(By.id("kind"))).selectByValue("GUIDE");
		browser.type("title", "创新券申请指南");
		browser.type("body", "## 谁可以申请\n\n在山西注册的**科技型中小企业**。\n\n- 登记企业\n- 提交申请");
		browser.follow(By.xpath("//button[@value='preview']"));
		assertThat(browser.find(By.cssSelector("#article-preview .article-body h2")).getText()).isEqualTo("谁可以申请");
		assertThat(browser.find(By.cssSelector("#article-preview .article-body strong")).getText()).isEqualTo("科技型中小企业");
		assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("创新券申请指南");
		browser.fullScreenshot("article-preview");
		browser.inView(By.id("published")).click();
		browser.follow(By.xpath("//button[@value='save']"));
		assertThat(browser.text()).contains("“创新券申请指南”已保存。", "已发布");
		browser.fullScreenshot("articles");
		browser.follow(By.partialLinkText("公开页面"));
		assertThat(browser.heading()).isEqualTo("创新券申请指南");
	}
}
