package org.innovoucher.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.persistence.CsvConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A technology-based SME, identified by its unified social credit code; or an innovation and
 * entrepreneurship team without a legal person ({@link Kind#TEAM}), known by its leader's identity
 * number, with no USCC, no size class of its own (it applies as a micro firm) and its members' names.
 */
@Entity
public class Enterprise extends AggregateRoot<Enterprise> {

	public enum Status {
		ACTIVE, BANNED
	}

	public enum Kind {
		ENTERPRISE, TEAM
	}

	/** A team has no size class of its own: it applies for what the smallest firms may. */
	public static final SizeClass TEAM_SIZE_CLASS = SizeClass.MICRO;

	@Id
	private String id;
	@Enumerated(EnumType.STRING)
	private Kind kind = Kind.ENTERPRISE;
	/** Null for a team. */
	private String uscc;
	/** A team's leader's identity number; null for an enterprise. */
	private String leaderIdNumber;
	@Convert(converter = LinesConverter.class)
	private List<String> members = List.of();
	private String name;
	private String regionCode;
	@Enumerated(EnumType.STRING)
	private SizeClass sizeClass;
	private String industry;
	private String techSmeNumber;
	private String legalRepresentative;
	private String contactPhone;
	@Convert(converter = CsvConverter.class)
	private List<String> relatedParties;
	@Enumerated(EnumType.STRING)
	private Status status;
	private LocalDate bannedUntil;
	/** Where the enterprise is paid; none until it names one, and no payment run pays it before. */
	@Embedded
	private BankAccount bankAccount;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Enterprise() {
	}

	Enterprise(String id, String uscc, String name, String regionCode, SizeClass sizeClass, String industry,
			String techSmeNumber, String legalRepresentative, String contactPhone, List<String> relatedParties,
			Instant createdAt) {
		this.id = id;
		this.uscc = uscc;
		this.name = name;
		this.regionCode = regionCode;
		this.sizeClass = sizeClass;
		this.industry = industry;
		this.techSmeNumber = techSmeNumber;
		this.legalRepresentative = legalRepresentative;
		this.contactPhone = contactPhone;
		this.relatedParties = List.copyOf(relatedParties);
		this.status = Status.ACTIVE;
		this.createdAt = createdAt;
	}

	/** A new enterprise, registered by {@code registrant} (who is named as having acted). */
	static Enterprise register(String id, String uscc, String name, String regionCode, SizeClass sizeClass,
			String industry, String techSmeNumber, String legalRepresentative, String contactPhone,
			List<String> relatedParties, Instant createdAt, String registrant) {
		Enterprise enterprise = new Enterprise(id, uscc, name, regionCode, sizeClass, industry, techSmeNumber,
				legalRepresentative, contactPhone, relatedParties, createdAt);
		enterprise.raise(new EnterpriseEvents.EnterpriseRegistered(id, name, registrant));
		return enterprise;
	}

	/** A new team, its leader its legal representative, registered by {@code registrant}. */
	static Enterprise registerTeam(String id, String name, String regionCode, String industry, String leaderName,
			ResidentId leaderId, List<String> members, String contactPhone, Instant createdAt, String registrant) {
		Enterprise team = new Enterprise(id, null, name, regionCode, TEAM_SIZE_CLASS, industry, null, leaderName,
				contactPhone, List.of(), createdAt);
		team.kind = Kind.TEAM;
		team.leaderIdNumber = leaderId.value();
		team.members = List.copyOf(members);
		team.raise(new EnterpriseEvents.EnterpriseRegistered(id, name, registrant));
		return team;
	}

	/**
	 * Bans the enterprise from applying until {@code until} (inclusive), e.g. after fraud; a longer ban
	 * it has already stays. Always recorded, with the ban that holds afterwards.
	 */
	void ban(LocalDate until, LocalDate today, String reason) {
		Status before = statusOn(today);
		ban(until);
		raise(new EnterpriseEvents.EnterpriseBanned(id, before, bannedUntil, reason));
	}

	/** The ban's dates alone, without its record (fixtures); the named operation is the one above. */
	void ban(LocalDate until) {
		if (bannedUntil != null && bannedUntil.isAfter(until)) {
			return;
		}
		this.bannedUntil = until;
		this.status = Status.BANNED;
	}

	/** The enterprise names the account it is paid to (a new one replaces the old); always recorded. */
	void keepBankAccount(BankAccount account) {
		String before = bankAccount == null ? null : bankAccount.masked();
		this.bankAccount = account;
		raise(new EnterpriseEvents.BankAccountChanged(id, status, before, account.masked()));
	}

	public boolean isBannedOn(LocalDate day) {
		return bannedUntil != null && !day.isAfter(bannedUntil);
	}

	public Status statusOn(LocalDate day) {
		return isBannedOn(day) ? Status.BANNED : Status.ACTIVE;
	}

	public boolean isTechSme() {
		return techSmeNumber != null && !techSmeNumber.isBlank();
	}

	/** Whether the other party is this enterprise itself or one it declared related. */
	public boolean isRelatedTo(String otherUscc) {
		return otherUscc != null && (otherUscc.equals(uscc) || relatedParties.contains(otherUscc));
	}

	public boolean isTeam() {
		return kind == Kind.TEAM;
	}

	public Kind getKind() {
		return kind;
	}

	/** The leader's identity number as others see it (masked); null for an enterprise. */
	public String getLeaderIdMasked() {
		return ResidentId.masked(leaderIdNumber);
	}

	/** A team's members by name; none for an enterprise. */
	public List<String> getMembers() {
		return members;
	}

	void requireNotBanned(LocalDate today) {
		if (isBannedOn(today)) {
			throw new DomainException(org.innovoucher.shared.ErrorCode.ENTERPRISE_BANNED,
					"the enterprise is banned until " + bannedUntil);
		}
	}

	public String getId() {
		return id;
	}

	/** The id as the other modules' APIs take it. */
	public EnterpriseId id() {
		return EnterpriseId.of(id);
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

	public SizeClass getSizeClass() {
		return sizeClass;
	}

	public String getIndustry() {
		return industry;
	}

	public String getTechSmeNumber() {
		return techSmeNumber;
	}

	public String getLegalRepresentative() {
		return legalRepresentative;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public List<String> getRelatedParties() {
		return relatedParties;
	}

	public LocalDate getBannedUntil() {
		return bannedUntil;
	}

	/** Null until the enterprise names one. */
	public BankAccount getBankAccount() {
		return bankAccount;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
