package org.innovoucher.shared;

/** Which service institution: typed, so it cannot be passed where an enterprise's id is meant. */
public final class InstitutionId extends TypedId {

	private InstitutionId(String value) {
		super(value, "institutionId");
	}

	public static InstitutionId of(String value) {
		return new InstitutionId(value);
	}
}
