package org.innovoucher.expert;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.persistence.CsvConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One expert of the pool: the fields they judge, where they work (for conflicts), and whether they take panels now. */
@Entity
public class Expert extends AggregateRoot<Expert> {

	@Id
	private String id;
	private String userId;
	private String name;
	@Convert(converter = CsvConverter.class)
	private List<String> fields;
	private String affiliationUscc;
	private String regionCode;
	private boolean available;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Expert() {
	}

	static Expert register(String id, String userId, String name, Set<ServiceCategory> fields, String affiliationUscc,
			String regionCode, Instant now) {
		Expert expert = new Expert();
		expert.id = id;
		expert.userId = userId;
		expert.name = name;
		expert.fields = fields.stream().map(Enum::name).sorted().toList();
		expert.affiliationUscc = affiliationUscc;
		expert.regionCode = regionCode;
		expert.available = true;
		expert.createdAt = now;
		expert.raise(new ExpertEvents.ExpertRegistered(id, name, String.join(",", expert.fields)));
		return expert;
	}

	/** The expert takes new panels again, or no longer does (open assignments stay theirs). */
	void markAvailable(boolean available) {
		if (this.available != available) {
			this.available = available;
			raise(new ExpertEvents.AvailabilityChanged(id, available));
		}
	}

	/** The expert's word that they must not judge files of the party {@code uscc}. */
	ExpertConflict declareConflict(String conflictId, String uscc, String reason, java.time.LocalDate today) {
		raise(new ExpertEvents.ConflictDeclared(id, uscc, reason));
		return new ExpertConflict(conflictId, id, uscc, reason, today);
	}

	public String getId() {
		return id;
	}

	public String getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public Set<ServiceCategory> getFields() {
		Set<ServiceCategory> set = EnumSet.noneOf(ServiceCategory.class);
		fields.forEach(f -> set.add(ServiceCategory.valueOf(f)));
		return set;
	}

	public String getAffiliationUscc() {
		return affiliationUscc;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public boolean isAvailable() {
		return available;
	}
}
