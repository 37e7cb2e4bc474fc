package org.innovoucher.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.World.Party;

/** Ready-made situations further along the lifecycle, built over the API in one call. */
public final class Scenarios {

	/** A program, an enterprise with a voucher, a recognised institution and a signed contract. */
	public record Deal(World world, String programId, Party enterprise, Party institution, String voucherId,
			String contractId) {

		/** The same parties and voucher on another of their contracts (a claim is made per contract). */
		public Deal withContract(String otherContractId) {
			return new Deal(world, programId, enterprise, institution, voucherId, otherContractId);
		}
	}

	private Scenarios() {
	}

	public static Deal deal(World w, String denomination, String contractAmount, Object... programOverrides) {
		String program = w.program("1000000.00", programOverrides);
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, denomination);
		String contract = w.signedContract(enterprise, institution, voucher, contractAmount);
		return new Deal(w, program, enterprise, institution, voucher, contract);
	}

	/** A claim confirmed by the institution and waiting for the bureau's review. */
	public static String claimUnderReview(Deal d, String paidAmount) {
		String claim = d.world().submittedClaim(d.enterprise(), d.contractId(), paidAmount);
		Response confirmed = d.world().confirm(d.institution(), claim);
		assertThat(confirmed.status()).as("confirm %s", confirmed).isEqualTo(200);
		return claim;
	}

	/** An approved claim in an open public notice; returns the notice id. */
	public static String noticed(Deal d, String claimId) {
		Response approved = d.world().approveClaim(claimId, null);
		assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
		Response notice = d.world().api.post("/api/v1/public-notices", d.world().operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", List.of(claimId)));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		return notice.text("id");
	}

	/** A claim whose public notice (opened on the default Monday) has ended: ready for payment. */
	public static String readyForPayment(Deal d, String paidAmount) {
		String claim = claimUnderReview(d, paidAmount);
		String notice = noticed(d, claim);
		d.world().setClock("2026-03-09T18:00:00+08:00");
		Response closed = d.world().api.post("/api/v1/public-notices/" + notice + "/close", d.world().operator, Map.of());
		assertThat(closed.status()).as("close %s", closed).isEqualTo(200);
		return claim;
	}

	/** A claim paid by the finance officer. */
	public static String paid(Deal d, String paidAmount) {
		String claim = readyForPayment(d, paidAmount);
		Response paid = d.world().api.post("/api/v1/redemptions/" + claim + "/payment", d.world().finance,
				Api.obj("paidOn", "2026-03-09", "reference", "FIN-" + claim), Map.of("Idempotency-Key", "pay-" + claim));
		assertThat(paid.status()).as("pay %s", paid).isEqualTo(200);
		return claim;
	}
}
