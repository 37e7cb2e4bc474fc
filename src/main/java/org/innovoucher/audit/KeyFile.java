package org.innovoucher.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated key of the embedded default: made once, readable by its owner only, on disk before
 * anything is sealed with it (a key lost in a power cut would leave a chain nobody can verify).
 */
final class KeyFile {

	private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

	private KeyFile() {
	}

	static String loadOrCreate(Path file) throws IOException {
		Path target = file.toAbsolutePath();
		if (!Files.exists(target)) {
			create(target);
			log.warn("generated the audit key into {}: keep a copy apart from the database's backups, without it the"
					+ " audit trail and the ledger cannot be verified", target);
		}
		String secret = Files.readString(target, StandardCharsets.US_ASCII).trim();
		if (secret.length() < ChainKey.MIN_LENGTH) {
			throw new IllegalStateException("the audit key file " + target + " is damaged (too short)");
		}
		return secret;
	}

	private static void create(Path target) throws IOException {
		Path dir = target.getParent();
		Files.createDirectories(dir);
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		byte[] secret = (HexFormat.of().formatHex(random) + "\n").getBytes(StandardCharsets.US_ASCII);
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		FileAttribute<?>[] ownerOnly = posix
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
		Path temporary = Files.createTempFile(dir, ".audit-key-", ".tmp", ownerOnly);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(secret));
				channel.force(true);
			}
			if (!posix) {
				temporary.toFile().setReadable(false, false);
				temporary.toFile().setReadable(true, true);
			}
			try {
				// a link never replaces: of two processes starting at once, the first key wins and both use it
				Files.createLink(target, temporary);
			}
			catch (FileAlreadyExistsException e) {
				return;
			}
			catch (UnsupportedOperationException | IOException e) {
				if (Files.exists(target)) {
					return;
				}
				Files.move(temporary, target);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		forceDirectory(dir);
	}

	/** Makes the new directory entry durable; not every platform can open a directory for this. */
	private static void forceDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException e) {
			// Windows cannot: there the rename's own durability has to do
		}
	}
}
