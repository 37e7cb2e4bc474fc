package org.innovoucher.institution;

import java.util.List;
import java.util.Optional;

import org.innovoucher.expert.ReviewSubject;
import org.innovoucher.expert.ReviewSubjectType;
import org.innovoucher.expert.ReviewSubjects;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.stereotype.Component;

/**
 * An institution's recognition as expert panels see it (the {@link ReviewSubjects} SPI). No program
 * governs a recognition, so the panel takes the default settings and checklist; its field is the
 * institution's first category.
 */
@Component
class InstitutionsForPanels implements ReviewSubjects {

	private final InstitutionRepository institutions;

	InstitutionsForPanels(InstitutionRepository institutions) {
		this.institutions = institutions;
	}

	@Override
	public ReviewSubjectType type() {
		return ReviewSubjectType.INSTITUTION;
	}

	@Override
	public Optional<ReviewSubject> find(String id) {
		return institutions.findById(id).map(i -> new ReviewSubject(type(), i.getId(), i.getRegionCode(),
				i.getCategories().isEmpty() ? null : ServiceCategory.valueOf(i.getCategories().get(0)), List.of(i.getUscc()),
				null, null, i.getName(),
				List.of(new ReviewSubject.Fact("expert.fact.institution", i.getName()),
						new ReviewSubject.Fact("expert.fact.categories", String.join(", ", i.getCategories())),
						new ReviewSubject.Fact("expert.fact.qualifications", String.join("; ", i.getQualifications()))),
				List.of()));
	}
}
