package org.innovoucher.redemption.web;

import org.innovoucher.redemption.Redemption;
import org.innovoucher.redemption.Redemption.Status;
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
		if (answeredByEnterprise(claim, Status.AWAITING_CONFIRMATION)) {
			return "payee.status.awaitingReceipt";
		}
		if (answeredByEnterprise(claim, Status.DISPUTED)) {
			return "payee.status.disputed";
		}
		return "status.claim." + claim.getStatus();
	}

	/** The key of the claimant's to-do for a claim sent back to it (disputed or returned). */
	static String todo(Redemption claim) {
		return answeredByEnterprise(claim, Status.DISPUTED) ? "payee.todo.disputed" : "claim.todo." + claim.getStatus();
	}

	/** The claim is in this status, and the answer it awaits or got is the enterprise's: the institution filed it. */
	private static boolean answeredByEnterprise(Redemption claim, Status status) {
		return claim.getStatus() == status && claim.paysInstitution();
	}
}
