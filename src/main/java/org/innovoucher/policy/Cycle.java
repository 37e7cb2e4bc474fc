package org.innovoucher.policy;

/** How often a program takes applications and redemptions. */
public enum Cycle {
	ANNUAL, SEMI_ANNUAL, QUARTERLY, MONTHLY, ROLLING
}
