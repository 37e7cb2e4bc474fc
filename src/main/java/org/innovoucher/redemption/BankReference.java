package org.innovoucher.redemption;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.innovoucher.shared.Money;
import org.springframework.data.domain.Persistable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * A bank reference recorded for a claim: its payment, or a recovery after a clawback. A claim records
 * each reference once; the table's primary key (claim, reference) holds that even where a check in
 * the code were bypassed.
 */
@Entity
@Table(name = "redemption_reference")
@IdClass(BankReference.Key.class)
class BankReference implements Persistable<BankReference.Key> {

	enum Kind {
		PAYMENT, RECOVERY
	}

	record Key(String redemptionId, String reference) implements Serializable {

		public Key() {
			this(null, null);
		}
	}

	@Id
	private String redemptionId;
	@Id
	private String reference;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private Money amount;
	private LocalDate recordedOn;
	private String recordedBy;
	private Instant recordedAt;
	/** Always inserted, never merged: a second row with the same key must fail, not overwrite the first. */
	@Transient
	private boolean inserted;

	protected BankReference() {
		this.inserted = true;
	}

	BankReference(String redemptionId, String reference, Kind kind, Money amount, LocalDate recordedOn,
			String recordedBy, Instant recordedAt) {
		this.redemptionId = redemptionId;
		this.reference = reference;
		this.kind = kind;
		this.amount = amount;
		this.recordedOn = recordedOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	@Override
	public Key getId() {
		return new Key(redemptionId, reference);
	}

	@Override
	public boolean isNew() {
		return !inserted;
	}

	String getReference() {
		return reference;
	}

	Kind getKind() {
		return kind;
	}
}
