package org.innovoucher.enterprise;

import java.time.Instant;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.DomainException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An enterprise lets an agency act for it, until it revokes that. */
@Entity
public class AgencyDelegation extends AggregateRoot<AgencyDelegation> {

	@Id
	private String id;
	private String enterpriseId;
	private String agencyUserId;
	private boolean active;
	private Instant grantedAt;
	private Instant revokedAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected AgencyDelegation() {
	}

	AgencyDelegation(String id, String enterpriseId, String agencyUserId, Instant grantedAt) {
		this.id = id;
		this.enterpriseId = enterpriseId;
		this.agencyUserId = agencyUserId;
		this.active = true;
		this.grantedAt = grantedAt;
	}

	/** The enterprise lets the agency (named by its username in the record) act for it. */
	static AgencyDelegation grant(String id, String enterpriseId, String agencyUserId, String agencyUsername,
			Instant grantedAt) {
		AgencyDelegation delegation = new AgencyDelegation(id, enterpriseId, agencyUserId, grantedAt);
		delegation.raise(new EnterpriseEvents.DelegationGranted(id, enterpriseId, agencyUsername));
		return delegation;
	}

	void revoke(Instant at) {
		if (!active) {
			throw DomainException.invalidState("the delegation is already revoked");
		}
		active = false;
		revokedAt = at;
		raise(new EnterpriseEvents.DelegationRevoked(id, enterpriseId));
	}

	public String getId() {
		return id;
	}

	public String getEnterpriseId() {
		return enterpriseId;
	}

	public String getAgencyUserId() {
		return agencyUserId;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}
}
