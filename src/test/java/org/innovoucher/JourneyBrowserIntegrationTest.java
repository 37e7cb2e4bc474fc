package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole story through real pages: an institution and an enterprise register in the browser; the
 * institution, once recognised, puts a service in its catalog; the enterprise applies for a voucher,
 * finds the service by searching, proposes a contract, which the institution accepts; the enterprise
 * files its claim in steps with real files and the institution confirms it. The government's steps
 * (recognition, the application's approval, the review, the public notice and the payment) go
 * through the API until their workspaces exist; at the end the enterprise sees its claim paid.
 */
class JourneyBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	private World w;

	@BeforeEach
	void world_and_browser() {
		browser.port(port);
		w = world();
	}

	@Test
	void an_institution_and_an_enterprise_register_contract_and_claim_in_the_portal_until_the_claim_is_paid()
			throws Exception {
		String program = w.program("1000000.00", "excessRatio", "0.60", "denominationsBySizeClass",
				Map.of("SMALL", List.of("50000.00"), "MEDIUM", List.of("100000.00")));
		String tag = "旅程" + TestData.username("j").replace("-", "");

		// the institution registers, is recognised, and offers its service
		String lab = TestData.username("lab");
		browser.open("/register/institution");
		browser.type("uscc", TestData.uscc(World.TAIYUAN));
		browser.type("name", "晋阳检测研究院 " + lab);
		continueOn();
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.TAIYUAN);
		continueOn();
		new Select(browser.find(By.id("type"))).selectByValue("TESTING_CERTIFICATION");
		inView(By.id("categories-TESTING_CERTIFICATION")).click();
		continueOn();
		browser.type("qualifications", "CMA 2024-0001");
		continueOn();
		continueOn();
		fillAccount(lab);
		continueOn();
		assertThat(browser.heading()).isEqualTo("申请认定前请核对您的信息");
		continueOn();
		assertThat(browser.path()).isEqualTo("/register/institution/done");
		assertThat(browser.heading()).isEqualTo("已收到您的注册");
		browser.screenshot("institution-registered");

		String institutionId = api.get("/api/v1/institutions?q=" + enc(lab), w.operator).body().at("/items/0/id").asText();
		assertThat(api.post("/api/v1/institutions/" + institutionId + "/recognition", w.operator,
				Api.obj("decision", "APPROVE", "reason", "资质齐全")).status()).isEqualTo(200);

		signIn(lab);
		follow(By.linkText("本机构的服务目录"));
		follow(By.linkText("添加服务"));
		browser.type("title", "电磁兼容检测 " + tag);
		new Select(browser.find(By.id("category"))).selectByValue("TESTING_CERTIFICATION");
		browser.type("description", "按 GB/T 17626 进行电磁兼容抗扰度检测，出具带 CMA 标志的检测报告。");
		browser.type("price", "8000");
		browser.type("priceUnit", "次");
		browser.type("leadTimeDays", "7");
		follow(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text()).contains("已加入服务目录", "¥8,000.00");
		browser.fullScreenshot("institution-catalog");
		signOut();

		// the enterprise registers and applies
		String firm = TestData.username("ent");
		browser.open("/register/enterprise");
		browser.type("uscc", TestData.uscc(World.XIAODIAN));
		browser.type("name", "太原精密光学 " + firm);
		browser.type("legalRepresentative", "王立");
		browser.type("industry", "光学仪器制造");
		continueOn();
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.XIAODIAN);
		continueOn();
		inView(By.id("sizeClass-SMALL")).click();
		continueOn();
		continueOn();
		fillAccount(firm);
		browser.type("contactPhone", "0351 1234567");
		continueOn();
		assertThat(browser.heading()).isEqualTo("注册前请核对您的信息");
		browser.fullScreenshot("enterprise-check");
		continueOn();
		assertThat(browser.path()).isEqualTo("/register/enterprise/done");
		browser.screenshot("enterprise-registered");

		signIn(firm);
		browser.fullScreenshot("enterprise-workspace");
		follow(By.linkText("申领创新券"));
		inView(By.cssSelector("input[name=programId][value='" + program + "']")).click();
		next();
		assertThat(browser.find(By.id("denomination")).getText()).contains("¥50,000.00").doesNotContain("¥100,000.00");
		next();
		browser.type("purpose", "对新型光学传感器做电磁兼容检测，取得 CMA 检测报告。");
		inView(By.id("category-TESTING_CERTIFICATION")).click();
		next();
		assertThat(browser.heading()).isEqualTo("提交前请核对您的申领信息");
		next();
		String application = browser.path().substring("/workspace/applications/".length());
		assertThat(browser.text()).contains("已提交，待审核");

		assertThat(api.post("/api/v1/voucher-applications/" + application + "/decision", w.reviewer,
				Api.obj("decision", "APPROVE", "reason", "材料齐全")).status()).isEqualTo(200);
		browser.open("/workspace/vouchers");
		assertThat(browser.find(By.cssSelector(".voucher-card")).getText()).contains("¥50,000.00");
		browser.fullScreenshot("enterprise-wallet");

		// it finds the institution's service by searching, and proposes a contract
		browser.open("/services?q=" + enc("检测 " + tag) + "&category=TESTING_CERTIFICATION");
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
			if (d.findElements(By.partialLinkText(tag)).isEmpty()) {
				d.navigate().refresh();
				return false;
			}
			return true;
		});
		browser.fullScreenshot("catalog-search");
		follow(By.partialLinkText(tag));
		follow(By.linkText("提出合同"));
		assertThat(browser.path()).isEqualTo("/workspace/contracts/new/details");
		browser.type("title", "电磁兼容检测 新型光学传感器");
		browser.type("amount", "80000");
		submit();
		assertThat(browser.heading()).isEqualTo("用哪张创新券支付？");
		submit();
		assertThat(browser.heading()).isEqualTo("发送前请核对合同提议");
		submit();
		String contractPath = browser.path();
		String contract = contractPath.substring(contractPath.lastIndexOf('/') + 1);
		assertThat(browser.text()).contains("合同提议已发送");
		signOut();

		// the institution accepts it
		signIn(lab);
		follow(By.partialLinkText("太原精密光学 " + firm));
		assertThat(browser.path()).isEqualTo(contractPath);
		inView(By.id("decision-accept")).click();
		submit();
		assertThat(browser.text()).contains("已签订");
		browser.fullScreenshot("institution-accepted");
		signOut();

		// the enterprise claims in steps, in English this time
		signIn(firm);
		browser.open("/workspace/contracts/" + contract + "?lang=en");
		follow(By.cssSelector("a[href='/workspace/claims/new?contractId=" + contract + "']"));
		assertThat(browser.heading()).isEqualTo("What did you pay, and what came of it?");
		browser.type("paidAmount", "80,000.00");
		browser.type("resultSummary", "EMC immunity tested to GB/T 17626; CMA report issued.");
		submit();
		browser.type("testReports", "1");
		submit();
		assertThat(browser.heading()).isEqualTo("Upload your evidence");
		choose("RESULT_REPORT", file("emc-report.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
		assertThat(browser.find(By.id("file-RESULT_REPORT-error")).getText()).isNotBlank();
		browser.fullScreenshot("claim-upload-refused");
		choose("RESULT_REPORT", file("emc-report.pdf", World.PDF));
		choose("CONTRACT", file("contract.pdf", World.PDF));
		choose("INVOICE", file("invoice.pdf", World.PDF));
		choose("PAYMENT_PROOF", file("bank-transfer.pdf", World.PDF));
		follow(By.linkText("Continue to check your answers"));
		assertThat(browser.find(By.cssSelector(".payable-box")).getText()).contains("¥68,000.00",
				"50,000.00 × 100% + 30,000.00 × 0.60 = 68,000.00");
		browser.fullScreenshot("claim-check");
		follow(By.id("submit"));
		String claimPath = browser.path();
		String claim = claimPath.substring(claimPath.lastIndexOf('/') + 1);
		assertThat(browser.text()).contains("Your claim is submitted");
		signOut();

		// the institution confirms it
		signIn(lab);
		browser.open(claimPath + "?lang=en");
		follow(By.id("confirm"));
		assertThat(browser.text()).contains("You confirmed the claim");
		signOut();

		// the government's steps, through the API until part 2 builds their pages
		assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
		Api.Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", List.of(claim)));
		assertThat(notice.status()).isEqualTo(201);
		w.setClock("2026-03-09T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of()).status())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
				Api.obj("paidOn", "2026-03-09", "reference", "FIN-" + claim), Map.of("Idempotency-Key", "pay-" + claim))
			.status()).isEqualTo(200);

		signIn(firm);
		browser.open(claimPath + "?lang=en");
		assertThat(browser.text()).contains("Paid", "¥68,000.00");
		browser.fullScreenshot("claim-paid");
		browser.phone().open(claimPath + "?lang=zh-CN");
		browser.fullScreenshot("claim-paid-360px");
	}

	private void fillAccount(String username) {
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		browser.type("email", username + "@corp.example.cn");
	}

	private void signIn(String username) {
		browser.open("/login");
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		follow(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/workspace");
	}

	/** Signs out and waits for the signed-out page, so the next address is not overtaken by the sign-out's answer. */
	private void signOut() {
		follow(By.cssSelector("header form button[type=submit]"));
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("header a[href='/login']")).isEmpty());
	}

	private void next() {
		submit();
	}

	/** A registration's page: its main button (continue, or register on the check page), and the next page. */
	private void continueOn() {
		follow(By.cssSelector("main form button.btn-primary"));
	}

	/** Presses the form's button and waits for the page it leads to. */
	private void submit() {
		follow(By.cssSelector("main form[method=post] button[type=submit]"));
	}

	/** Clicks what leads to another page, after scrolling it into view, and waits for that page. */
	private void follow(By by) {
		browser.andWaitForNextPage(() -> inView(by).click());
	}

	/** Scrolls at once (Bootstrap scrolls smoothly, which moves the element away under the click). */
	private WebElement inView(By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		return element;
	}

	private static Path file(String name, byte[] content) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "journey-files").toAbsolutePath());
		return Files.write(dir.resolve(name), content);
	}

	/** Chooses a file in a kind's input; the page's script sends the form as soon as one is chosen. */
	private void choose(String kind, Path file) {
		browser.andWaitForNextPage(() -> inView(By.id("file-" + kind)).sendKeys(file.toString()));
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
