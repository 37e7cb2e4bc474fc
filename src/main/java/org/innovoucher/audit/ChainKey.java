package org.innovoucher.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The secret the audit trail, the ledger and their checkpoints are sealed with (HMAC-SHA256). A
 * plain hash chain can be recomputed by anyone who edits the rows; a keyed one only by who holds the
 * key, which is why it never enters the database.
 */
@Component
public class ChainKey {

	/** Shorter secrets are guessable; the same floor as the token secret's. */
	public static final int MIN_LENGTH = 32;

	private final ThreadLocal<Mac> macs;

	@Autowired
	ChainKey(AuditProperties properties) {
		this(secretOf(properties));
	}

	/** A key from its secret text (tests, and the configured key). */
	public ChainKey(String secret) {
		if (secret == null || secret.length() < MIN_LENGTH) {
			throw new IllegalStateException("the audit key must have at least " + MIN_LENGTH + " characters");
		}
		SecretKeySpec spec = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(spec);
				return mac;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static String secretOf(AuditProperties properties) {
		if (properties.key() != null && !properties.key().isBlank()) {
			return properties.key();
		}
		if (properties.keyFile() == null) {
			throw new IllegalStateException("set innovoucher.audit.key (INNOVOUCHER_AUDIT_KEY) or innovoucher.audit.key-file");
		}
		try {
			return KeyFile.loadOrCreate(properties.keyFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the audit key file " + properties.keyFile(), e);
		}
	}

	/** The hex HMAC-SHA256 of the text under this key. */
	public String seal(String text) {
		Mac mac = macs.get();
		return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Whether {@code seal} is this key's seal of the text, compared in constant time. */
	public boolean verify(String text, String seal) {
		return seal != null && java.security.MessageDigest.isEqual(seal(text).getBytes(StandardCharsets.US_ASCII),
				seal.getBytes(StandardCharsets.US_ASCII));
	}
}
