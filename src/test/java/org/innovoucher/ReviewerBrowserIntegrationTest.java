package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The city reviewer's journey in headless Chromium: from the claims queue to a claim's file page
 * (the evidence shown in the page, a PDF in a frame and a photo as an image), a decision refused
 * beside its field and then recorded; then two claims ticked in the queue and approved in one step.
 */
class ReviewerBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	/** A small photo of a delivered sample, as a claimant would attach as payment proof. */
	private static byte[] photo() throws Exception {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xE8, 0xF0, 0xFE));
		g.fillRect(0, 0, 320, 200);
		g.setColor(new Color(0x1D, 0x70, 0xB8));
		g.fillRect(40, 40, 240, 120);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A one-page PDF that says what it is, so that the frame shows a page a reviewer can read. */
	private static byte[] report(String line) {
		String text = "BT /F1 18 Tf 60 760 Td (" + line + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new java.util.ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	/** A claim under review in {@code program}; with a photo as its payment proof when asked. */
	private String claimUnderReview(World w, String program, World.Party institution, String paid, boolean withPhoto)
			throws Exception {
		World.Party enterprise = w.enterprise();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, institution, voucher, paid);
		if (!withPhoto) {
			return Scenarios.claimUnderReview(new Scenarios.Deal(w, program, enterprise, institution, voucher, contract),
					paid);
		}
		String claim = w.claim(enterprise, contract, paid).text("id");
		for (String kind : List.of("RESULT_REPORT", "CONTRACT", "INVOICE")) {
			assertThat(api.upload("/api/v1/redemptions/" + claim + "/attachments", enterprise.token(),
					kind.toLowerCase() + ".pdf", report(kind.replace('_', ' ') + " of the product testing contract"),
					Map.of("kind", kind)).status()).isEqualTo(201);
		}
		assertThat(api.upload("/api/v1/redemptions/" + claim + "/attachments", enterprise.token(), "bank-receipt.png",
				photo(), Map.of("kind", "PAYMENT_PROOF")).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/redemptions/" + claim + "/submit", enterprise.token(), Map.of()).status())
			.isEqualTo(200);
		assertThat(w.confirm(institution, claim).status()).isEqualTo(200);
		return claim;
	}

	@Test
	void a_reviewer_decides_a_claim_on_its_file_page_and_approves_two_more_in_one_step() throws Exception {
		World w = world();
		String program = w.program("1000000.00", "excessRatio", "0.60");
		World.Party institution = w.institution();
		String first = claimUnderReview(w, program, institution, "80000.00", true);
		String second = claimUnderReview(w, program, institution, "60000.00", false);
		String third = claimUnderReview(w, program, institution, "70000.00", false);
		String reviewer = TestData.username("rv");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", reviewer, "password", World.PASSWORD,
				"email", reviewer + "@gov.example.cn", "roles", List.of("BUREAU_REVIEWER"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		browser.signIn(reviewer, World.PASSWORD);

		browser.open("/workspace/review/claims?lang=en&program=" + program);
		assertThat(browser.heading()).isEqualTo("Claims to review");
		assertThat(browser.text()).contains("3 files", "Due on");
		browser.fullScreenshot("queue");
		browser.follow(By.cssSelector("a[href='/workspace/review/claims/" + first + "']"));

		assertThat(browser.heading()).startsWith("Claim of");
		assertThat(browser.driver().findElements(By.cssSelector("iframe.evidence-frame"))).hasSize(3);
		assertThat(browser.find(By.cssSelector("img.evidence-image")).getAttribute("naturalWidth")).isEqualTo("320");
		// the frame holds the PDF itself, not the browser's page saying the site refused to be framed
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("const f = document.querySelector('iframe.evidence-frame');"
					+ " return f.contentDocument != null && f.contentDocument.contentType === 'application/pdf';"));
		assertThat(browser.text()).contains("50,000.00 × 100% + 30,000.00 × 0.60 = 68,000.00", "bank-receipt.png");
		browser.fullScreenshot("file");
		browser.inView(By.cssSelector("img.evidence-image"));
		browser.screenshot("evidence");

		browser.inView(By.id("decision")).click();
		browser.type("approvedAmount", "60000.00");
		browser.follow(By.cssSelector("#decide button[type=submit]"));
		assertThat(browser.find(By.id("reason-error")).getText()).contains("Say why you approve less than the payable");
		browser.inView(By.id("reason"));
		browser.screenshot("refused");
		browser.type("reason", "发票金额与合同不符，按合同核减。");
		browser.follow(By.cssSelector("#decide button[type=submit]"));
		assertThat(browser.text()).contains("You approved this file.", "Approved, awaiting public notice");

		browser.open("/workspace/review/claims?lang=en&program=" + program);
		assertThat(browser.text()).contains("2 files");
		browser.inView(By.id("pick-" + second)).click();
		browser.inView(By.id("pick-" + third)).click();
		browser.inView(By.id("decision")).click();
		browser.type("reason", "材料齐全，予以通过。");
		browser.follow(By.cssSelector(".batch-box button[type=submit]"));

		assertThat(browser.heading()).isEqualTo("Results of your decisions");
		assertThat(browser.text()).contains("2 of 2 file(s) decided.");
		browser.fullScreenshot("batch-result");
		for (String claim : List.of(second, third)) {
			assertThat(api.get("/api/v1/redemptions/" + claim, w.reviewer).text("status")).isEqualTo("APPROVED");
		}
	}
}
