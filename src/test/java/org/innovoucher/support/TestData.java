package org.innovoucher.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.innovoucher.shared.Uscc;

/** Valid, unique test identities. */
public final class TestData {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

	private TestData() {
	}

	/** A random unified social credit code with a correct check character, registered in {@code regionCode}. */
	public static String uscc(String regionCode) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder code = new StringBuilder("91").append(regionCode);
		for (int i = 0; i < 9; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.append(Uscc.checkCharacter(code.toString())).toString();
	}

	public static String uscc() {
		return uscc("140105");
	}

	/** A unique username with the given prefix. */
	public static String username(String prefix) {
		return prefix + "-" + COUNTER.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1000);
	}
}
