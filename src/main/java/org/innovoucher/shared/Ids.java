package org.innovoucher.shared;

import java.util.UUID;

/** Opaque identifiers. */
public final class Ids {

	private Ids() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}
}
