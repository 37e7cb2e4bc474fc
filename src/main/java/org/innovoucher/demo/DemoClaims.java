package org.innovoucher.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.innovoucher.demo.DemoParties.Provider;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimDrafting;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's contracts and claims: an enterprise proposes, the institution signs; the enterprise
 * claims with one evidence file of every kind, the institution confirms and the bureau approves.
 */
@Component
@Profile("demo")
class DemoClaims {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private final Contracts contracts;
	private final ClaimDrafting drafting;
	private final ClaimEvidence evidence;
	private final ClaimReview review;
	private final BusinessClock clock;

	DemoClaims(Contracts contracts, ClaimDrafting drafting, ClaimEvidence evidence, ClaimReview review,
			BusinessClock clock) {
		this.contracts = contracts;
		this.drafting = drafting;
		this.evidence = evidence;
		this.review = review;
		this.clock = clock;
	}

	/** A contract the institution has yet to answer; returns its id. */
	ContractId proposedContract(CurrentUser enterprise, Provider institution, String service, VoucherId voucher,
			String title, ServiceCategory category, String amount) {
		return enterprise.runAs(() -> contracts.propose(new Contracts.Proposal(institution.id(), service, voucher,
				title, category, Money.of(amount), clock.today()), enterprise).id());
	}

	ContractId signedContract(CurrentUser enterprise, Provider institution, String service, VoucherId voucher,
			String title, ServiceCategory category, String amount) {
		ContractId contract = proposedContract(enterprise, institution, service, voucher, title, category, amount);
		institution.user().runAs(() -> contracts.answer(contract, true, null, institution.user()));
		return contract;
	}

	/** A claim with its evidence, filed by {@code claimant}, waiting for the other party's confirmation; returns its id. */
	ClaimId submittedClaim(CurrentUser enterprise, ContractId contract, String paid, String summary, Outputs outputs) {
		ClaimId claim = enterprise.runAs(() -> drafting.create(new ClaimDrafting.Claim(contract, Money.of(paid), summary,
				outputs), enterprise).id());
		for (Attachment.Kind kind : Attachment.Kind.required(false)) {
			enterprise.runAs(() -> evidence.attach(claim, kind, kind.name().toLowerCase() + ".pdf",
					new ByteArrayInputStream(PDF), enterprise));
		}
		enterprise.runAs(() -> drafting.submit(claim, enterprise));
		return claim;
	}

	/** A claim confirmed by the institution and approved by the reviewer; returns its id. */
	ClaimId approvedClaim(CurrentUser enterprise, Provider institution, CurrentUser reviewer, ContractId contract,
			String paid, String summary, Outputs outputs) {
		ClaimId claim = submittedClaim(enterprise, contract, paid, summary, outputs);
		institution.user().runAs(() -> review.confirm(claim, true, null, institution.user()));
		reviewer.runAs(() -> review.decide(claim, ClaimReview.Decision.APPROVE, null, "材料齐全，成果属实", reviewer));
		return claim;
	}
}
