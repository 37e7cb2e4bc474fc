package org.innovoucher.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

@DisplayName("EvidenceInspection: no macros, no zip bombs, a bounded number of files per claim")
class EvidenceInspectionUnitTest {

	@TempDir
	Path dir;

	EvidenceInspection inspection() {
		return new EvidenceInspection(new EvidenceProperties(dir, DataSize.ofMegabytes(20)));
	}

	/** An Office-like document with the given entries, each holding a little XML. */
	static byte[] office(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	/** A zip bomb: one entry of a gigabyte of zeros, about a megabyte compressed. */
	static byte[] bomb() throws IOException {
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

	void assertRejected(String fileName, byte[] content, String reason) {
		assertThatThrownBy(() -> inspection().inspect(fileName, new ByteArrayInputStream(content)).close())
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo(ErrorCode.FILE_REJECTED);
				assertThat(e.getMessage()).contains(reason);
				assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("file");
			});
	}

	@Test
	void a_plain_office_document_passes_unchanged_and_its_copy_is_gone_once_read() throws IOException {
		byte[] docx = office("word/document.xml", "word/styles.xml");
		try (InputStream kept = inspection().inspect("report.docx", new ByteArrayInputStream(docx))) {
			assertThat(kept.readAllBytes()).isEqualTo(docx);
		}
		try (var left = Files.list(dir)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void a_macro_enabled_name_is_refused_whatever_the_content() throws IOException {
		for (String name : new String[] { "report.docm", "BUDGET.XLSM", "slides.pptm", "template.dotm" }) {
			assertRejected(name, office("word/document.xml"), "macro-enabled");
		}
	}

	@Test
	void a_document_with_a_vba_project_inside_is_refused_whatever_its_name() throws IOException {
		assertRejected("report.docx", office("word/document.xml", "word/vbaProject.bin"), "macros");
		assertRejected("budget.xlsx", office("xl/workbook.xml", "xl/vbaProject.bin"), "macros");
		assertRejected("invoice.pdf", office("ppt/presentation.xml", "ppt/VBAPROJECT.BIN"), "macros");
	}

	@Test
	void a_legacy_ole2_document_is_refused() {
		byte[] doc = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0 };
		assertRejected("old.doc", doc, "OLE2");
	}

	@Test
	void a_zip_bomb_is_refused_after_inflating_no_more_than_the_cap() throws IOException {
		byte[] bomb = bomb();
		assertThat(bomb.length).isLessThan(5 * 1024 * 1024);
		assertRejected("report.docx", bomb, "expands to more than 256 MB");
	}

	@Test
	void an_archive_of_too_many_entries_is_refused() throws IOException {
		String[] entries = new String[EvidenceInspection.MAX_ZIP_ENTRIES + 1];
		for (int i = 0; i < entries.length; i++) {
			entries[i] = "word/media/image" + i + ".xml";
		}
		assertRejected("report.docx", office(entries), "more than 2000 entries");
	}

	@Test
	void a_claim_holds_at_most_twenty_files() {
		inspection().requireRoomFor(EvidenceInspection.MAX_FILES_PER_CLAIM - 1);
		assertThatThrownBy(() -> inspection().requireRoomFor(EvidenceInspection.MAX_FILES_PER_CLAIM))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_REJECTED));
	}
}
