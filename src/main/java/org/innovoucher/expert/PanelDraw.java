package org.innovoucher.expert;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.ServiceCategory;

/**
 * Who sits on a panel: experts of the file's field who are available, neither employed by nor
 * declaring a conflict with either party, those with the fewest open assignments first (their id
 * breaks ties, so the same pool always draws the same panel). Pure: the caller gathers the pool.
 */
public final class PanelDraw {

	/** One expert of the pool as the drawing sees them. */
	public record Candidate(String expertId, Set<ServiceCategory> fields, String affiliationUscc, boolean available,
			Set<String> conflictUsccs, long openAssignments) {

		boolean fits(ServiceCategory category, Collection<String> partyUsccs) {
			// List.of refuses contains(null): an expert without an employer is affiliated with nobody
			return available && fields.contains(category)
					&& (affiliationUscc == null || !partyUsccs.contains(affiliationUscc))
					&& partyUsccs.stream().noneMatch(conflictUsccs::contains);
		}
	}

	private PanelDraw() {
	}

	/**
	 * {@code size} experts for a file of {@code category} between {@code partyUsccs}, none of
	 * {@code excluded} (already on the panel, or declined it); 409 {@code NOT_ENOUGH_EXPERTS} when the
	 * pool has fewer.
	 */
	public static List<String> draw(List<Candidate> pool, ServiceCategory category, Collection<String> partyUsccs,
			int size, Set<String> excluded) {
		List<String> drawn = pool.stream()
			.filter(c -> !excluded.contains(c.expertId()) && c.fits(category, partyUsccs))
			.sorted(Comparator.comparingLong(Candidate::openAssignments).thenComparing(Candidate::expertId))
			.limit(size)
			.map(Candidate::expertId)
			.toList();
		if (drawn.size() < size) {
			throw notEnough(category, size, drawn.size());
		}
		return drawn;
	}

	static DomainException notEnough(ServiceCategory category, int wanted, int found) {
		return new DomainException(ErrorCode.NOT_ENOUGH_EXPERTS, "a panel of " + wanted + " experts of " + category
				+ " without a conflict of interest was asked for; the pool has " + found);
	}
}
