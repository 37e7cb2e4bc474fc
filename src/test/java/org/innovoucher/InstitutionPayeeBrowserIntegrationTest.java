package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Payments;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Xizang's way in headless Chromium: the institution files the claim for the voucher part from its
 * contract through the claimant's four steps, the enterprise confirms it received the service from
 * its to-do; the bureau's steps go through the API, and its file page and the public notice name the
 * institution as the payee.
 */
class InstitutionPayeeBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	private void signInAs(String username) {
		browser.open("/logout");
		browser.driver().manage().deleteAllCookies();
		browser.signIn(username, World.PASSWORD);
	}

	private void submit() {
		browser.follow(By.cssSelector("main form button[type=submit]"));
	}

	private void choose(String kind) throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "payee-browser-files").toAbsolutePath());
		Path file = Files.write(dir.resolve(kind.toLowerCase() + ".pdf"), World.PDF);
		browser.andWaitForNextPage(() -> browser.inView(By.id("file-" + kind)).sendKeys(file.toString()));
	}

	@Test
	void the_institution_claims_the_voucher_part_and_the_enterprise_confirms_it_received_the_service() throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "50000.00", "80000.00", "payee", "INSTITUTION");

		signInAs(d.institution().username());
		browser.open("/workspace/claims?lang=en");
		assertThat(browser.text()).contains("Contracts you claim the voucher part of");
		browser.fullScreenshot("institution-contracts");
		browser.follow(By.linkText("File a claim"));
		assertThat(browser.heading()).isEqualTo("What did the service cost, and what came of it?");
		browser.type("paidAmount", "80000.00");
		browser.type("resultSummary", "青稞制品农残检测完成，出具 CMA 报告");
		submit();
		assertThat(browser.heading()).isEqualTo("What innovation outputs came of it?");
		browser.type("testReports", "2");
		submit();
		assertThat(browser.heading()).isEqualTo("Upload your evidence");
		// no sealed letter in this program: four kinds as for the enterprise
		assertThat(browser.driver().findElements(By.id("file-INSTITUTION_CONFIRMATION"))).isEmpty();
		for (String kind : List.of("RESULT_REPORT", "CONTRACT", "INVOICE", "PAYMENT_PROOF")) {
			choose(kind);
		}
		browser.follow(By.linkText("Continue to check your answers"));
		assertThat(browser.find(By.cssSelector(".payable-box")).getText()).contains("¥50,000.00",
				"80,000.00 − 30,000.00 = 50,000.00", "The enterprise pays ¥30,000.00 itself.");
		browser.fullScreenshot("institution-check");
		browser.follow(By.id("submit"));
		assertThat(browser.text()).contains("Your claim is submitted", "is asked to confirm it received the service");
		String claimPath = browser.path();
		String claim = claimPath.substring(claimPath.lastIndexOf('/') + 1);
		browser.fullScreenshot("institution-submitted");

		signInAs(d.enterprise().username());
		browser.open("/workspace?lang=en");
		assertThat(browser.text()).contains("Confirm you received the service of \"产品检测\"", "5 working days left");
		browser.screenshot("enterprise-todo");
		browser.open(claimPath + "?lang=en");
		assertThat(browser.text()).contains("Did you receive this service?", "The enterprise pays itself", "¥30,000.00");
		browser.fullScreenshot("enterprise-receipt");
		browser.follow(By.id("confirm"));
		assertThat(browser.text()).contains("You confirmed the claim", "Under review by the bureau");
		browser.screenshot("enterprise-confirmed");

		// the bureau's file page names who is paid
		String reviewer = Payments.staff(w, World.TAIYUAN, "BUREAU_REVIEWER");
		signInAs(reviewer);
		browser.open("/workspace/review/claims/" + claim + "?lang=en");
		assertThat(browser.find(By.cssSelector(".claim-payee")).getText()).contains("(the institution)");
		browser.fullScreenshot("reviewer-file");

		// approved and noticed through the API; the public reads that the institution is paid
		String notice = Scenarios.noticed(d, claim);
		browser.open("/notices/" + notice + "?lang=en");
		assertThat(browser.text()).contains("Paid to the institution");
		browser.fullScreenshot("public-notice");

		w.setClock("2026-03-09T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice + "/close", w.operator, Map.of()).status()).isEqualTo(200);
		assertThat(api.put("/api/v1/institutions/" + d.institution().id() + "/bank-account", d.institution().token(),
				Api.obj("accountName", "检测中心", "bankName", "中国建设银行拉萨分行", "bankCode", "105770000016",
						"accountNumber", "6217000010005678")).status()).isEqualTo(200);
		signInAs(Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"));
		browser.open("/workspace/payments?lang=en");
		assertThat(browser.text()).contains("Paid to the institution");
		browser.fullScreenshot("finance-desk");
	}
}
