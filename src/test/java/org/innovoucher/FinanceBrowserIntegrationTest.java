package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

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
 * In headless Chromium: a finance officer ticks the claims ready for payment, records them in one
 * run and downloads its ISO 20022 file; then a supervisor, told the ban first, claws one back and
 * reads it in the claim's audit trail and in the program's ledger checks, and finds a claim left
 * under review past its due date on the overdue list.
 */
class FinanceBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	@Test
	void a_finance_officer_records_a_run_and_downloads_its_file_and_a_supervisor_claws_a_paid_claim_back()
			throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		List<String> claims = Payments.readyClaims(d, 2);
		Payments.keepAccount(w, d.enterprise());
		// confirmed on 9 March, before the clawback bans the enterprise: its review is due on 23 March
		String late = Scenarios.claimUnderReview(
				d.withContract(w.signedContract(d.enterprise(), d.institution(), d.voucherId(), "20000.00")), "20000.00");

		browser.signIn(Payments.staff(w, World.PROVINCE, "FINANCE_OFFICER"), World.PASSWORD);
		browser.open("/workspace/payments?lang=en");
		assertThat(browser.heading()).isEqualTo("Payment runs");
		for (String claim : claims) {
			browser.inView(By.id("claim-" + claim)).click();
		}
		browser.type("reference", "RUN-B-" + d.voucherId());
		browser.fullScreenshot("desk");
		browser.follow(By.cssSelector("main form button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Payment run RUN-B-" + d.voucherId());
		assertThat(browser.text()).contains("Recorded and paid", "¥40,000.00");
		browser.fullScreenshot("run");
		String href = browser.find(By.partialLinkText("pain.001")).getAttribute("href");
		HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
			.header("Cookie", browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
				.collect(Collectors.joining("; ")))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xml");
		FinancePagesIntegrationTest.assertThePaymentFilePays(file.body(), claims, new BigDecimal("40000.00"));

		browser.driver().manage().deleteAllCookies();
		browser.signIn(Payments.staff(w, World.PROVINCE, "SUPERVISOR"), World.PASSWORD);
		// by its address: the list holds every paid claim of the province, other tests' too
		browser.open("/workspace/supervision/clawbacks/" + claims.get(0) + "?lang=en");
		assertThat(browser.text()).contains("will be banned from applying for 3 years, until 9 Mar 2029");
		browser.type("reason", "The invoice was forged.");
		browser.fullScreenshot("clawback");
		browser.follow(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.text()).contains("¥20,000.00 is clawed back from", "until 9 Mar 2029");
		browser.screenshot("clawed-back");
		assertThat(api.get("/api/v1/redemptions/" + claims.get(0), w.finance).text("status")).isEqualTo("CLAWED_BACK");

		browser.open("/workspace/audit?lang=en&entityType=REDEMPTION&entityId=" + claims.get(0));
		assertThat(browser.text()).contains("Claim clawed back", "Paid → Clawed back", "The invoice was forged.");
		browser.fullScreenshot("audit-trail");
		browser.open("/workspace/supervision/ledger?lang=en&programId=" + d.programId());
		assertThat(browser.text()).contains("All checks pass", "Owed back");
		browser.fullScreenshot("ledger-checks");

		// the claim left under review past its due date (23 March) is on the supervisor's overdue list (the
		// escalation job is DeadlinesIntegrationTest's: run here, late in the suite, it would tell every test's
		// supervisor of every test's late file at once)
		w.setClock("2026-03-25T09:00:00+08:00");
		browser.open("/workspace/overdue?lang=en");
		assertThat(browser.heading()).isEqualTo("Overdue files");
		assertThat(browser.find(By.cssSelector("a[href='/workspace/review/claims/" + late + "']")).getText())
			.isEqualTo("企业 " + d.enterprise().username());
		browser.fullScreenshot("overdue");
	}
}
