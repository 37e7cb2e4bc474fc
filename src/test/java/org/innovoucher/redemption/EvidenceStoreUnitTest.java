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
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

@DisplayName("EvidenceStore: the content decides the type; files kept by checksum")
class EvidenceStoreUnitTest {

	@TempDir
	Path dir;

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d };
	static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F' };

	Path file(String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}

	static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	static void assertRejected(ThrowingCall call) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.code()).isEqualTo(ErrorCode.FILE_REJECTED);
			assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("file");
		});
	}

	interface ThrowingCall {

		void run() throws Exception;
	}

	@Test
	void pdf_png_and_jpeg_are_recognised_by_their_magic_bytes_whatever_their_name() throws IOException {
		assertThat(EvidenceStore.sniff(file("report.exe", PDF))).isEqualTo("application/pdf");
		assertThat(EvidenceStore.sniff(file("invoice.pdf", PNG))).isEqualTo("image/png");
		assertThat(EvidenceStore.sniff(file("proof", JPEG))).isEqualTo("image/jpeg");
	}

	@Test
	void ofd_and_office_documents_are_recognised_inside_their_zip() throws IOException {
		assertThat(EvidenceStore.sniff(file("a.zip", zip("Doc_0/Document.xml", "OFD.xml")))).isEqualTo("application/ofd");
		assertThat(EvidenceStore.sniff(file("b.zip", zip("[Content_Types].xml", "word/document.xml"))))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(EvidenceStore.sniff(file("c.zip", zip("[Content_Types].xml", "xl/workbook.xml"))))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@Test
	void a_plain_zip_archive_is_rejected() {
		assertRejected(() -> EvidenceStore.sniff(file("d.zip", zip("payload.exe"))));
	}

	@Test
	void anything_else_is_rejected() {
		assertRejected(() -> EvidenceStore.sniff(file("a.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))));
		assertRejected(() -> EvidenceStore.sniff(file("b.pdf", "%PD".getBytes(StandardCharsets.US_ASCII))));
		assertRejected(() -> EvidenceStore.sniff(file("c.exe", new byte[] { 'M', 'Z', (byte) 0x90, 0 })));
		assertRejected(() -> EvidenceStore.sniff(file("e", new byte[0])));
	}

	@Test
	void a_damaged_archive_is_rejected() {
		byte[] damaged = { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
				22, 23, 24, 25, 26, 27, 28, 29, 30 };
		assertRejected(() -> EvidenceStore.sniff(file("f.zip", damaged)));
	}

	@Test
	void a_stored_file_is_named_by_its_sha256_and_kept_once() throws Exception {
		EvidenceStore store = new EvidenceStore(new EvidenceProperties(dir.resolve("evidence"), DataSize.ofMegabytes(1)));
		EvidenceStore.Stored stored = store.store(new ByteArrayInputStream(PDF));
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
		assertThat(stored).isEqualTo(new EvidenceStore.Stored(expected, PDF.length, "application/pdf"));
		assertThat(store.pathOf(expected)).isEqualTo(dir.resolve("evidence").resolve(expected.substring(0, 2)).resolve(expected));
		try (InputStream in = store.open(expected)) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
		assertThat(store.store(new ByteArrayInputStream(PDF))).isEqualTo(stored);
		try (var files = Files.list(dir.resolve("evidence"))) {
			assertThat(files).hasSize(1);
		}
	}

	@Test
	void empty_oversized_and_unknown_files_are_rejected_and_leave_nothing_behind() throws IOException {
		EvidenceStore store = new EvidenceStore(new EvidenceProperties(dir.resolve("evidence"), DataSize.ofBytes(16)));
		assertRejected(() -> store.store(new ByteArrayInputStream(new byte[0])));
		assertRejected(() -> store.store(new ByteArrayInputStream(PDF)));
		assertRejected(() -> store.store(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))));
		try (var files = Files.walk(dir.resolve("evidence"))) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}
}
