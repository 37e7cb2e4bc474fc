package org.innovoucher.policy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The rules of one version of a program, kept as JSON and never changed once a later version exists. */
@Entity
class ProgramVersion {

	@Id
	private String id;
	private String programId;
	private int versionNo;
	private String rules;
	private Instant createdAt;

	protected ProgramVersion() {
	}

	ProgramVersion(String id, String programId, int versionNo, String rules, Instant createdAt) {
		this.id = id;
		this.programId = programId;
		this.versionNo = versionNo;
		this.rules = rules;
		this.createdAt = createdAt;
	}

	void replaceRules(String rules) {
		this.rules = rules;
	}

	String getProgramId() {
		return programId;
	}

	int getVersionNo() {
		return versionNo;
	}

	String getRules() {
		return rules;
	}
}
