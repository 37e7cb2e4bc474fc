package org.innovoucher.redemption;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.portal.Formats;
import org.innovoucher.expert.ReviewPanels;
import org.innovoucher.expert.ReviewSubject;
import org.innovoucher.expert.ReviewSubjectType;
import org.innovoucher.expert.ReviewSubjects;
import org.innovoucher.institution.Institutions;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.ProgramId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Claims as expert panels see them (the {@link ReviewSubjects} SPI): the result report, the outputs
 * and the evidence files; and their panels drawn as they enter review where the program sends claims
 * to panels, once the confirmation committed, so a pool too small never holds the claim up.
 */
@Component
class ClaimsForPanels implements ReviewSubjects {

	private static final Logger log = LoggerFactory.getLogger(ClaimsForPanels.class);

	private final RedemptionRepository redemptions;
	private final AttachmentRepository attachments;
	private final EvidenceStore evidence;
	private final Contracts contracts;
	private final Enterprises enterprises;
	private final Institutions institutions;
	private final Programs programs;
	private final ReviewPanels panels;
	private final Formats formats;

	ClaimsForPanels(RedemptionRepository redemptions, AttachmentRepository attachments, EvidenceStore evidence,
			Contracts contracts, Enterprises enterprises, Institutions institutions, Programs programs,
			ReviewPanels panels, Formats formats) {
		this.formats = formats;
		this.redemptions = redemptions;
		this.attachments = attachments;
		this.evidence = evidence;
		this.contracts = contracts;
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.programs = programs;
		this.panels = panels;
	}

	@Override
	public ReviewSubjectType type() {
		return ReviewSubjectType.REDEMPTION;
	}

	@Override
	public Optional<ReviewSubject> find(String id) {
		return redemptions.findById(id).map(claim -> {
			var contract = contracts.get(ContractId.of(claim.getContractId()));
			var enterprise = enterprises.get(EnterpriseId.of(claim.getEnterpriseId()));
			var institution = institutions.get(InstitutionId.of(claim.getInstitutionId()));
			ProgramRules.Review review = rulesOf(claim).review();
			return new ReviewSubject(type(), claim.getId(), claim.getRegionCode(), contract.getCategory(),
					List.of(enterprise.getUscc(), institution.getUscc()), review.expertReview(),
					review.checklistFor(contract.getCategory()), contract.getTitle(),
					List.of(new ReviewSubject.Fact("expert.fact.enterprise", enterprise.getName()),
							new ReviewSubject.Fact("expert.fact.institution", institution.getName()),
							new ReviewSubject.Fact("expert.fact.contract", contract.getTitle()),
							new ReviewSubject.Fact("expert.fact.paid", formats.money(claim.getPaidAmount())),
							new ReviewSubject.Fact("expert.fact.result", claim.getResultSummary())),
					attachments.findByRedemptionIdOrderByUploadedAt(id)
						.stream()
						.map(a -> new ReviewSubject.EvidenceFile(a.getId(), "claim.kind." + a.getKind(), a.getFileName()))
						.toList());
		});
	}

	@Override
	public Optional<ReviewSubject.EvidenceContent> evidenceFile(String subjectId, String fileId) {
		return attachments.findById(fileId).filter(a -> a.getRedemptionId().equals(subjectId)).map(a -> {
			try (InputStream in = evidence.open(a.getSha256())) {
				return new ReviewSubject.EvidenceContent(a.getFileName(), a.getContentType(), in.readAllBytes());
			}
			catch (IOException e) {
				throw new IllegalStateException("evidence file " + a.getSha256() + " is missing", e);
			}
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(RedemptionEvents.ClaimConfirmed e) {
		drawWhereTheProgramSays(e.claimId());
	}

	/** Under a sealed letter the claim enters review when it is submitted: its panel is drawn then. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(RedemptionEvents.ClaimSubmittedWithLetter e) {
		drawWhereTheProgramSays(e.claimId());
	}

	private void drawWhereTheProgramSays(String claimId) {
		try {
			redemptions.findById(claimId)
				.filter(c -> Boolean.TRUE.equals(rulesOf(c).review().expertReview().claims()))
				.ifPresent(c -> panels.drawOnEntry(type(), c.getId()));
		}
		catch (RuntimeException failure) {
			log.warn("no expert panel for claim {}: {}", claimId, failure.toString());
		}
	}

	private ProgramRules rulesOf(ClaimRecord claim) {
		return programs.currentRules(ProgramId.of(claim.getProgramId())).withDefaults();
	}
}
