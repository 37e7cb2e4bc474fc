package org.innovoucher.notification;

import org.innovoucher.identity.Accounts;
import org.innovoucher.marketplace.ContractEvents;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.RedemptionEvents;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.RegionCode;
import org.innovoucher.shared.Role;
import org.innovoucher.voucher.VoucherEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened elsewhere into messages for whoever has to act or wants to know. Runs after
 * the originating transaction committed; the event publication registry keeps every event until
 * its notification was written, so none is lost in a crash.
 */
@Component
class NotificationListeners {

	private final Notifications notifications;
	private final Accounts accounts;
	private final ClaimQueries claims;

	NotificationListeners(Notifications notifications, Accounts accounts, ClaimQueries claims) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.claims = claims;
	}

	/** Who filed the claim hears of it: the enterprise, or the institution where the program pays it. */
	private java.util.List<org.innovoucher.identity.UserAccount> claimant(String claimId, String enterpriseId) {
		String institution = claims.filingInstitution(claimId);
		return institution != null ? accounts.ofInstitution(InstitutionId.of(institution))
				: accounts.ofEnterprise(EnterpriseId.of(enterpriseId));
	}

	@ApplicationModuleListener
	void on(VoucherEvents.ApplicationDecided e) {
		notifications.tell(accounts.ofEnterprise(EnterpriseId.of(e.enterpriseId())), "application." + e.status().toLowerCase(),
				"VOUCHER_APPLICATION", e.applicationId(), null, e.reason() == null ? "" : e.reason());
	}

	@ApplicationModuleListener
	void on(VoucherEvents.VoucherIssued e) {
		notifications.tell(accounts.ofEnterprise(EnterpriseId.of(e.enterpriseId())), "voucher.issued", "VOUCHER", e.voucherId(),
				e.validUntil(), e.serialNumber(), e.faceValue().toString(), e.validUntil().toString());
	}

	@ApplicationModuleListener
	void on(VoucherEvents.VoucherExpired e) {
		notifications.tell(accounts.ofEnterprise(EnterpriseId.of(e.enterpriseId())), "voucher.expired", "VOUCHER", e.voucherId(), null,
				e.serialNumber(), e.released().toString());
	}

	@ApplicationModuleListener
	void on(ContractEvents.ContractProposed e) {
		notifications.tell(accounts.ofInstitution(InstitutionId.of(e.institutionId())), "contract.proposed", "CONTRACT", e.contractId(),
				null, e.title(), e.amount().toString());
	}

	@ApplicationModuleListener
	void on(ContractEvents.ContractAnswered e) {
		notifications.tell(accounts.ofEnterprise(EnterpriseId.of(e.enterpriseId())), "contract." + e.status().toLowerCase(), "CONTRACT",
				e.contractId(), null);
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimSubmitted e) {
		if (e.paysInstitution()) {
			// the institution filed: the enterprise confirms it received the service
			notifications.tell(accounts.ofEnterprise(EnterpriseId.of(e.enterpriseId())), "claim.confirm_receipt", "REDEMPTION",
					e.claimId(), e.confirmDueOn(), e.paidAmount().toString(), e.confirmDueOn().toString());
			return;
		}
		notifications.tell(accounts.ofInstitution(InstitutionId.of(e.institutionId())), "claim.confirm", "REDEMPTION", e.claimId(),
				e.confirmDueOn(), e.paidAmount().toString(), e.confirmDueOn().toString());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimSubmittedWithLetter e) {
		notifications.tell(accounts.staffCovering(Role.BUREAU_REVIEWER, RegionCode.of(e.regionCode())), "claim.review", "REDEMPTION",
				e.claimId(), e.reviewDueOn(), e.payableAmount().toString(), e.reviewDueOn().toString());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimConfirmed e) {
		notifications.tell(accounts.staffCovering(Role.BUREAU_REVIEWER, RegionCode.of(e.regionCode())), "claim.review", "REDEMPTION",
				e.claimId(), e.reviewDueOn(), e.payableAmount().toString(), e.reviewDueOn().toString());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimDisputed e) {
		if (e.paysInstitution()) {
			notifications.tell(accounts.ofInstitution(InstitutionId.of(e.institutionId())), "claim.disputed_receipt", "REDEMPTION",
					e.claimId(), null, e.reason() == null ? "" : e.reason());
			return;
		}
		notifications.tell(accounts.ofEnterprise(EnterpriseId.of(e.enterpriseId())), "claim.disputed", "REDEMPTION", e.claimId(), null,
				e.reason() == null ? "" : e.reason());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimDecided e) {
		notifications.tell(claimant(e.claimId(), e.enterpriseId()), "claim." + e.status().toLowerCase(), "REDEMPTION",
				e.claimId(), null, e.approvedAmount() == null ? "" : e.approvedAmount().toString(),
				e.reason() == null ? "" : e.reason());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimInPublicNotice e) {
		notifications.tell(claimant(e.claimId(), e.enterpriseId()), "claim.notice", "REDEMPTION", e.claimId(),
				e.endsOn(), e.endsOn().toString());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimPaid e) {
		notifications.tell(claimant(e.claimId(), e.enterpriseId()), "claim.paid", "REDEMPTION", e.claimId(), null,
				e.amount().toString(), e.paidOn().toString());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.NoticeHeld e) {
		notifications.tell(accounts.staffCovering(Role.OPERATOR, RegionCode.of(e.regionCode())), "notice.held", "PUBLIC_NOTICE",
				e.noticeId(), null, e.endsOn().toString(), String.valueOf(e.pendingObjections()));
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.ClaimClawedBack e) {
		notifications.tell(claimant(e.claimId(), e.enterpriseId()), "claim.clawed_back", "REDEMPTION", e.claimId(),
				null, e.amount().toString(), e.reason());
	}

	@ApplicationModuleListener
	void on(RedemptionEvents.EvidenceDamaged e) {
		// the administrators of the claim's region and the national ones
		notifications.tell(accounts.staffCovering(Role.SYSTEM_ADMIN, RegionCode.of(e.regionCode())), "evidence.damaged", "REDEMPTION", e.claimId(), null, e.fileName(), e.claimId(),
				e.sha256(), e.problem());
	}
}
