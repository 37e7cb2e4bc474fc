package org.innovoucher.redemption;

import org.innovoucher.shared.Money;

/** What happens to payment runs; each is a line of the audit trail (each claim's payment has its own). */
public final class PaymentRunEvents {

	private PaymentRunEvents() {
	}

	/** The run was recorded: {@code RECORDED} (its claims paid) or {@code AWAITING_RELEASE}. */
	public record PaymentRunRecorded(String runId, int count, Money total, String reference, String to)
			implements AuditedChanges.RunEvent {

		public String action() {
			return "PAYMENT_RUN_RECORDED";
		}

		public String from() {
			return null;
		}

		public String reason() {
			return count + " claims, " + total + " ref " + reference;
		}
	}

	/** A second finance officer released a run that waited; its claims are paid. */
	public record PaymentRunReleased(String runId, Money total, String from, String to)
			implements AuditedChanges.RunEvent {

		public String action() {
			return "PAYMENT_RUN_RELEASED";
		}

		public String reason() {
			return total.toString();
		}
	}
}
