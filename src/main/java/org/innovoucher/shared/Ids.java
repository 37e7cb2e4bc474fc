package org.innovoucher.shared;

import java.util.UUID;
import java.util.function.Function;

/** Opaque identifiers, and the one rule every typed id ({@link VoucherId}, {@link EnterpriseId}, ...) keeps. */
public final class Ids {

	private Ids() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Refuses a missing or blank id: an id that names nothing is bad input (400), not a lookup that
	 * finds nothing.
	 */
	static void requireValue(String value, String field) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "is required");
		}
	}

	/** A typed id from a field a request may leave out: null stays null ("my own", "all"). */
	public static <T> T optional(String value, Function<String, T> of) {
		return value == null ? null : of.apply(value);
	}
}
