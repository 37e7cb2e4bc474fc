package org.innovoucher.redemption;

import java.time.LocalDate;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted claim's way to its decision: the other party confirms (or disputes) it, the bureau
 * reviewer of its region approves, rejects or returns it. Locks as {@link ClaimAccess} writes down.
 */
@Service
public class ClaimReview {

	public enum Decision {
		APPROVE, REJECT, RETURN
	}

	private final RedemptionRepository redemptions;
	private final ClaimAccess access;
	private final ClaimBinding binding;
	private final ClaimPostings postings;
	private final BusinessClock clock;

	ClaimReview(RedemptionRepository redemptions, ClaimAccess access, ClaimBinding binding, ClaimPostings postings,
			BusinessClock clock) {
		this.redemptions = redemptions;
		this.access = access;
		this.binding = binding;
		this.postings = postings;
		this.clock = clock;
	}

	/**
	 * The other party confirms: the institution that the service was delivered and paid, or, where the
	 * institution filed, the enterprise that it received the service. This binds the payable amount:
	 * the voucher part from the voucher, the rest from the budget. Nobody can bind it twice.
	 */
	@Transactional
	public Redemption confirm(ClaimId id, boolean confirm, String reason, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		access.requireConfirmer(redemption, user);
		redemption.requireStatus(Redemption.Status.AWAITING_CONFIRMATION);
		if (!confirm) {
			// the claimant must learn what to put right before it files again
			if (reason == null || reason.isBlank()) {
				throw DomainException.invalid("reason", "a dispute says why");
			}
			redemption.dispute(reason.trim());
			return redemptions.save(redemption);
		}
		binding.bind(redemption, false);
		return redemptions.save(redemption);
	}

	/** The bureau reviewer of the claim's region approves (at most the payable), rejects or returns it. */
	@Transactional
	public Redemption decide(ClaimId id, Decision decision, Money approvedAmount, String reason, CurrentUser user) {
		Redemption redemption = access.lockVisible(id, user);
		access.requireStaff(redemption, Role.BUREAU_REVIEWER, user);
		LocalDate today = clock.today();
		switch (decision) {
			case APPROVE -> {
				Money bound = redemption.getBoundAmount();
				Money amount = approvedAmount == null ? bound : approvedAmount;
				redemption.approve(amount, today, reason, user.id());
				postings.approved(redemption, bound, amount);
			}
			case REJECT, RETURN -> {
				redemption.requireStatus(Redemption.Status.UNDER_REVIEW);
				postings.released(redemption);
				redemption.unbindAs(decision == Decision.REJECT ? Redemption.Status.REJECTED
						: Redemption.Status.RETURNED, today, reason);
			}
			default -> throw new IllegalArgumentException(decision.name());
		}
		return redemptions.save(redemption);
	}
}
