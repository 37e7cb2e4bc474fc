package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * An enterprise files a claim through the four steps in headless Chromium, real files chosen in the
 * file inputs (the page's script sends each at once), one refused with its reason; then the
 * institution confirms it.
 */
class ClaimBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	private void signIn(World.Party party) {
		browser.signIn(party.username(), World.PASSWORD);
	}

	/** Presses the form's button and waits for the page it leads to. */
	private void submit() {
		browser.follow(By.cssSelector("main form button[type=submit]"));
	}

	private static Path file(String name, byte[] content) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "claim-browser-files").toAbsolutePath());
		return Files.write(dir.resolve(name), content);
	}

	/** Chooses a file in a kind's input; the page's script sends the form as soon as one is chosen. */
	private void choose(String kind, Path file) {
		browser.andWaitForNextPage(() -> browser.inView(By.id("file-" + kind)).sendKeys(file.toString()));
		// the page the upload leads to shows the file in this kind's box, or why it was refused
		assertThat(browser.driver().findElements(By.cssSelector("#kind-" + kind + " .evidence-files, #file-" + kind
				+ "-error"))).isNotEmpty();
	}

	@Test
	void an_enterprise_files_a_claim_with_real_uploads_and_the_institution_confirms_it() throws Exception {
		Scenarios.Deal d = Scenarios.deal(world(), "50000.00", "80000.00", "excessRatio", "0.60");
		signIn(d.enterprise());

		browser.open("/workspace/claims?lang=en");
		assertThat(browser.heading()).isEqualTo("Your claims");
		browser.screenshot("list");
		browser.follow(By.linkText("File a claim"));

		assertThat(browser.heading()).isEqualTo("What did you pay, and what came of it?");
		browser.type("resultSummary", "Tested the new sensor housing to GB/T 4208; IP67 reached.");
		submit();
		assertThat(browser.find(By.id("paidAmount-error")).getText()).contains("Enter the amount you paid.");
		browser.fullScreenshot("amount-missing");
		browser.type("paidAmount", "80000.00");
		submit();

		assertThat(browser.heading()).isEqualTo("What innovation outputs came of it?");
		browser.type("utilityModels", "1");
		browser.type("testReports", "2");
		browser.fullScreenshot("outputs");
		submit();

		assertThat(browser.heading()).isEqualTo("Upload your evidence");
		choose("RESULT_REPORT", file("test-report.docm", World.PDF));
		assertThat(browser.find(By.id("file-RESULT_REPORT-error")).getText())
			.contains("Office files with macros (.docm) are not accepted");
		browser.fullScreenshot("evidence-refused");
		choose("RESULT_REPORT", file("test-report.pdf", World.PDF));
		choose("CONTRACT", file("contract.pdf", World.PDF));
		choose("INVOICE", file("invoice.pdf", World.PDF));
		choose("PAYMENT_PROOF", file("bank-transfer.pdf", World.PDF));
		assertThat(browser.text()).contains("test-report.pdf", "bank-transfer.pdf", "SHA-256");
		browser.fullScreenshot("evidence");
		browser.follow(By.linkText("Continue to check your answers"));

		assertThat(browser.heading()).isEqualTo("Check your answers before you submit");
		assertThat(browser.find(By.cssSelector(".payable-box")).getText()).contains("¥68,000.00",
				"50,000.00 × 100% + 30,000.00 × 0.60 = 68,000.00");
		assertThat(browser.find(By.cssSelector(".claim-outputs")).getText()).contains("Utility models\n1", "Test reports\n2")
			.doesNotContain("Design patents");
		browser.fullScreenshot("check");
		browser.phone();
		String check = "/workspace/claims/" + browser.path().split("/")[3] + "/check";
		browser.open(check + "?lang=en");
		browser.fullScreenshot("check-phone");
		// most people read it in Chinese
		browser.open(check + "?lang=zh-CN");
		assertThat(browser.heading()).isEqualTo("提交前请核对填报内容");
		browser.fullScreenshot("check-phone-zh");
		browser.desktop();
		browser.open(check + "?lang=en");
		browser.follow(By.id("submit"));

		assertThat(browser.text()).contains("Your claim is submitted", "Awaiting the institution's confirmation");
		String claimPath = browser.path();
		browser.fullScreenshot("submitted");

		browser.open("/logout");
		browser.driver().manage().deleteAllCookies();
		signIn(d.institution());
		browser.open("/workspace/claims?lang=en");
		assertThat(browser.text()).contains("Waiting for your confirmation", "5 working days left");
		browser.screenshot("institution-list");
		browser.open(claimPath + "?lang=en");
		browser.fullScreenshot("institution-claim");
		browser.follow(By.id("confirm"));
		assertThat(browser.text()).contains("You confirmed the claim", "Under review by the bureau");
		browser.screenshot("confirmed");
	}
}
