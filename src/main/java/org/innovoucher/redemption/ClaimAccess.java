package org.innovoucher.redemption;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees and who acts on a claim, and the claim's lock.
 *
 * <p><b>The lock order</b> (the one place it is written down): every operation locks the claim row
 * first, then, where it counts against them, the enterprise (its annual cap, its ban), the voucher
 * (its balance) and the ledger book of the budget region, always in this order. A public notice is
 * locked before its objections and those before their claims; claims of one notice in id order. The
 * audit chain's head is always the last lock: its entries are written just before the commit.
 */
@Component
class ClaimAccess {

	private final RedemptionRepository redemptions;
	private final Enterprises enterprises;
	private final Regions regions;

	ClaimAccess(RedemptionRepository redemptions, Enterprises enterprises, Regions regions) {
		this.redemptions = redemptions;
		this.enterprises = enterprises;
		this.regions = regions;
	}

	/** The claimant, its institution and staff of its region see a claim; others get 404. */
	Redemption getVisible(ClaimId id, CurrentUser user) {
		Redemption redemption = redemptions.findById(id.value())
			.orElseThrow(() -> DomainException.notFound("claim", id.value()));
		requireVisible(redemption, user);
		return redemption;
	}

	/**
	 * Locks the claim row, then checks that the caller sees it. Locked before it is read: a row read
	 * first would stay stale in the persistence context, and a loser would act on the old state.
	 */
	Redemption lockVisible(ClaimId id, CurrentUser user) {
		Redemption redemption = lock(id.value());
		requireVisible(redemption, user);
		return redemption;
	}

	/** Locks the claim row (for work that checked who acts on the notice or objection before). */
	Redemption lock(String id) {
		return redemptions.findForUpdate(id).orElseThrow(() -> DomainException.notFound("claim", id));
	}

	private void requireVisible(Redemption redemption, CurrentUser user) {
		boolean visible = redemption.getInstitutionId().equals(user.institutionId())
				|| enterprises.canActFor(user, redemption.enterprise())
				|| user.isStaffCovering(redemption.getRegionCode(), regions);
		if (!visible) {
			throw DomainException.notFound("claim", redemption.getId());
		}
	}

	/** The enterprise or its agency acts on its claim; returns the enterprise. */
	Enterprise claimant(EnterpriseId enterpriseId, CurrentUser user) {
		if (!user.hasAny(Role.ENTERPRISE, Role.AGENCY) || !enterprises.canActFor(user, enterpriseId)) {
			throw DomainException.forbidden("only the enterprise or its agency acts on its claim");
		}
		return enterprises.get(enterpriseId);
	}

	/**
	 * Whoever files the claim acts on it: the enterprise or its agency, or, where the program pays the
	 * institution, the contract's institution. Returns the claim's enterprise.
	 */
	Enterprise claimant(Redemption redemption, CurrentUser user) {
		if (!redemption.paysInstitution()) {
			return claimant(redemption.enterprise(), user);
		}
		if (!isInstitution(redemption.getInstitutionId(), user)) {
			throw DomainException.forbidden("in this program the contract's institution files and acts on the claim");
		}
		return enterprises.get(redemption.enterprise());
	}

	/** Who files a claim on a contract of a program that pays {@code paysInstitution}; the enterprise. */
	Enterprise filer(boolean paysInstitution, EnterpriseId enterpriseId, String institutionId, CurrentUser user) {
		if (!paysInstitution) {
			if (user.has(Role.INSTITUTION)) {
				throw DomainException.forbidden("in this program the enterprise files the claim and the institution confirms it");
			}
			return claimant(enterpriseId, user);
		}
		if (!isInstitution(institutionId, user)) {
			throw DomainException.forbidden(
					"in this program the contract's institution files the claim; the enterprise confirms it received the service");
		}
		return enterprises.get(enterpriseId);
	}

	/** The other party confirms: the contract's institution, or the enterprise (or its agency) where the institution filed. */
	void requireConfirmer(Redemption redemption, CurrentUser user) {
		if (redemption.paysInstitution()) {
			if (!user.hasAny(Role.ENTERPRISE, Role.AGENCY) || !enterprises.canActFor(user, redemption.enterprise())) {
				throw DomainException.forbidden("in this program the enterprise confirms it received the service");
			}
			return;
		}
		if (!isInstitution(redemption.getInstitutionId(), user)) {
			throw DomainException.forbidden("only the contract's institution confirms");
		}
	}

	private static boolean isInstitution(String institutionId, CurrentUser user) {
		return user.has(Role.INSTITUTION) && institutionId.equals(user.institutionId());
	}

	/** Staff of the claim's region or above it, holding the role. */
	void requireStaff(Redemption redemption, Role role, CurrentUser user) {
		user.requireStaffCovering(role, redemption.getRegionCode(), regions);
	}

	/** Staff of the region or above it (who read a notice's objections). */
	boolean covers(String regionCode, CurrentUser user) {
		return user.isStaffCovering(regionCode, regions);
	}

	/** Public notices and their objections are handled by an operator of the notice's region. */
	void requireOperator(String regionCode, CurrentUser user) {
		user.requireStaffCovering(Role.OPERATOR, regionCode, regions);
	}
}
