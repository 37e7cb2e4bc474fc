package org.innovoucher.institution.catalog;

import java.time.Instant;

/**
 * One catalog item as the index needs it, with its institution. {@code stamp} changes whenever the
 * item or its institution is written (their optimistic-lock versions), so a row read again that
 * the index already holds is recognised and skipped.
 */
public record CatalogRow(String id, String institutionId, String title, String category, String description,
		String standards, long priceFen, int leadTimeDays, long createdMillis, boolean active, String institutionName,
		String regionCode, String type, String status, String stamp, Instant changedAt) {

	/** Only active items of recognised institutions are searchable. */
	public boolean searchable() {
		return active && "RECOGNISED".equals(status);
	}
}
