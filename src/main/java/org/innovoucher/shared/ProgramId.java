package org.innovoucher.shared;

/** Which voucher program: typed, so it cannot be passed where a voucher's id or a region's code is meant. */
public final class ProgramId extends TypedId {

	private ProgramId(String value) {
		super(value, "programId");
	}

	public static ProgramId of(String value) {
		return new ProgramId(value);
	}
}
