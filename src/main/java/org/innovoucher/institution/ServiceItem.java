package org.innovoucher.institution;

import java.time.Instant;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** One item of an institution's service catalog. */
@Entity
public class ServiceItem extends AggregateRoot<ServiceItem> {

	@Id
	private String id;
	private String institutionId;
	private String title;
	@Enumerated(EnumType.STRING)
	private ServiceCategory category;
	private String description;
	private Money price;
	private String priceUnit;
	private int leadTimeDays;
	private String standards;
	private boolean active;
	private Instant createdAt;
	/**
	 * The wall clock's time of the last write, not the business clock's (which tests and demos move):
	 * the search indexes of other instances read what changed since they last looked.
	 */
	private Instant changedAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected ServiceItem() {
	}

	ServiceItem(String id, String institutionId, String title, ServiceCategory category, String description,
			Money price, String priceUnit, int leadTimeDays, String standards, Instant createdAt) {
		this.id = id;
		this.institutionId = institutionId;
		this.title = title;
		this.category = category;
		this.description = description;
		this.price = price;
		this.priceUnit = priceUnit;
		this.leadTimeDays = leadTimeDays;
		this.standards = standards;
		this.active = true;
		this.createdAt = createdAt;
	}

	/** A new item of the institution's catalog, offered at once. */
	static ServiceItem add(String id, String institutionId, String title, ServiceCategory category, String description,
			Money price, String priceUnit, int leadTimeDays, String standards, Instant createdAt) {
		ServiceItem item = new ServiceItem(id, institutionId, title, category, description, price, priceUnit,
				leadTimeDays, standards, createdAt);
		item.raise(new InstitutionEvents.ServiceItemAdded(id, institutionId, title));
		return item;
	}

	/**
	 * The institution corrects or updates what it offers. Only an item still offered changes (a
	 * withdrawn one stays as enterprises last saw it); the same values again change nothing and record nothing.
	 */
	void change(String title, ServiceCategory category, String description, Money price, String priceUnit,
			int leadTimeDays, String standards) {
		if (!active) {
			throw org.innovoucher.shared.DomainException.invalidState("a withdrawn service is not changed");
		}
		boolean same = this.title.equals(title) && this.category == category && this.description.equals(description)
				&& this.price.equals(price) && this.priceUnit.equals(priceUnit) && this.leadTimeDays == leadTimeDays
				&& java.util.Objects.equals(this.standards, standards);
		if (same) {
			return;
		}
		this.title = title;
		this.category = category;
		this.description = description;
		this.price = price;
		this.priceUnit = priceUnit;
		this.leadTimeDays = leadTimeDays;
		this.standards = standards;
		raise(new InstitutionEvents.ServiceItemChanged(id, institutionId, title));
	}

	/** No longer offered; withdrawing a withdrawn item changes nothing and records nothing. */
	void withdraw() {
		if (!active) {
			return;
		}
		this.active = false;
		raise(new InstitutionEvents.ServiceItemWithdrawn(id, institutionId));
	}

	@PrePersist
	@PreUpdate
	void touch() {
		this.changedAt = Instant.now();
	}

	public String getId() {
		return id;
	}

	public String getInstitutionId() {
		return institutionId;
	}

	/** The same, typed for the other modules' APIs. */
	public InstitutionId institution() {
		return InstitutionId.of(institutionId);
	}

	public String getTitle() {
		return title;
	}

	public ServiceCategory getCategory() {
		return category;
	}

	public String getDescription() {
		return description;
	}

	public Money getPrice() {
		return price;
	}

	public String getPriceUnit() {
		return priceUnit;
	}

	public int getLeadTimeDays() {
		return leadTimeDays;
	}

	public String getStandards() {
		return standards;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
