package org.innovoucher.redemption;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file of a claim, kept with its checksum. */
@Entity
@Table(name = "redemption_attachment")
public class Attachment {

	/**
	 * The evidence a claim needs: the first four always; the institution's stamped confirmation letter
	 * where the program confirms by sealed letter (domain.md, "Confirmation by sealed letter").
	 */
	public enum Kind {
		RESULT_REPORT, CONTRACT, INVOICE, PAYMENT_PROOF, INSTITUTION_CONFIRMATION;

		/** The kinds a claim must carry before it is submitted. */
		public static java.util.Set<Kind> required(boolean sealedLetter) {
			java.util.EnumSet<Kind> kinds = java.util.EnumSet.of(RESULT_REPORT, CONTRACT, INVOICE, PAYMENT_PROOF);
			if (sealedLetter) {
				kinds.add(INSTITUTION_CONFIRMATION);
			}
			return kinds;
		}
	}

	/** The kinds a claim with these files still lacks: the submission needs every one. */
	public static java.util.Set<Kind> missingFrom(java.util.Collection<Attachment> files, boolean sealedLetter) {
		java.util.Set<Kind> missing = Kind.required(sealedLetter);
		files.forEach(a -> missing.remove(a.getKind()));
		return missing;
	}

	@Id
	private String id;
	private String redemptionId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String fileName;
	private String contentType;
	private long size;
	private String sha256;
	private String uploadedBy;
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(String id, String redemptionId, Kind kind, String fileName, String contentType, long size, String sha256,
			String uploadedBy, Instant uploadedAt) {
		this.id = id;
		this.redemptionId = redemptionId;
		this.kind = kind;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public String getId() {
		return id;
	}

	public String getRedemptionId() {
		return redemptionId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
