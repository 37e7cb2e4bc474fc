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

	/**
	 * A {@link TypedId} from a list's query filter: left out or left empty (a form's blank field, as
	 * before ids were typed) both mean "no filter".
	 */
	public static <T> T filter(String value, Function<String, T> of) {
		return value == null || value.isBlank() ? null : of.apply(value);
	}
}
