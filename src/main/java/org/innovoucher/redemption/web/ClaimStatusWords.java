package org.innovoucher.redemption.web;

import org.innovoucher.redemption.Redemption;
import org.springframework.stereotype.Component;

/**
 * The bundles' words for a claim's status ({@code ${@claimStatus.key(claim)}} on pages). Who
 * confirms depends on who filed: the institution confirms the enterprise's claim; where the program
 * pays the institution, the institution files and the enterprise confirms it received the service,
 * or disputes it. The plain {@code status.claim.*} words name nobody, for where the claim is not at
 * hand (the audit trail's changes, the reviewer's filter).
 */
@Component("claimStatus")
public class ClaimStatusWords {

	/** The key of the claim's status words. */
	public String key(Redemption claim) {
		return of(claim);
	}

	static String of(Redemption claim) {
		return switch (claim.getStatus()) {
			case AWAITING_CONFIRMATION -> claim.paysInstitution() ? "payee.status.awaitingReceipt"
					: "claim.status.awaitingInstitution";
			case DISPUTED -> claim.paysInstitution() ? "payee.status.disputed" : "claim.status.disputedByInstitution";
			default -> "status.claim." + claim.getStatus();
		};
	}

	/** The key of the claimant's to-do for a claim sent back to it (disputed or returned). */
	static String todo(Redemption claim) {
		return claim.getStatus() == Redemption.Status.DISPUTED && claim.paysInstitution() ? "payee.todo.disputed"
				: "claim.todo." + claim.getStatus();
	}
}
