package org.innovoucher.expert;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An expert's own word that they must not judge files of a party (by its USCC). */
@Entity
public class ExpertConflict {

	@Id
	private String id;
	private String expertId;
	private String uscc;
	private String reason;
	private LocalDate declaredOn;

	protected ExpertConflict() {
	}

	ExpertConflict(String id, String expertId, String uscc, String reason, LocalDate declaredOn) {
		this.id = id;
		this.expertId = expertId;
		this.uscc = uscc;
		this.reason = reason;
		this.declaredOn = declaredOn;
	}

	public String getId() {
		return id;
	}

	public String getExpertId() {
		return expertId;
	}

	public String getUscc() {
		return uscc;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getDeclaredOn() {
		return declaredOn;
	}
}
