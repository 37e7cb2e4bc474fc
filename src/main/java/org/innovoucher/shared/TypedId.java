package org.innovoucher.shared;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What every typed id ({@link EnterpriseId}, {@link VoucherId}, ...) is: a value that names something
 * (never missing or blank: that is bad input, 400, not a lookup that finds nothing), equal only to an
 * id of the same kind and value, and written as the bare value in messages and JSON. The kinds exist
 * so that a voucher's id cannot be passed where a claim's is meant; the rule lives here once.
 */
public abstract class TypedId {

	private final String value;

	protected TypedId(String value, String field) {
		if (value == null || value.isBlank()) {
			throw DomainException.invalid(field, "is required");
		}
		this.value = value;
	}

	@JsonValue
	public final String value() {
		return value;
	}

	@Override
	public final boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && ((TypedId) other).value.equals(value);
	}

	@Override
	public final int hashCode() {
		return value.hashCode();
	}

	@Override
	public final String toString() {
		return value;
	}
}
