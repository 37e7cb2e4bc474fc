package org.innovoucher.expert;

import java.util.List;

import org.innovoucher.policy.ExpertReview;
import org.innovoucher.policy.ReviewCriterion;
import org.innovoucher.shared.ServiceCategory;

/**
 * A file as a panel needs it, told by the module that owns it: where it lies, which field it is of,
 * the parties an expert must not be tied to, the program's review settings and checklist, and what an
 * expert reads (facts and evidence files).
 *
 * @param partyUsccs the USCCs of the parties (enterprise, institution): experts employed by or
 *        declaring a conflict with any of them are never drawn
 * @param settings the program's expert review settings; null where no program governs the file (an
 *        institution's recognition), then the defaults apply
 * @param checklist the criteria of the file's category; null for the default checklist
 * @param facts what the expert reads, each a message key of the bundles and its value
 */
public record ReviewSubject(ReviewSubjectType type, String id, String regionCode, ServiceCategory category,
		List<String> partyUsccs, ExpertReview settings, List<ReviewCriterion> checklist, String title, List<Fact> facts,
		List<EvidenceFile> evidence) {

	/** One line of what the expert reads: its label (a message key) and its value, as the owner formats it. */
	public record Fact(String labelKey, String value) {
	}

	/** An evidence file the expert may open through {@link ReviewSubjects#evidenceFile}. */
	public record EvidenceFile(String id, String kindKey, String fileName) {
	}

	/** An evidence file's content, for the expert's download. */
	public record EvidenceContent(String fileName, String contentType, byte[] bytes) {
	}

	public ReviewSubject {
		partyUsccs = partyUsccs.stream().filter(u -> u != null && !u.isBlank()).toList();
		facts = facts == null ? List.of() : List.copyOf(facts);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}
}
