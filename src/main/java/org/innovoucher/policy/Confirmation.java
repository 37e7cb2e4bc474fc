package org.innovoucher.policy;

/**
 * How the other party confirms a claim: online within its working days, or by a stamped letter filed
 * among the evidence, which lets the claim bind its amount when it is submitted (domain.md,
 * "Confirmation by sealed letter").
 */
public enum Confirmation {
	ONLINE, SEALED_LETTER
}
