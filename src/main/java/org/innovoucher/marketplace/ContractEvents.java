package org.innovoucher.marketplace;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.shared.Money;

/** What happened to contracts: raised by {@link Contract}, appended to the audit trail. */
public final class ContractEvents {

	static final String CONTRACT = "CONTRACT";

	private ContractEvents() {
	}

	/** An audited change of a contract. */
	interface ContractEvent extends AuditedEvent {

		String contractId();

		@Override
		default String entityType() {
			return CONTRACT;
		}

		@Override
		default String entityId() {
			return contractId();
		}
	}

	/** An enterprise proposed a contract; the institution is asked to answer. */
	public record ContractProposed(String contractId, String enterpriseId, String institutionId, String title,
			Money amount) implements ContractEvent {

		@Override
		public String action() {
			return "CONTRACT_PROPOSED";
		}

		@Override
		public String from() {
			return null;
		}

		@Override
		public String to() {
			return Contract.Status.PROPOSED.name();
		}

		@Override
		public String reason() {
			return title + " " + amount;
		}
	}

	/** The institution signed or declined ({@code from} the status before). */
	public record ContractAnswered(String contractId, String enterpriseId, String institutionId, String status,
			String from, String reason) implements ContractEvent {

		@Override
		public String action() {
			return "CONTRACT_" + status;
		}

		@Override
		public String to() {
			return status;
		}
	}

	/** A party recorded that the service was delivered ({@code COMPLETED}) or ended it early ({@code TERMINATED}). */
	public record ContractClosed(String contractId, String enterpriseId, String institutionId, String status,
			String from, String reason) implements ContractEvent {

		@Override
		public String action() {
			return "CONTRACT_" + status;
		}

		@Override
		public String to() {
			return status;
		}
	}
}
