package org.innovoucher.redemption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A finance officer's payment run: claims ready for payment, paid in one operation (domain.md,
 * "Payment runs"). A run over its program's release threshold waits, paying nothing, until a second
 * finance officer releases it. The claims themselves are paid by {@link PaymentRuns}, under their locks.
 */
@Entity
public class PaymentRun extends AggregateRoot<PaymentRun> {

	public enum Status {
		AWAITING_RELEASE, RECORDED;

		static final Map<Status, Set<Status>> MOVES = new EnumMap<>(Status.class);

		static {
			MOVES.put(AWAITING_RELEASE, EnumSet.of(RECORDED));
			MOVES.put(RECORDED, EnumSet.noneOf(Status.class));
		}
	}

	@Id
	private String id;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String programId;
	/** The recording officer's region: whose staff read the run's audit entries. */
	private String regionCode;
	private String reference;
	private LocalDate paidOn;
	private int itemCount;
	private Money total;
	private String recordedBy;
	private Instant recordedAt;
	private String releasedBy;
	private Instant releasedAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "payment_run_item", joinColumns = @JoinColumn(name = "run_id"))
	@OrderColumn(name = "item_no")
	private List<PaymentRunItem> items = new ArrayList<>();
	@Version
	@Column(name = "version")
	private long revision;

	protected PaymentRun() {
	}

	private PaymentRun(String id, Status status, String programId, String regionCode, String reference, LocalDate paidOn,
			List<PaymentRunItem> items, String recordedBy, Instant recordedAt) {
		this.id = id;
		this.status = status;
		this.programId = programId;
		this.regionCode = regionCode;
		this.reference = reference;
		this.paidOn = paidOn;
		this.items = new ArrayList<>(items);
		this.itemCount = items.size();
		this.total = items.stream().map(PaymentRunItem::amount).reduce(Money.ZERO, Money::plus);
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * A run of these items, recorded by {@code recordedBy}: paid at once, or waiting for a release
	 * where {@code needsRelease} (its total is above the program's threshold).
	 */
	static PaymentRun record(String id, String programId, String regionCode, String reference, LocalDate paidOn,
			List<PaymentRunItem> items, boolean needsRelease, String recordedBy, Instant recordedAt) {
		if (items.isEmpty()) {
			throw DomainException.invalid("redemptionIds", "at least one claim");
		}
		PaymentRun run = new PaymentRun(id, needsRelease ? Status.AWAITING_RELEASE : Status.RECORDED, programId,
				regionCode, reference, paidOn, items, recordedBy, recordedAt);
		run.raise(new PaymentRunEvents.PaymentRunRecorded(id, run.itemCount, run.total, reference, run.status.name()));
		return run;
	}

	/**
	 * A second finance officer releases a run that waited: never the one who recorded it. The claims are
	 * paid by the caller, under their locks, after this check.
	 */
	void release(String releaser, Instant at) {
		if (!Status.MOVES.get(status).contains(Status.RECORDED)) {
			throw DomainException.invalidState("a payment run in status " + status + " is not released");
		}
		if (recordedBy.equals(releaser)) {
			throw new DomainException(ErrorCode.SEPARATION_OF_DUTIES,
					"a payment run is released by a second finance officer, not by the one who recorded it");
		}
		Status before = status;
		this.status = Status.RECORDED;
		this.releasedBy = releaser;
		this.releasedAt = at;
		raise(new PaymentRunEvents.PaymentRunReleased(id, total, before.name(), status.name()));
	}

	public boolean paysNow() {
		return status == Status.RECORDED;
	}

	public String getId() {
		return id;
	}

	public Status getStatus() {
		return status;
	}

	public String getProgramId() {
		return programId;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public String getReference() {
		return reference;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

	public int getCount() {
		return itemCount;
	}

	public Money getTotal() {
		return total;
	}

	public List<PaymentRunItem> getItems() {
		return List.copyOf(items);
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getReleasedBy() {
		return releasedBy;
	}

	public Instant getReleasedAt() {
		return releasedAt;
	}
}
