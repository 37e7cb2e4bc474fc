package org.innovoucher.redemption.web;

import org.innovoucher.redemption.Redemption;
import org.springframework.stereotype.Component;

/**
 * The bundles' words for a claim's status ({@code ${@claimStatus.key(claim)}} on pages). Who
 * confirms depends on who filed: where the program pays the institution, the institution files and
 * the enterprise confirms it received the service, or disputes it.
 */
@Component("claimStatus")
public class ClaimStatusWords {

	/** The key of the claim's status words. */
	public String key(Redemption claim) {
		return of(claim);
	}

	static String of(Redemption claim) {
		if (claim.paysInstitution()) {
			switch (claim.getStatus()) {
				case AWAITING_CONFIRMATION:
					return "payee.status.awaitingReceipt";
				case DISPUTED:
					return "payee.status.disputed";
				default:
					break;
			}
		}
		return "status.claim." + claim.getStatus();
	}

	/** The key of the claimant's to-do for a claim sent back to it (disputed or returned). */
	static String todo(Redemption claim) {
		return claim.paysInstitution() && claim.getStatus() == Redemption.Status.DISPUTED ? "payee.todo.disputed"
				: "claim.todo." + claim.getStatus();
	}
}
