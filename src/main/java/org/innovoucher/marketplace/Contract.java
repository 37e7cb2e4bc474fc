package org.innovoucher.marketplace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A service contract (服务合同): proposed by the enterprise, accepted by the institution. Proposing and
 * each move along {@code Status.MOVES} raise one past-tense event of {@link ContractEvents}.
 */
@Entity
public class Contract extends AggregateRoot<Contract> {

	public enum Status {
		PROPOSED, SIGNED, DECLINED, COMPLETED, TERMINATED;

		private static final Map<Status, Set<Status>> MOVES = new EnumMap<>(Status.class);

		static {
			MOVES.put(PROPOSED, EnumSet.of(SIGNED, DECLINED, TERMINATED));
			MOVES.put(SIGNED, EnumSet.of(COMPLETED, TERMINATED));
			MOVES.put(DECLINED, EnumSet.noneOf(Status.class));
			MOVES.put(COMPLETED, EnumSet.noneOf(Status.class));
			MOVES.put(TERMINATED, EnumSet.noneOf(Status.class));
		}
	}

	@Id
	private String id;
	private String enterpriseId;
	private String institutionId;
	private String serviceId;
	private String voucherId;
	private String title;
	@Enumerated(EnumType.STRING)
	private ServiceCategory category;
	private Money amount;
	private LocalDate signedOn;
	@Enumerated(EnumType.STRING)
	private Status status;
	private String reason;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Contract() {
	}

	Contract(String id, String enterpriseId, String institutionId, String serviceId, String voucherId, String title,
			ServiceCategory category, Money amount, LocalDate signedOn, Instant createdAt) {
		this.id = id;
		this.enterpriseId = enterpriseId;
		this.institutionId = institutionId;
		this.serviceId = serviceId;
		this.voucherId = voucherId;
		this.title = title;
		this.category = category;
		this.amount = amount;
		this.signedOn = signedOn;
		this.status = Status.PROPOSED;
		this.createdAt = createdAt;
		raise(new ContractEvents.ContractProposed(id, enterpriseId, institutionId, title, amount));
	}

	/** The institution accepts: the contract is signed. */
	Status sign(String reason) {
		return moveTo(Status.SIGNED, reason);
	}

	/** The institution declines. */
	Status decline(String reason) {
		return moveTo(Status.DECLINED, reason);
	}

	/** A party records that the service was delivered. */
	Status complete(String reason) {
		return moveTo(Status.COMPLETED, reason);
	}

	/** A party ends the contract early. */
	Status terminate(String reason) {
		return moveTo(Status.TERMINATED, reason);
	}

	/** Makes an allowed move and raises its event: answered (signed, declined) or closed (completed, terminated). */
	Status moveTo(Status next, String reason) {
		if (!Status.MOVES.get(status).contains(next)) {
			throw DomainException.invalidState("a contract in status " + status + " cannot become " + next);
		}
		Status before = status;
		status = next;
		this.reason = reason;
		if (next == Status.SIGNED || next == Status.DECLINED) {
			raise(new ContractEvents.ContractAnswered(id, enterpriseId, institutionId, next.name(), before.name(), reason));
		}
		else {
			raise(new ContractEvents.ContractClosed(id, enterpriseId, institutionId, next.name(), before.name(), reason));
		}
		return before;
	}

	/** A claim may be filed for a signed or completed contract. */
	public boolean isClaimable() {
		return status == Status.SIGNED || status == Status.COMPLETED;
	}

	public String getId() {
		return id;
	}

	/** The id as the other modules' APIs take it. */
	public ContractId id() {
		return ContractId.of(id);
	}

	public String getEnterpriseId() {
		return enterpriseId;
	}

	/** The same, typed for the other modules' APIs. */
	public EnterpriseId enterprise() {
		return EnterpriseId.of(enterpriseId);
	}

	public String getInstitutionId() {
		return institutionId;
	}

	/** The same, typed for the other modules' APIs. */
	public InstitutionId institution() {
		return InstitutionId.of(institutionId);
	}

	public String getServiceId() {
		return serviceId;
	}

	public String getVoucherId() {
		return voucherId;
	}

	/** The same, typed for the other modules' APIs. */
	public VoucherId voucher() {
		return VoucherId.of(voucherId);
	}

	public String getTitle() {
		return title;
	}

	public ServiceCategory getCategory() {
		return category;
	}

	public Money getAmount() {
		return amount;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public Status getStatus() {
		return status;
	}

	public String getReason() {
		return reason;
	}

	/** When the enterprise proposed it. */
	public Instant getCreatedAt() {
		return createdAt;
	}
}
