package org.innovoucher.marketplace;

import org.innovoucher.shared.Money;

/** What happened to contracts. */
public final class ContractEvents {

	private ContractEvents() {
	}

	/** An enterprise proposed a contract; the institution is asked to answer. */
	public record ContractProposed(String contractId, String enterpriseId, String institutionId, String title,
			Money amount) {
	}

	/** The institution signed or declined. */
	public record ContractAnswered(String contractId, String enterpriseId, String institutionId, String status) {
	}
}
