package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/** Evidence uploads: macro-enabled documents, zip bombs and the twenty-first file of a claim are refused. */
class EvidenceInspectionIntegrationTest extends IntegrationTestBase {

	private static byte[] docx(String... extraEntries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			for (String entry : extraEntries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(new byte[] { 1, 2, 3 });
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] bomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 1024; i++) {
				zip.write(zeros);
			}
		}
		return bytes.toByteArray();
	}

	private String claim(World w, Deal d) {
		return "/api/v1/redemptions/" + w.claim(d.enterprise(), d.contractId(), "40000.00").text("id") + "/attachments";
	}

	@Test
	void macroEnabledDocumentsAreRefusedByNameAndByContent() throws IOException {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String path = claim(w, d);
		assertThat(api.upload(path, d.enterprise().token(), "report.docx", docx(), Map.of("kind", "RESULT_REPORT"))
			.status()).isEqualTo(201);
		Response byName = assertProblem(api.upload(path, d.enterprise().token(), "report.docm", docx(),
				Map.of("kind", "RESULT_REPORT")), 400, "FILE_REJECTED");
		assertThat(byName.text("detail")).contains("macro-enabled");
		Response byContent = assertProblem(api.upload(path, d.enterprise().token(), "report.docx",
				docx("word/vbaProject.bin"), Map.of("kind", "RESULT_REPORT")), 400, "FILE_REJECTED");
		assertThat(byContent.text("detail")).contains("macros");
		assertThat(api.get(path, d.enterprise().token()).body()).hasSize(1);
	}

	@Test
	void aZipBombIsRefusedWithoutBeingExpanded() throws IOException {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		Response refused = assertProblem(api.upload(claim(w, d), d.enterprise().token(), "report.docx", bomb(),
				Map.of("kind", "RESULT_REPORT")), 400, "FILE_REJECTED");
		assertThat(refused.text("detail")).contains("expands to more than");
	}

	@Test
	void aClaimHoldsAtMostTwentyFiles() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		String path = claim(w, d);
		for (int i = 0; i < 20; i++) {
			byte[] page = ("%PDF-1.4\n% page " + i + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
			assertThat(api.upload(path, d.enterprise().token(), "page" + i + ".pdf", page, Map.of("kind", "INVOICE"))
				.status()).isEqualTo(201);
		}
		Response refused = assertProblem(api.upload(path, d.enterprise().token(), "one-more.pdf", World.PDF,
				Map.of("kind", "INVOICE")), 400, "FILE_REJECTED");
		assertThat(refused.text("detail")).contains("at most 20 files");
	}
}
