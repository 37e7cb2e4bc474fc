package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applications, vouchers and contracts raise their own events and the audit module appends them:
 * exactly one entry per operation, with today's actions, from, to and reasons.
 */
class VoucherAuditIntegrationTest extends IntegrationTestBase {

	/** The entries of a file, oldest first, as "ACTION from->to" lines, read by the province's supervisor. */
	private List<String> trail(World w, String entityType, String entityId) {
		Response entries = api.get("/api/v1/audit?size=100&entityType=" + entityType + "&entityId=" + entityId,
				w.supervisor);
		assertThat(entries.status()).as("audit %s", entries).isEqualTo(200);
		List<String> lines = new ArrayList<>();
		for (JsonNode entry : entries.body().get("items")) {
			lines.add(entry.get("action").asText() + " " + entry.get("from").asText(null) + "->"
					+ entry.get("to").asText() + " " + entry.get("reason").asText(null));
		}
		assertThat(entries.body().get("total").asLong()).isEqualTo(lines.size());
		return lines;
	}

	private Response decide(World w, String applicationId, String decision, String reason) {
		Response decided = api.post("/api/v1/voucher-applications/" + applicationId + "/decision", w.reviewer,
				Api.obj("decision", decision, "reason", reason));
		assertThat(decided.status()).as("decide %s", decided).isEqualTo(200);
		return decided;
	}

	@Test
	void anApplicationLeavesOneEntryPerOperationAndItsVoucherOnePerMove() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Response applied = w.apply(enterprise, program, "50000.00");
		assertThat(applied.status()).isEqualTo(201);
		String id = applied.text("id");
		decide(w, id, "RETURN", "more detail");
		assertThat(api.post("/api/v1/voucher-applications/" + id + "/resubmission", enterprise.token(),
				Api.obj("purpose", "检测认证，补充材料")).status()).isEqualTo(200);
		String voucher = decide(w, id, "APPROVE", "ok").text("voucherId");

		List<String> lines = trail(w, "VOUCHER_APPLICATION", id);
		assertThat(lines).hasSize(4);
		assertThat(lines.get(0)).startsWith("APPLICATION_SUBMITTED null->SUBMITTED 50000.00 in ");
		assertThat(lines.subList(1, 4)).containsExactly("APPLICATION_RETURNED SUBMITTED->RETURNED more detail",
				"APPLICATION_RESUBMITTED RETURNED->SUBMITTED null", "APPLICATION_APPROVED SUBMITTED->APPROVED ok");
		String serial = api.get("/api/v1/vouchers/" + voucher, enterprise.token()).text("serialNumber");

		Response revoked = api.post("/api/v1/vouchers/" + voucher + "/revocation", w.operator,
				Api.obj("reason", "issued in error"));
		assertThat(revoked.status()).as("revoke %s", revoked).isEqualTo(200);
		assertThat(trail(w, "VOUCHER", voucher)).containsExactly("VOUCHER_ISSUED null->ISSUED " + serial + " 50000.00",
				"VOUCHER_REVOKED ISSUED->REVOKED issued in error");
	}

	@Test
	void aWithdrawnApplicationLeavesTwoEntries() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String id = w.apply(enterprise, program, "50000.00").text("id");
		Response withdrawn = api.post("/api/v1/voucher-applications/" + id + "/withdrawal", enterprise.token(),
				java.util.Map.of());
		assertThat(withdrawn.status()).as("withdraw %s", withdrawn).isEqualTo(200);
		assertThat(trail(w, "VOUCHER_APPLICATION", id)).hasSize(2)
			.last()
			.isEqualTo("APPLICATION_WITHDRAWN SUBMITTED->WITHDRAWN null");
	}

	@Test
	void aContractAndTheVoucherItSpendsLeaveOneEntryPerOperation() {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "40000.00");
		assertThat(trail(w, "CONTRACT", d.contractId())).containsExactly("CONTRACT_PROPOSED null->PROPOSED 产品检测 40000.00",
				"CONTRACT_SIGNED PROPOSED->SIGNED null");

		// the claim's confirmation binds the voucher part; its rejection gives it back
		String claim = Scenarios.claimUnderReview(d, "40000.00");
		Response rejected = api.post("/api/v1/redemptions/" + claim + "/decision", w.reviewer,
				Api.obj("decision", "REJECT", "reason", "no evidence of the service"));
		assertThat(rejected.status()).as("reject %s", rejected).isEqualTo(200);
		List<String> voucher = trail(w, "VOUCHER", d.voucherId());
		assertThat(voucher).hasSize(3);
		assertThat(voucher.get(0)).startsWith("VOUCHER_ISSUED null->ISSUED IV2026");
		String part = voucher.get(1).replaceAll(".* (\\S+) by claim .*", "$1");
		assertThat(voucher.subList(1, 3)).containsExactly("VOUCHER_BOUND ISSUED->PARTLY_USED " + part + " by claim " + claim,
				"VOUCHER_UNBOUND PARTLY_USED->ISSUED " + part + " from claim " + claim);

		Response completed = api.post("/api/v1/contracts/" + d.contractId() + "/closing", d.institution().token(),
				Api.obj("outcome", "COMPLETED", "reason", "delivered"));
		assertThat(completed.status()).as("complete %s", completed).isEqualTo(200);
		assertThat(trail(w, "CONTRACT", d.contractId())).hasSize(3).last()
			.isEqualTo("CONTRACT_COMPLETED SIGNED->COMPLETED delivered");

		String declined = w.proposeContract(d.enterprise(), d.institution(), d.voucherId(), "10000.00").text("id");
		assertThat(api.post("/api/v1/contracts/" + declined + "/acceptance", d.institution().token(),
				Api.obj("accept", false, "reason", "fully booked")).status()).isEqualTo(200);
		assertThat(trail(w, "CONTRACT", declined)).containsExactly("CONTRACT_PROPOSED null->PROPOSED 产品检测 10000.00",
				"CONTRACT_DECLINED PROPOSED->DECLINED fully booked");
	}
}
