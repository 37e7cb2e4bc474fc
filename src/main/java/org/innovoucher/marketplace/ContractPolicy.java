package org.innovoucher.marketplace;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.institution.Institution;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.ServiceCategory;

/**
 * May this enterprise contract this institution for this category with a voucher of these rules?
 * Refused where the enterprise is banned (a ban may come after its voucher was issued), the
 * institution is not recognised, the category or the institution's region is not covered, or the
 * two parties are the same legal person or declared related.
 */
final class ContractPolicy {

	private ContractPolicy() {
	}

	static void check(ProgramRules rules, Enterprise enterprise, Institution institution, ServiceCategory category,
			boolean institutionRegionAccepted, LocalDate today) {
		if (enterprise.isBannedOn(today)) {
			throw new DomainException(ErrorCode.ENTERPRISE_BANNED,
					"the enterprise is banned until " + enterprise.getBannedUntil());
		}
		if (!institution.isRecognised()) {
			throw new DomainException(ErrorCode.INSTITUTION_NOT_RECOGNISED,
					"institution " + institution.getName() + " is " + institution.getStatus());
		}
		if (!rules.covers(category)) {
			throw new DomainException(ErrorCode.CATEGORY_NOT_COVERED, "the voucher's program does not cover " + category);
		}
		if (!institution.offers(category)) {
			throw new DomainException(ErrorCode.CATEGORY_NOT_COVERED,
					"the institution is not recognised for " + category);
		}
		if (!institutionRegionAccepted) {
			throw new DomainException(ErrorCode.INSTITUTION_REGION_NOT_ACCEPTED, "institutions of region "
					+ institution.getRegionCode() + " are not among " + rules.eligible().acceptedInstitutionRegions());
		}
		if (enterprise.isRelatedTo(institution.getUscc()) || institution.isRelatedTo(enterprise.getUscc())) {
			throw new DomainException(ErrorCode.RELATED_PARTY,
					"the enterprise and the institution are the same legal person or declared related parties");
		}
	}

	static boolean regionAccepted(List<String> acceptedRegions, List<String> institutionChain) {
		return acceptedRegions.stream().anyMatch(institutionChain::contains);
	}
}
