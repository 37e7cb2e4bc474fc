package org.innovoucher.institution;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.innovoucher.shared.ServiceCategory;

/** Institutions for unit tests of every module. */
public final class InstitutionFixtures {

	/** A Taiyuan testing centre. */
	public static final String USCC = "12140100405721688D";

	private InstitutionFixtures() {
	}

	public static Institution pending(String uscc, String regionCode, Set<ServiceCategory> categories,
			List<String> relatedParties) {
		return new Institution("institution-1", uscc, "山西省检验检测中心", regionCode, InstitutionType.TESTING_CERTIFICATION,
				categories, List.of("CMA", "CNAS"), relatedParties, Instant.parse("2026-01-05T02:00:00Z"));
	}

	public static Institution pendingTestingCentre() {
		return pending(USCC, "140100", Set.of(ServiceCategory.TESTING_CERTIFICATION, ServiceCategory.RESEARCH_DEVELOPMENT),
				List.of());
	}

	public static Institution recognised(Institution institution) {
		institution.moveTo(Institution.Status.RECOGNISED, "recognised");
		return institution;
	}

	public static Institution recognisedTestingCentre() {
		return recognised(pendingTestingCentre());
	}

	public static Institution inStatus(Institution.Status status) {
		Institution institution = pendingTestingCentre();
		switch (status) {
			case PENDING_RECOGNITION -> {
			}
			case RECOGNISED -> institution.moveTo(status, "ok");
			case REJECTED -> institution.moveTo(status, "no");
			case SUSPENDED, REVOKED -> {
				institution.moveTo(Institution.Status.RECOGNISED, "ok");
				institution.moveTo(status, "no");
			}
		}
		return institution;
	}
}
