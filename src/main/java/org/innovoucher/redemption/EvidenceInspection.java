package org.innovoucher.redemption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.innovoucher.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Looks into an evidence upload before it is kept: no macro-enabled Office file (by name, or by a
 * {@code vbaProject.bin} inside, or a legacy OLE2 document, which may carry macros unseen), and no
 * archive that expands beyond reason. Zip-based formats (Office, OFD) are read entry by entry with
 * the bytes actually inflated counted against a hard cap, never trusting the sizes they declare;
 * nothing is decompressed beyond the cap. Each refusal is {@code FILE_REJECTED} with its reason.
 */
@Component
class EvidenceInspection {

	/** Most files one claim holds: four kinds of evidence with room for a few pages each. */
	static final int MAX_FILES_PER_CLAIM = 20;
	/** Most entries a zip-based document may have (a large workbook has a few hundred). */
	static final int MAX_ZIP_ENTRIES = 2_000;
	/** Most bytes a zip-based document may expand to (a 20 MB workbook of XML is about ten times that). */
	static final long MAX_UNCOMPRESSED_BYTES = 256L * 1024 * 1024;

	private static final Set<String> MACRO_EXTENSIONS = Set.of("docm", "dotm", "xlsm", "xltm", "xlam",
			"pptm", "potm", "ppsm", "ppam", "sldm");
	private static final byte[] OLE2 = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
			(byte) 0xe1 };

	private final EvidenceProperties properties;

	EvidenceInspection(EvidenceProperties properties) {
		this.properties = properties;
	}

	/** Refuses another file for a claim that holds {@code held} already. */
	void requireRoomFor(long held) {
		if (held >= MAX_FILES_PER_CLAIM) {
			throw rejected(FileRefused.Reason.TOO_MANY_FILES, "a claim holds at most " + MAX_FILES_PER_CLAIM + " files",
					MAX_FILES_PER_CLAIM);
		}
	}

	/**
	 * Inspects the upload and returns its content to store; the copy inspected is deleted when the
	 * returned stream is closed.
	 */
	InputStream inspect(String fileName, InputStream content) {
		String extension = extension(fileName);
		if (MACRO_EXTENSIONS.contains(extension)) {
			throw rejected(FileRefused.Reason.MACRO_EXTENSION,
					"macro-enabled Office files (." + extension + ") are not accepted", extension);
		}
		Path copy = null;
		try {
			Files.createDirectories(properties.dir());
			copy = Files.createTempFile(properties.dir(), "inspect-", ".part");
			long size = Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
			byte[] head = new byte[8];
			int read;
			try (InputStream in = Files.newInputStream(copy)) {
				read = in.readNBytes(head, 0, head.length);
			}
			if (read == 8 && java.util.Arrays.equals(head, OLE2)) {
				throw rejected(FileRefused.Reason.LEGACY_OFFICE,
						"legacy Office (OLE2) files may carry macros; send a PDF or a current Office document");
			}
			if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 && size > 0) {
				inspectZip(copy);
			}
			InputStream kept = Files.newInputStream(copy, StandardOpenOption.DELETE_ON_CLOSE);
			copy = null;
			return kept;
		}
		catch (IOException e) {
			throw new IllegalStateException("evidence could not be inspected", e);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	/** The central directory (what Office reads) and the entries themselves (what we inflate). */
	static void inspectZip(Path file) throws IOException {
		int entries = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				checkEntry(all.nextElement(), ++entries);
			}
		}
		catch (java.util.zip.ZipException damaged) {
			throw rejected(FileRefused.Reason.DAMAGED_ARCHIVE, "the archive is damaged");
		}
		long inflated = 0;
		entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				checkEntry(entry, ++entries);
				int n;
				while ((n = zip.read(buffer)) > 0) {
					inflated += n;
					if (inflated > MAX_UNCOMPRESSED_BYTES) {
						throw rejected(FileRefused.Reason.EXPANDS_TOO_FAR, "the archive expands to more than "
								+ MAX_UNCOMPRESSED_BYTES / (1024 * 1024) + " MB", MAX_UNCOMPRESSED_BYTES / (1024 * 1024));
					}
				}
			}
		}
		catch (java.util.zip.ZipException damaged) {
			throw rejected(FileRefused.Reason.DAMAGED_ARCHIVE, "the archive is damaged");
		}
	}

	private static void checkEntry(ZipEntry entry, int count) {
		if (count > MAX_ZIP_ENTRIES) {
			throw rejected(FileRefused.Reason.TOO_MANY_ENTRIES, "the archive has more than " + MAX_ZIP_ENTRIES + " entries",
					MAX_ZIP_ENTRIES);
		}
		String name = entry.getName().toLowerCase(Locale.ROOT);
		if (name.endsWith("vbaproject.bin") || name.endsWith("vbaprojectsignature.bin") || name.endsWith("vbadata.xml")) {
			throw rejected(FileRefused.Reason.MACROS_INSIDE, "the document contains macros (" + entry.getName() + ")",
					entry.getName());
		}
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
	}

	private static void deleteQuietly(Path path) {
		if (path != null) {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException ignored) {
				// a leftover temporary copy is harmless
			}
		}
	}

	static DomainException rejected(FileRefused.Reason reason, String detail, Object... arguments) {
		return new FileRefused(reason, detail, arguments);
	}
}
