package org.innovoucher.institution.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Where each round of the catalog's catch-up starts reading the rows changed. */
class CatalogCatchUpUnitTest {

	private static final Duration OVERLAP = Duration.ofMinutes(1);
	private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void aQuietCatalogsLastWritesAreNotReadAgainOnceALookHasReadThem() {
		Instant lastImport = NOON.minus(Duration.ofHours(2));
		assertThat(CatalogIndex.readFrom(lastImport, NOON, OVERLAP)).isEqualTo(NOON.minus(OVERLAP));
	}

	@Test
	void aWriteStampedBeforeTheLatestButCommittedAfterItIsReadThroughTheOverlap() {
		// the latest write was stamped after the last look began (the writer's clock or a commit late in the read)
		Instant latest = NOON.plusSeconds(1);
		assertThat(CatalogIndex.readFrom(latest, NOON, OVERLAP)).isEqualTo(latest.minus(OVERLAP));
	}

	@Test
	void anIndexOpenedFromDiskReadsFromItsWatermarkLessTheOverlap() {
		assertThat(CatalogIndex.readFrom(NOON, null, OVERLAP)).isEqualTo(NOON.minus(OVERLAP));
	}
}
