package org.innovoucher.redemption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.innovoucher.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Keeps evidence files on disk, named by their SHA-256, written atomically. The content decides the
 * type, never the name or the declared type: PDF, PNG, JPEG, OFD and Office documents are accepted.
 */
@Component
class EvidenceStore {

	/** A stored file: its checksum, size and sniffed type. */
	record Stored(String sha256, long size, String contentType) {
	}

	private final EvidenceProperties properties;

	EvidenceStore(EvidenceProperties properties) {
		this.properties = properties;
	}

	Stored store(InputStream content) {
		try {
			Files.createDirectories(properties.dir());
			Path temp = Files.createTempFile(properties.dir(), "upload-", ".part");
			try {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				long size;
				try (InputStream in = new DigestInputStream(content, digest)) {
					size = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
				}
				if (size == 0) {
					throw rejected(FileRefused.Reason.EMPTY, "the file is empty");
				}
				if (size > properties.maxFileSize().toBytes()) {
					throw rejected(FileRefused.Reason.TOO_LARGE, "the file is larger than " + properties.maxFileSize(),
							properties.maxFileSize().toMegabytes());
				}
				// on disk before the claim's transaction records it: a crash never leaves a record without its file
				try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
						StandardOpenOption.WRITE)) {
					channel.force(true);
				}
				String type = sniff(temp);
				String sha256 = HexFormat.of().formatHex(digest.digest());
				Path target = pathOf(sha256);
				if (!Files.isDirectory(target.getParent())) {
					Files.createDirectories(target.getParent());
					forceDirectory(properties.dir());
				}
				if (!Files.exists(target)) {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
				}
				// the rename lives in the directory: until the directory is on disk too, a power cut may
				// leave the claim's record pointing at a name the file system forgot
				forceDirectory(target.getParent());
				return new Stored(sha256, size, type);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("evidence could not be stored", e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Forces a directory's entries (names created, renamed, removed) to disk, as fsync on the directory does. */
	static void forceDirectory(Path dir) throws IOException {
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
	}

	Path pathOf(String sha256) {
		return properties.dir().resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	static String sniff(Path file) throws IOException {
		byte[] head = new byte[8];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
			return "application/pdf";
		}
		if (read >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return "image/png";
		}
		if (read >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return sniffZip(file);
		}
		throw rejected(FileRefused.Reason.WRONG_TYPE, "only PDF, PNG, JPEG, OFD and Office documents are accepted as evidence");
	}

	private static String sniffZip(Path file) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 1000) {
				String name = entry.getName();
				if (name.equalsIgnoreCase("OFD.xml")) {
					return "application/ofd";
				}
				if (name.startsWith("word/")) {
					return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				}
				if (name.startsWith("xl/")) {
					return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				}
			}
		}
		catch (IOException e) {
			throw rejected(FileRefused.Reason.DAMAGED_ARCHIVE, "the archive is damaged");
		}
		throw rejected(FileRefused.Reason.BARE_ZIP, "a ZIP archive is accepted only as an OFD or Office document");
	}

	private static DomainException rejected(FileRefused.Reason reason, String detail, Object... arguments) {
		return new FileRefused(reason, detail, arguments);
	}

	InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}
}
