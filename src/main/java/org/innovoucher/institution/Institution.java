package org.innovoucher.institution;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.persistence.CsvConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** A service institution and its recognition lifecycle. Only recognised ones sell and sign. */
@Entity
public class Institution extends AggregateRoot<Institution> {

	public enum Status {
		PENDING_RECOGNITION, RECOGNISED, REJECTED, SUSPENDED, REVOKED;

		private static final Map<Status, Set<Status>> MOVES = new EnumMap<>(Status.class);

		static {
			MOVES.put(PENDING_RECOGNITION, EnumSet.of(RECOGNISED, REJECTED));
			MOVES.put(RECOGNISED, EnumSet.of(SUSPENDED, REVOKED));
			MOVES.put(SUSPENDED, EnumSet.of(RECOGNISED, REVOKED));
			MOVES.put(REJECTED, EnumSet.noneOf(Status.class));
			MOVES.put(REVOKED, EnumSet.noneOf(Status.class));
		}

		boolean canMoveTo(Status next) {
			return MOVES.get(this).contains(next);
		}

		/** The statuses the operator may move an institution in this status to, for pages to offer. */
		public Set<Status> moves() {
			return Set.copyOf(MOVES.get(this));
		}
	}

	@Id
	private String id;
	private String uscc;
	private String name;
	private String regionCode;
	@Enumerated(EnumType.STRING)
	private InstitutionType type;
	@Convert(converter = CsvConverter.class)
	private List<String> categories;
	@Convert(converter = CsvConverter.class)
	private List<String> qualifications;
	@Convert(converter = CsvConverter.class)
	private List<String> relatedParties;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String statusReason;
	/** Where the institution is paid; none until it names one, and no payment run pays it before. */
	@Embedded
	private BankAccount bankAccount;
	private Instant createdAt;
	/**
	 * The wall clock's time of the last write, not the business clock's (which tests and demos move):
	 * the search indexes of other instances read what changed since they last looked.
	 */
	private Instant changedAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Institution() {
	}

	Institution(String id, String uscc, String name, String regionCode, InstitutionType type,
			Set<ServiceCategory> categories, List<String> qualifications, List<String> relatedParties, Instant createdAt) {
		this.id = id;
		this.uscc = uscc;
		this.name = name;
		this.regionCode = regionCode;
		this.type = type;
		this.categories = categories.stream().map(Enum::name).sorted().toList();
		this.qualifications = List.copyOf(qualifications);
		this.relatedParties = List.copyOf(relatedParties);
		this.status = Status.PENDING_RECOGNITION;
		this.createdAt = createdAt;
	}

	/** A new institution, pending recognition, registered by {@code registrant} (named as who acted). */
	static Institution register(String id, String uscc, String name, String regionCode, InstitutionType type,
			Set<ServiceCategory> categories, List<String> qualifications, List<String> relatedParties, Instant createdAt,
			String registrant) {
		Institution institution = new Institution(id, uscc, name, regionCode, type, categories, qualifications,
				relatedParties, createdAt);
		institution.raise(new InstitutionEvents.InstitutionRegistered(id, name, registrant));
		return institution;
	}

	Status recognise(String reason) {
		return moveTo(Status.RECOGNISED, reason);
	}

	Status reject(String reason) {
		return moveTo(Status.REJECTED, reason);
	}

	Status suspend(String reason) {
		return moveTo(Status.SUSPENDED, reason);
	}

	Status reinstate(String reason) {
		if (status != Status.SUSPENDED) {
			throw DomainException.invalidState("only a suspended institution is reinstated, not one " + status);
		}
		return moveTo(Status.RECOGNISED, reason);
	}

	Status revoke(String reason) {
		return moveTo(Status.REVOKED, reason);
	}

	/**
	 * Moves along the recognition lifecycle (the operator's decision names the status reached) and
	 * raises the move's event; returns the status it left.
	 */
	Status moveTo(Status next, String reason) {
		if (!status.canMoveTo(next)) {
			throw DomainException.invalidState("an institution in status " + status + " cannot become " + next);
		}
		Status before = status;
		this.status = next;
		this.statusReason = reason;
		raise(InstitutionEvents.RecognitionChanged.of(id, before, next, reason));
		return before;
	}

	/** The institution names the account it is paid to (a new one replaces the old); always recorded. */
	void keepBankAccount(BankAccount account) {
		String before = bankAccount == null ? null : bankAccount.masked();
		this.bankAccount = account;
		raise(new InstitutionEvents.BankAccountChanged(id, status, before, account.masked()));
	}

	public boolean isRecognised() {
		return status == Status.RECOGNISED;
	}

	public boolean offers(ServiceCategory category) {
		return categories.contains(category.name());
	}

	public boolean isRelatedTo(String otherUscc) {
		// a team has no USCC: nothing of it can be a declared party
		return otherUscc != null && (otherUscc.equals(uscc) || relatedParties.contains(otherUscc));
	}

	@PrePersist
	@PreUpdate
	void touch() {
		this.changedAt = Instant.now();
	}

	public String getId() {
		return id;
	}

	/** The id as the other modules' APIs take it. */
	public InstitutionId id() {
		return InstitutionId.of(id);
	}

	public String getUscc() {
		return uscc;
	}

	public String getName() {
		return name;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public InstitutionType getType() {
		return type;
	}

	public List<String> getCategories() {
		return categories;
	}

	public List<String> getQualifications() {
		return qualifications;
	}

	public List<String> getRelatedParties() {
		return relatedParties;
	}

	public Status getStatus() {
		return status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	/** Null until the institution names one. */
	public BankAccount getBankAccount() {
		return bankAccount;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
