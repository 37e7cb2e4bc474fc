package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The public visitor's reading through real pages in headless Chromium: articles (FAQ, guides, an
 * article with its program), a public notice and an objection to one of its claims, and the open
 * statistics with their downloads; in Chinese, in English and on a small phone.
 */
// three objections an hour from one address, so that the fourth of the objection journey is refused
@TestPropertySource(properties = { "innovoucher.throttle.objections-per-address[0].capacity=3",
		"innovoucher.throttle.objections-per-address[0].period=PT1H" })
class PublicContentBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	private String article(World w, String programId, String kind, String lang, String title, String body) {
		Map<String, Object> text = new java.util.LinkedHashMap<>(
				Api.obj("kind", kind, "lang", lang, "title", title, "body", body, "published", true));
		if (programId != null) {
			text.put("programId", programId);
		}
		Response written = api.post("/api/v1/articles", w.operator, text);
		assertThat(written.status()).as("write %s", written).isEqualTo(201);
		return written.text("id");
	}

	/** An amount of the API ("65000.00") as the pages write it: ¥65,000.00. */
	private static String yuan(JsonNode amount) {
		return "¥" + String.format(java.util.Locale.ROOT, "%,.2f", new java.math.BigDecimal(amount.asText()));
	}

	/**
	 * Sends the objection form from the keyboard, as many do: Enter on its button (a click would aim at
	 * where the button was before a full-page screenshot resized the window).
	 */
	private void sendObjection() {
		browser.andWaitForNextPage(() -> browser.find(By.cssSelector("#objection button[type=submit]"))
			.sendKeys(org.openqa.selenium.Keys.ENTER));
	}

	private boolean overflows() {
		return (Boolean) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
	}

	/** Whether a box of the page scrolls sideways inside itself (a wide table in .table-responsive does). */
	private boolean scrollsSideways(String selector) {
		return (Boolean) ((JavascriptExecutor) browser.driver())
			.executeScript("const e = document.querySelector(arguments[0]); return e.scrollWidth > e.clientWidth", selector);
	}

	@Test
	void a_visitor_reads_a_question_and_a_guide_in_the_pages_language_and_finds_the_program_they_belong_to() {
		World w = world();
		String tag = Long.toString(System.nanoTime());
		String program = w.program("1000000.00", "name", "山西省科技创新券 " + tag);
		String question = "创新券能买什么服务？" + tag;
		article(w, null, "FAQ", "zh-CN", question, "研发设计、**检验检测**、知识产权等服务。");
		String guide = "申请创新券的五个步骤 " + tag;
		String guideId = article(w, program, "GUIDE", "zh-CN", guide, "## 第一步\n\n注册企业账号。");
		String story = "一家小企业用创新券完成了产品检测 " + tag;
		article(w, null, "SUCCESS_CASE", "zh-CN", story, "检测费用的一半由创新券支付。");
		String english = "How to apply, step by step " + tag;
		article(w, program, "GUIDE", "en", english, "1. Register\n2. Apply");

		browser.open("/faq");
		assertThat(browser.heading()).isEqualTo("常见问题");
		browser.click(By.xpath("//summary[normalize-space()='" + question + "']"));
		assertThat(browser.text()).contains("研发设计、检验检测、知识产权等服务。");
		assertThat(browser.find(By.cssSelector("details[open] strong")).getText()).isEqualTo("检验检测");
		browser.screenshot("faq");

		browser.open("/guides");
		assertThat(browser.text()).contains(guide, story).doesNotContain(english);
		browser.fullScreenshot("guides");
		browser.click(By.linkText(guide));
		assertThat(browser.path()).isEqualTo("/articles/" + guideId);
		assertThat(browser.heading()).isEqualTo(guide);
		assertThat(browser.find(By.cssSelector(".article-body h2")).getText()).isEqualTo("第一步");
		assertThat(browser.find(By.cssSelector("article")).getAttribute("lang")).isEqualTo("zh-CN");
		browser.screenshot("article");
		browser.click(By.linkText("山西省科技创新券 " + tag));
		assertThat(browser.path()).isEqualTo("/programs/" + program);
		assertThat(browser.find(By.id("articles")).getText()).contains(guide).doesNotContain(english);

		browser.open("/");
		assertThat(browser.find(By.id("cases-title")).getText()).isEqualTo("成功案例");
		assertThat(browser.text()).contains(story, guide);

		browser.open("/guides?lang=en");
		assertThat(browser.heading()).isEqualTo("Guides and policy interpretations");
		assertThat(browser.text()).contains(english).doesNotContain(guide);
		browser.click(By.linkText(english));
		assertThat(browser.find(By.cssSelector(".article-body ol")).getText()).contains("Register", "Apply");
		assertThat(browser.text()).contains("This article is about the program:");
		browser.screenshot("article-english");
	}

	@Test
	void a_visitor_objects_to_a_noticed_claim_sees_a_blank_field_explained_and_is_thanked() {
		World w = world();
		Scenarios.Deal deal = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = Scenarios.claimUnderReview(deal, "80000.00");
		String notice = Scenarios.noticed(deal, claim);
		JsonNode item = api.get("/api/v1/public/notices/" + notice, null).body().get("items").get(0);

		browser.open("/notices");
		assertThat(browser.heading()).isEqualTo("公示");
		browser.click(By.cssSelector("a[href='/notices/" + notice + "']"));
		assertThat(browser.path()).isEqualTo("/notices/" + notice);
		assertThat(browser.heading()).isEqualTo("公示：太原市");
		String claims = browser.find(By.cssSelector("#claims-title + .table-responsive")).getText();
		assertThat(claims).contains(item.get("enterpriseName").asText(), item.get("institutionName").asText(),
				yuan(item.get("amount")));
		assertThat(browser.text()).contains("可在 2026年3月9日 结束前提出", "2026年3月2日 至 2026年3月9日");
		browser.fullScreenshot("notice");

		sendObjection();
		assertThat(browser.path()).isEqualTo("/notices/" + notice + "/objections");
		assertThat(browser.find(By.id("name-error")).getText()).contains("请填写您的姓名。");
		assertThat(browser.find(By.id("reason-error")).getText()).contains("请说明该申请不应兑付的理由。");
		assertThat(browser.find(By.id("name")).getAttribute("aria-describedby")).isEqualTo("name-error");
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#name");
		browser.fullScreenshot("objection-blank");

		browser.type("name", "张三");
		browser.type("contact", "13800000000");
		browser.type("reason", "该企业未实际接受检测服务。");
		sendObjection();
		assertThat(browser.path()).isEqualTo("/notices/" + notice + "/thanks");
		assertThat(browser.heading()).isEqualTo("谢谢，您的异议已提交");
		browser.screenshot("objection-thanks");

		Response filed = api.get("/api/v1/public-notices/" + notice + "/objections", w.operator);
		assertThat(filed.body()).hasSize(1);
		assertThat(filed.body().get(0).get("redemptionId").asText()).isEqualTo(claim);
		assertThat(filed.body().get(0).get("name").asText()).isEqualTo("张三");
		assertThat(filed.body().get(0).get("reason").asText()).isEqualTo("该企业未实际接受检测服务。");

		// the blank try counted too: a second objection is the third attempt, a third one is refused
		for (int attempt = 3; attempt <= 4; attempt++) {
			browser.open("/notices/" + notice);
			browser.type("name", "李四");
			browser.type("contact", "lisi@example.cn");
			browser.type("reason", "第 " + attempt + " 次提交。");
			sendObjection();
		}
		assertThat(browser.find(By.id("objection-error")).getText()).contains("您所在网络提交的异议过多", "分钟后再提交");
		assertThat(browser.find(By.id("reason")).getAttribute("value")).isEqualTo("第 4 次提交。");
		browser.screenshot("objection-throttled");
		assertThat(api.get("/api/v1/public-notices/" + notice + "/objections", w.operator).body()).hasSize(2);

		browser.open("/notices/" + notice + "?lang=en");
		assertThat(browser.heading()).isEqualTo("Public notice: Taiyuan");
		assertThat(browser.text()).contains("Claims to be paid", "Object to a claim", "2 Mar 2026 to 9 Mar 2026");
		browser.phone();
		assertThat(overflows()).isFalse();
		// each claim a block of its own on a phone, and the claim choices wrap instead of being cut off
		assertThat(scrollsSideways("#claims-title + .table-responsive")).isFalse();
		assertThat(browser.find(By.cssSelector("label[for=redemptionId]")).getText()).contains(
				item.get("enterpriseName").asText(), item.get("institutionName").asText());
		browser.fullScreenshot("notice-english-360px");
	}

	@Test
	void the_statistics_show_a_paid_claim_in_its_city_and_year_and_the_workbook_link_downloads_a_spreadsheet()
			throws IOException, InterruptedException {
		World w = world();
		Scenarios.Deal deal = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = Scenarios.paid(deal, "80000.00");
		JsonNode paid = api.get("/api/v1/redemptions/" + claim, w.finance).body();
		String redeemed = yuan(paid.get("approvedAmount"));

		browser.open("/stats");
		assertThat(browser.heading()).isEqualTo("公开统计");
		new Select(browser.find(By.id("programId"))).selectByValue(deal.programId());
		browser.andWaitForNextPage(() -> browser.click(By.cssSelector(".stats-filter button[type=submit]")));
		assertThat(browser.driver().getCurrentUrl()).contains("programId=" + deal.programId());
		// the program's one city, one year: a voucher of 50,000 issued and the claim paid, in 2026
		String year2026 = browser.find(By.xpath("//h3[normalize-space()='2026 年']/following-sibling::div[1]")).getText();
		assertThat(year2026).contains("太原市 1 ¥50,000.00 1 " + redeemed);
		assertThat(browser.find(By.cssSelector(".bar-chart")).getText()).contains("太原市", "¥50,000.00", redeemed);
		browser.fullScreenshot("stats");

		String xlsx = browser.find(By.id("download-xlsx")).getAttribute("href");
		assertThat(xlsx).contains("format=xlsx", "lang=zh-CN", "programId=" + deal.programId());
		HttpResponse<byte[]> workbook = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(xlsx)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(workbook.statusCode()).isEqualTo(200);
		assertThat(workbook.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		// a workbook is a zip: PK
		assertThat(workbook.body()).startsWith(0x50, 0x4B);

		browser.open("/stats?lang=en&programId=" + deal.programId());
		assertThat(browser.heading()).isEqualTo("Open statistics");
		assertThat(browser.text()).contains("Taiyuan", "Cities by year", "Innovation outputs");
		browser.phone();
		assertThat(overflows()).isFalse();
		browser.screenshot("stats-english-360px");
	}
}
