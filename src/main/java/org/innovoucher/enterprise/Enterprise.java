package org.innovoucher.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.persistence.CsvConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A technology-based SME, identified by its unified social credit code. */
@Entity
public class Enterprise {

	public enum Status {
		ACTIVE, BANNED
	}

	@Id
	private String id;
	private String uscc;
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

	/** Bans the enterprise from applying until the given day (inclusive); a longer ban wins. */
	void ban(LocalDate until) {
		if (bannedUntil != null && bannedUntil.isAfter(until)) {
			return;
		}
		this.bannedUntil = until;
		this.status = Status.BANNED;
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
		return uscc.equals(otherUscc) || relatedParties.contains(otherUscc);
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

	public Instant getCreatedAt() {
		return createdAt;
	}
}
