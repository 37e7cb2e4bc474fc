package org.innovoucher.voucher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.RegionCode;
import org.innovoucher.shared.persistence.CsvConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An enterprise's application (申领) for a voucher of a program. Each named operation moves along
 * {@code Status.MOVES} and raises one past-tense event of {@link VoucherEvents}.
 */
@Entity
public class VoucherApplication extends AggregateRoot<VoucherApplication> {

	public enum Status {
		SUBMITTED, RETURNED, APPROVED, REJECTED, WITHDRAWN;

		private static final Map<Status, Set<Status>> MOVES = new EnumMap<>(Status.class);

		static {
			MOVES.put(SUBMITTED, EnumSet.of(APPROVED, REJECTED, RETURNED, WITHDRAWN));
			MOVES.put(RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN));
			MOVES.put(APPROVED, EnumSet.noneOf(Status.class));
			MOVES.put(REJECTED, EnumSet.noneOf(Status.class));
			MOVES.put(WITHDRAWN, EnumSet.noneOf(Status.class));
		}

		/** Still counts against the enterprise's allowance in the program. */
		public boolean isActive() {
			return this == SUBMITTED || this == RETURNED || this == APPROVED;
		}
	}

	@Id
	private String id;
	private String programId;
	private int programVersion;
	private String enterpriseId;
	private String regionCode;
	private Money denomination;
	private String purpose;
	@Convert(converter = CsvConverter.class)
	private List<String> serviceCategories;
	@Enumerated(EnumType.STRING)
	private Status status;
	private LocalDate submittedOn;
	/** The round of the program the application was (last) submitted in; null on those filed before rounds. */
	private String roundName;
	private LocalDate reviewDueOn;
	private LocalDate decidedOn;
	private String decisionReason;
	private String voucherId;
	private String createdBy;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected VoucherApplication() {
	}

	VoucherApplication(String id, String programId, int programVersion, String enterpriseId, String regionCode,
			Money denomination, String purpose, List<String> serviceCategories, String createdBy, Instant createdAt,
			LocalDate submittedOn, LocalDate reviewDueOn) {
		this.id = id;
		this.programId = programId;
		this.programVersion = programVersion;
		this.enterpriseId = enterpriseId;
		this.regionCode = regionCode;
		this.denomination = denomination;
		this.purpose = purpose;
		this.serviceCategories = List.copyOf(serviceCategories);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = Status.SUBMITTED;
		this.submittedOn = submittedOn;
		this.reviewDueOn = reviewDueOn;
	}

	/** A new application, submitted: raises {@link VoucherEvents.ApplicationSubmitted}. */
	static VoucherApplication submit(String id, String programId, String programName, int programVersion,
			String enterpriseId, String regionCode, Money denomination, String purpose, List<String> serviceCategories,
			String createdBy, Instant createdAt, LocalDate submittedOn, String roundName, LocalDate reviewDueOn) {
		VoucherApplication application = new VoucherApplication(id, programId, programVersion, enterpriseId, regionCode,
				denomination, purpose, serviceCategories, createdBy, createdAt, submittedOn, reviewDueOn);
		application.roundName = roundName;
		application.raise(new VoucherEvents.ApplicationSubmitted(id, enterpriseId, programId, programName, denomination));
		return application;
	}

	private Status moveTo(Status next) {
		if (!MOVES_ALLOWED(status, next)) {
			throw DomainException.invalidState("an application in status " + status + " cannot become " + next);
		}
		Status before = status;
		status = next;
		return before;
	}

	private static boolean MOVES_ALLOWED(Status from, Status to) {
		return Status.MOVES.get(from).contains(to);
	}

	Status approve(String voucherId, LocalDate today, String reason) {
		Status before = moveTo(Status.APPROVED);
		this.voucherId = voucherId;
		return decided(before, today, reason);
	}

	Status reject(LocalDate today, String reason) {
		return decided(moveTo(Status.REJECTED), today, reason);
	}

	Status returnForChanges(LocalDate today, String reason) {
		return decided(moveTo(Status.RETURNED), today, reason);
	}

	private Status decided(Status before, LocalDate today, String reason) {
		this.decidedOn = today;
		this.decisionReason = reason;
		raise(new VoucherEvents.ApplicationDecided(id, enterpriseId, programId, status.name(), voucherId, reason,
				before.name()));
		return before;
	}

	Status resubmit(Money denomination, String purpose, List<String> serviceCategories, int programVersion,
			LocalDate today, String roundName, LocalDate reviewDueOn) {
		Status before = moveTo(Status.SUBMITTED);
		this.roundName = roundName;
		this.denomination = denomination;
		this.purpose = purpose;
		this.serviceCategories = List.copyOf(serviceCategories);
		this.programVersion = programVersion;
		this.submittedOn = today;
		this.reviewDueOn = reviewDueOn;
		this.decidedOn = null;
		raise(new VoucherEvents.ApplicationResubmitted(id, enterpriseId, before.name()));
		return before;
	}

	Status withdraw() {
		Status before = moveTo(Status.WITHDRAWN);
		raise(new VoucherEvents.ApplicationWithdrawn(id, enterpriseId, before.name()));
		return before;
	}

	/** Whether the application may still move to {@code next}, e.g. be withdrawn or resubmitted. */
	public boolean canMoveTo(Status next) {
		return MOVES_ALLOWED(status, next);
	}

	/** Checks a move is allowed without making it, e.g. before reserving budget. */
	void requireCanMoveTo(Status next) {
		if (!MOVES_ALLOWED(status, next)) {
			throw DomainException.invalidState("an application in status " + status + " cannot become " + next);
		}
	}

	public String getId() {
		return id;
	}

	public String getProgramId() {
		return programId;
	}

	/** The same, typed for the other modules' APIs. */
	public ProgramId program() {
		return ProgramId.of(programId);
	}

	public int getProgramVersion() {
		return programVersion;
	}

	public String getEnterpriseId() {
		return enterpriseId;
	}

	/** The same, typed for the other modules' APIs. */
	public EnterpriseId enterprise() {
		return EnterpriseId.of(enterpriseId);
	}

	public String getRegionCode() {
		return regionCode;
	}

	/** The same, typed for the other modules' APIs. */
	public RegionCode region() {
		return RegionCode.of(regionCode);
	}

	public Money getDenomination() {
		return denomination;
	}

	public String getPurpose() {
		return purpose;
	}

	public List<String> getServiceCategories() {
		return serviceCategories;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getSubmittedOn() {
		return submittedOn;
	}

	public String getRoundName() {
		return roundName;
	}

	public LocalDate getReviewDueOn() {
		return reviewDueOn;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public String getVoucherId() {
		return voucherId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
