package org.innovoucher.policy;

import java.time.LocalDate;

/**
 * One round of a program: its own application window and the day its files are reviewed together
 * ({@code reviewBatchOn}; none under a rolling cycle, whose files are reviewed as they come).
 */
public record Round(String name, LocalDate applicationOpensOn, LocalDate applicationClosesOn, LocalDate reviewBatchOn) {

	/** Whether the round takes applications on this day. */
	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(applicationOpensOn) && !day.isAfter(applicationClosesOn);
	}
}
