package org.innovoucher.redemption;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's evidence files: the claimant adds them while the claim is its own; whoever sees the
 * claim reads them. Locks as {@link ClaimAccess} writes down.
 */
@Service
public class ClaimEvidence {

	/** The attachment and its content, for those who may see the claim. */
	public record EvidenceFile(Attachment attachment, InputStream content) {
	}

	private final RedemptionRepository redemptions;
	private final AttachmentRepository attachments;
	private final EvidenceStore evidence;
	private final EvidenceInspection inspection;
	private final ClaimAccess access;
	private final BusinessClock clock;

	ClaimEvidence(RedemptionRepository redemptions, AttachmentRepository attachments, EvidenceStore evidence,
			EvidenceInspection inspection, ClaimAccess access, BusinessClock clock) {
		this.redemptions = redemptions;
		this.attachments = attachments;
		this.evidence = evidence;
		this.inspection = inspection;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public Attachment attach(ClaimId id, Attachment.Kind kind, String fileName, InputStream content, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		access.claimant(redemption, user);
		redemption.requireTakingEvidence();
		inspection.requireRoomFor(attachments.countByRedemptionId(id.value()));
		EvidenceStore.Stored stored;
		try (InputStream inspected = inspection.inspect(fileName, content)) {
			stored = evidence.store(inspected);
		}
		catch (IOException e) {
			throw new IllegalStateException("evidence could not be stored", e);
		}
		String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase() : fileName;
		Attachment attachment = attachments.save(new Attachment(Ids.newId(), id.value(), kind,
				name.length() > 255 ? name.substring(0, 255) : name, stored.contentType(), stored.size(), stored.sha256(),
				user.id(), clock.now()));
		redemption.addEvidence(kind, stored.sha256());
		redemptions.save(redemption);
		return attachment;
	}

	public List<Attachment> attachments(ClaimId id, CurrentUser user) {
		access.getVisible(id, user);
		return attachments.findByRedemptionIdOrderByUploadedAt(id.value());
	}

	public EvidenceFile evidenceFile(ClaimId id, String attachmentId, CurrentUser user) {
		access.getVisible(id, user);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getRedemptionId().equals(id.value()))
			.orElseThrow(() -> DomainException.notFound("attachment", attachmentId));
		try {
			return new EvidenceFile(attachment, evidence.open(attachment.getSha256()));
		}
		catch (IOException e) {
			throw new IllegalStateException("evidence file " + attachment.getSha256() + " is missing", e);
		}
	}
}
