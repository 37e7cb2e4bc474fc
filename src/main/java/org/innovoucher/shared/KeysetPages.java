package org.innovoucher.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Keyset paging for the jobs that walk a whole table (voucher expiry, mail retries, the evidence
 * scrub): each page is its own short read of the rows after the last key seen, so a million rows
 * never sit in memory or in one transaction.
 */
public final class KeysetPages {

	private KeysetPages() {
	}

	/** The rows after {@code afterKey} in key order, at most {@code size} of them. */
	@FunctionalInterface
	public interface Page<T> {

		List<T> after(String afterKey, int size);
	}

	/**
	 * Hands every row to {@code handle}, a page at a time, and counts those it handled (returned
	 * true for).
	 */
	public static <T> int forEach(int size, Page<T> page, Function<T, String> key, Predicate<T> handle) {
		int handled = 0;
		String after = "";
		List<T> rows;
		do {
			rows = page.after(after, size);
			for (T row : rows) {
				if (handle.test(row)) {
					handled++;
				}
				after = key.apply(row);
			}
		}
		while (rows.size() == size);
		return handled;
	}
}
