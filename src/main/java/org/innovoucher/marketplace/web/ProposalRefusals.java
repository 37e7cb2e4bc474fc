package org.innovoucher.marketplace.web;

import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Where a refused proposal is shown: the service's refusal goes beside the input it concerns, on
 * the page of the proposal that asks for that input. The rules stay in {@code Contracts}; this only
 * knows which question each refusal is about.
 */
@Component
class ProposalRefusals {

	/** A page of the proposal and the input its refusal is shown beside. */
	record Shown(ProposalPages.Step step, PageErrors.Shown errors) {
	}

	private final PageErrors pageErrors;

	ProposalRefusals(PageErrors pageErrors) {
		this.pageErrors = pageErrors;
	}

	Shown of(DomainException e) {
		if (!e.fieldErrors().isEmpty()) {
			String field = e.fieldErrors().get(0).field();
			String input = switch (field) {
				case "amount", "signedOn", "category", "title" -> field;
				case "voucherId" -> "voucherId";
				case "institutionId" -> "institutionId";
				// the catalog item was withdrawn meanwhile: the enterprise describes the service itself
				default -> "title";
			};
			return new Shown(stepOf(input), pageErrors.on(input, "contract.refused." + field));
		}
		String input = switch (e.code()) {
			case INSTITUTION_NOT_RECOGNISED, RELATED_PARTY, INSTITUTION_REGION_NOT_ACCEPTED -> "institutionId";
			case CATEGORY_NOT_COVERED -> "category";
			case VOUCHER_NOT_ACTIVE, VOUCHER_EXPIRED, VOUCHER_BALANCE_EXCEEDED, NOT_FOUND -> "voucherId";
			default -> "form";
		};
		return new Shown(stepOf(input), pageErrors.on(input, "error.code." + e.code().name()));
	}

	private static ProposalPages.Step stepOf(String input) {
		return switch (input) {
			case "institutionId" -> ProposalPages.Step.INSTITUTION;
			case "voucherId" -> ProposalPages.Step.VOUCHER;
			case "form" -> ProposalPages.Step.CHECK;
			default -> ProposalPages.Step.DETAILS;
		};
	}
}
