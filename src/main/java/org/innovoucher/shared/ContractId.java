package org.innovoucher.shared;

/** Which service contract: typed, so it cannot be swapped with the voucher or the claim. */
public final class ContractId extends TypedId {

	private ContractId(String value) {
		super(value, "contractId");
	}

	public static ContractId of(String value) {
		return new ContractId(value);
	}
}
