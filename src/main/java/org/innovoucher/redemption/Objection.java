package org.innovoucher.redemption;

import java.time.Instant;

import org.innovoucher.redemption.RedemptionEvents.ObjectionFiled;
import org.innovoucher.redemption.RedemptionEvents.ObjectionResolved;
import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.DomainException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An objection a member of the public files against a claim during its public notice. */
@Entity
public class Objection extends AggregateRoot<Objection> {

	public enum Status {
		OPEN, UPHELD, DISMISSED
	}

	@Id
	private String id;
	private String noticeId;
	private String redemptionId;
	private String name;
	private String contact;
	private String reason;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String note;
	private Instant filedAt;
	private Instant resolvedAt;
	private String resolvedBy;
	@Version
	@Column(name = "version")
	private long revision;

	protected Objection() {
	}

	Objection(String id, String noticeId, String redemptionId, String name, String contact, String reason,
			Instant filedAt) {
		this.id = id;
		this.noticeId = noticeId;
		this.redemptionId = redemptionId;
		this.name = name;
		this.contact = contact;
		this.reason = reason;
		this.status = Status.OPEN;
		this.filedAt = filedAt;
		raise(new ObjectionFiled(id, noticeId, redemptionId, status.name()));
	}

	Status resolve(boolean upheld, String note, String by, Instant at) {
		if (status != Status.OPEN) {
			throw DomainException.invalidState("the objection is resolved already");
		}
		Status before = status;
		status = upheld ? Status.UPHELD : Status.DISMISSED;
		this.note = note;
		this.resolvedBy = by;
		this.resolvedAt = at;
		raise(new ObjectionResolved(id, redemptionId, note, before.name(), status.name()));
		return before;
	}

	public String getId() {
		return id;
	}

	public String getNoticeId() {
		return noticeId;
	}

	public String getRedemptionId() {
		return redemptionId;
	}

	public String getName() {
		return name;
	}

	/** How the objector may be reached: for the operator of the notice's region only, never the public. */
	public String getContact() {
		return contact;
	}

	public String getReason() {
		return reason;
	}

	public Status getStatus() {
		return status;
	}

	public String getNote() {
		return note;
	}

	public Instant getFiledAt() {
		return filedAt;
	}
}
