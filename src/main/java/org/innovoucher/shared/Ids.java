package org.innovoucher.shared;

import java.util.UUID;
import java.util.function.Function;

/** Opaque identifiers. */
public final class Ids {

	private Ids() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** A {@link TypedId} from a field a request may leave out: null stays null ("my own", "all"). */
	public static <T> T optional(String value, Function<String, T> of) {
		return value == null ? null : of.apply(value);
	}
}
