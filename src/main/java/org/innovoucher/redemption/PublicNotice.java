package org.innovoucher.redemption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.innovoucher.redemption.RedemptionEvents.NoticeClosed;
import org.innovoucher.redemption.RedemptionEvents.NoticeHeld;
import org.innovoucher.redemption.RedemptionEvents.NoticeOpened;
import org.innovoucher.shared.AggregateRoot;
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
public class PublicNotice extends AggregateRoot<PublicNotice> {

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
	/** The last day the operators were told that unresolved objections hold the notice open. */
	private LocalDate heldReportedOn;
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

	/**
	 * The claims entered the notice: it is published. Raised once they are listed, so that their lines
	 * come before the notice's, and the notice row exists before they point to it.
	 */
	void published(int claims) {
		if (status != Status.OPEN) {
			throw DomainException.invalidState("the notice is closed already");
		}
		raise(new NoticeOpened(id, claims, endsOn, status.name()));
	}

	/** Objections are taken while the notice is open, up to and including its end date. */
	void requireTakingObjections(LocalDate today) {
		if (status != Status.OPEN || today.isAfter(endsOn)) {
			throw DomainException.invalidState("the notice period ended on " + endsOn);
		}
	}

	/** The notice closes once its period is over and every objection against its claims is resolved. */
	void requireClosable(LocalDate today, long pendingObjections) {
		if (status != Status.OPEN) {
			throw DomainException.invalidState("the notice is closed already");
		}
		if (today.isBefore(endsOn)) {
			throw new DomainException(ErrorCode.NOTICE_PERIOD_NOT_OVER, "the notice period runs until " + endsOn);
		}
		if (pendingObjections > 0) {
			throw new DomainException(ErrorCode.OBJECTIONS_PENDING,
					pendingObjections + " objection(s) against claims of this notice are not resolved yet");
		}
	}

	/**
	 * Closes the notice once its period is over and every objection is resolved: a claim with an
	 * objection still open would otherwise be left in notice on a closed notice. Its claims still in
	 * notice ({@code listed}, locked by the caller) become ready for payment, each due by the date
	 * {@code paymentDueOn} gives it (its program's payment deadline).
	 */
	void close(LocalDate today, Instant now, long pendingObjections, List<Redemption> listed,
			Function<Redemption, LocalDate> paymentDueOn) {
		requireClosable(today, pendingObjections);
		Status before = status;
		status = Status.CLOSED;
		closedAt = now;
		int ready = 0;
		for (Redemption claim : listed) {
			if (claim.getStatus() == Redemption.Status.IN_PUBLIC_NOTICE && id.equals(claim.getNoticeId())) {
				claim.readyForPayment(paymentDueOn.apply(claim));
				ready++;
			}
		}
		raise(new NoticeClosed(id, ready, before.name(), status.name()));
	}

	/**
	 * The period is over but objections hold the notice open. Returns whether the operators should be
	 * told today: once a day, so that a notice left held is not forgotten, nor reported every run.
	 */
	boolean holdForObjections(LocalDate today, long pendingObjections) {
		if (status != Status.OPEN || today.isBefore(endsOn)) {
			throw DomainException.invalidState("only an open notice whose period is over is held");
		}
		if (heldReportedOn != null && !heldReportedOn.isBefore(today)) {
			return false;
		}
		heldReportedOn = today;
		raise(new NoticeHeld(id, regionCode, endsOn, pendingObjections, status.name(), status.name()));
		return true;
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

	public LocalDate getHeldReportedOn() {
		return heldReportedOn;
	}
}
