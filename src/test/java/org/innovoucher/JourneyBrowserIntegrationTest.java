package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Payments;
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
 * The whole story through real pages, every party in its own workspace: an institution and an
 * enterprise register in the browser; the operator recognises the institution, which puts a service
 * in its catalog; the enterprise applies and the city's reviewer approves; the enterprise finds the
 * service by searching and proposes a contract, which the institution accepts; the enterprise files
 * its claim in steps with real files and the institution confirms it; the reviewer approves it in a
 * batch, the operator publishes and closes its public notice, the finance officer pays it in a run
 * and downloads the bank's file, the enterprise sees it paid, and a supervisor claws it back.
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
		String operator = Payments.staff(w, World.PROVINCE, "OPERATOR");
		String reviewer = Payments.staff(w, World.TAIYUAN, "BUREAU_REVIEWER");
		String finance = Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER");
		String supervisor = Payments.staff(w, World.PROVINCE, "SUPERVISOR");

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

		// the operator recognises it (by its address: the queue holds other tests' institutions too)
		String institutionId = api.get("/api/v1/institutions?q=" + enc(lab), w.operator).body().at("/items/0/id").asText();
		signIn(operator);
		browser.open("/workspace/recognitions/" + institutionId);
		inView(By.id("next")).click();
		browser.type("reason", "CMA 资质齐全");
		follow(By.cssSelector("main form.decision-form button[type=submit]"));
		follow(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text()).contains("已认定");
		signOut();

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

		signOut();

		// the city's reviewer approves it on its file page
		signIn(reviewer);
		browser.open("/workspace/review/applications/" + application);
		inView(By.id("decision")).click();
		browser.type("reason", "材料齐全，予以通过。");
		follow(By.cssSelector("#decide button[type=submit]"));
		assertThat(api.get("/api/v1/voucher-applications/" + application, w.reviewer).text("status"))
			.isEqualTo("APPROVED");
		signOut();

		signIn(firm);
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

		// the enterprise keeps the account it is paid to
		signIn(firm);
		browser.open("/workspace/bank-account");
		browser.type("accountName", Payments.ACCOUNT_NAME);
		browser.type("bankName", "中国工商银行太原分行");
		browser.type("bankCode", "102161000017");
		browser.type("accountNumber", "6222 0202 0011 2233");
		submit();
		assertThat(browser.text()).contains("Your bank account is kept.");
		signOut();

		// the reviewer approves it from the queue, in a batch of one
		signIn(reviewer);
		browser.open("/workspace/review/claims?lang=en&program=" + program);
		inView(By.id("pick-" + claim)).click();
		inView(By.id("decision")).click();
		browser.type("reason", "材料齐全，予以通过。");
		follow(By.cssSelector(".batch-box button[type=submit]"));
		assertThat(browser.text()).contains("1 of 1 file(s) decided.");
		signOut();

		// the operator opens the public notice of it, and closes it once its period is over
		signIn(operator);
		browser.open("/workspace/notices?lang=zh-CN");
		follow(By.partialLinkText("从审核通过的申请发起公示"));
		new Select(browser.find(By.id("region"))).selectByValue(World.TAIYUAN);
		follow(By.cssSelector("form.region-choice button[type=submit]"));
		inView(By.cssSelector("input[value='" + claim + "']")).click();
		follow(By.xpath("//button[contains(., '预览公示')]"));
		follow(By.xpath("//button[contains(., '发布公示')]"));
		assertThat(browser.text()).contains("公示已发布");
		String noticePath = browser.path();
		w.setClock("2026-03-09T18:00:00+08:00");
		browser.open(noticePath);
		follow(By.id("close"));
		follow(By.cssSelector("main form button[type=submit]"));
		assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("status")).isEqualTo("READY_FOR_PAYMENT");
		signOut();

		// the finance officer pays it in a run and downloads the bank's file
		signIn(finance);
		browser.open("/workspace/payments?lang=en");
		inView(By.id("claim-" + claim)).click();
		browser.type("reference", "RUN-" + claim.substring(0, 8));
		follow(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text()).contains("Recorded and paid", "¥68,000.00");
		browser.fullScreenshot("payment-run");
		String href = browser.find(By.partialLinkText("pain.001")).getAttribute("href");
		HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
			.header("Cookie", browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; ")))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		FinancePagesIntegrationTest.assertThePaymentFilePays(file.body(), List.of(claim), new BigDecimal("68000.00"));
		signOut();

		signIn(firm);
		browser.open(claimPath + "?lang=en");
		assertThat(browser.text()).contains("Paid", "¥68,000.00");
		browser.fullScreenshot("claim-paid");
		browser.phone().open(claimPath + "?lang=zh-CN");
		browser.fullScreenshot("claim-paid-360px");
		browser.desktop();
		signOut();

		// a supervisor finds the evidence forged and claws it back: the enterprise is banned
		signIn(supervisor);
		browser.open("/workspace/supervision/clawbacks/" + claim + "?lang=en");
		browser.type("reason", "The invoice was forged.");
		follow(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text()).contains("¥68,000.00 is clawed back from");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("status")).isEqualTo("CLAWED_BACK");
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
