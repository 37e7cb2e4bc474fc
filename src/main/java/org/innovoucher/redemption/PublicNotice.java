package org.innovoucher.redemption;

import java.time.Instant;
import java.time.LocalDate;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A public notice (公示) batch of approved claims, open to objections for a number of working days. */
@Entity
public class PublicNotice {

	public enum Status {
		OPEN, CLOSED
	}

	@Id
	private String id;
	private String regionCode;
	private LocalDate startsOn;
	private LocalDate endsOn;
	@Enumerated(EnumType.STRING)
	private Status status;
	private Instant createdAt;
	private Instant closedAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected PublicNotice() {
	}

	PublicNotice(String id, String regionCode, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
		this.id = id;
		this.regionCode = regionCode;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.status = Status.OPEN;
		this.createdAt = createdAt;
	}

	/** Objections are taken while the notice is open, up to and including its end date. */
	void requireTakingObjections(LocalDate today) {
		if (status != Status.OPEN || today.isAfter(endsOn)) {
			throw DomainException.invalidState("the notice period ended on " + endsOn);
		}
	}

	void close(LocalDate today, Instant now) {
		if (status != Status.OPEN) {
			throw DomainException.invalidState("the notice is closed already");
		}
		if (today.isBefore(endsOn)) {
			throw new DomainException(ErrorCode.NOTICE_PERIOD_NOT_OVER, "the notice period runs until " + endsOn);
		}
		status = Status.CLOSED;
		closedAt = now;
	}

	public String getId() {
		return id;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getClosedAt() {
		return closedAt;
	}
}
