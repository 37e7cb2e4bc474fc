package org.innovoucher.expert;

import java.util.Optional;

/**
 * The SPI through which a module describes its files to the expert panels: one bean per
 * {@link ReviewSubjectType}, in the module that owns the file (which may depend on this one; this
 * module depends on none of them). Called without a signed-in person's scope: the panel module has
 * checked who may see the file.
 */
public interface ReviewSubjects {

	ReviewSubjectType type();

	/** The file, or empty where none has this id. */
	Optional<ReviewSubject> find(String id);

	/** One of the file's evidence files, as listed in {@link ReviewSubject#evidence()}; empty otherwise. */
	default Optional<ReviewSubject.EvidenceContent> evidenceFile(String subjectId, String fileId) {
		return Optional.empty();
	}
}
