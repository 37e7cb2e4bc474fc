package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parties' aggregates raise their events and the audit module records them: each operation over
 * HTTP lands exactly one entry, with its from and to, read back by staff whose region covers the file.
 */
class OneAuditEntryPerOperationIntegrationTest extends IntegrationTestBase {

	/** One line of the trail, as the tests compare it. */
	record Line(String action, String from, String to) {
	}

	private List<Line> trail(World w, String entityType, String entityId) {
		Response entries = api.get("/api/v1/audit?size=100&entityType=" + entityType + "&entityId=" + entityId,
				w.supervisor);
		assertThat(entries.status()).isEqualTo(200);
		List<Line> lines = new ArrayList<>();
		for (JsonNode item : entries.body().get("items")) {
			lines.add(new Line(item.get("action").asText(), text(item.get("from")), text(item.get("to"))));
		}
		assertThat(entries.body().get("total").asLong()).isEqualTo(lines.size());
		return lines;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asText();
	}

	private void decide(World w, String institutionId, String decision) {
		Response decided = api.post("/api/v1/institutions/" + institutionId + "/recognition", w.operator,
				Api.obj("decision", decision, "reason", decision.toLowerCase()));
		assertThat(decided.status()).as("%s %s", decision, decided).isEqualTo(200);
	}

	@Test
	void anInstitutionsRecognitionSuspensionAndReinstatementAreOneEntryEach() {
		World w = world();
		Party institution = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		decide(w, institution.id(), "APPROVE");
		decide(w, institution.id(), "SUSPEND");
		decide(w, institution.id(), "REINSTATE");
		decide(w, institution.id(), "REVOKE");

		assertThat(trail(w, "INSTITUTION", institution.id())).containsExactly(
				new Line("INSTITUTION_REGISTERED", null, "PENDING_RECOGNITION"),
				new Line("INSTITUTION_RECOGNISED", "PENDING_RECOGNITION", "RECOGNISED"),
				new Line("INSTITUTION_SUSPENDED", "RECOGNISED", "SUSPENDED"),
				new Line("INSTITUTION_RECOGNISED", "SUSPENDED", "RECOGNISED"),
				new Line("INSTITUTION_REVOKED", "RECOGNISED", "REVOKED"));
	}

	@Test
	void aRefusedDecisionLeavesNoEntry() {
		World w = world();
		Party institution = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		Response refused = api.post("/api/v1/institutions/" + institution.id() + "/recognition", w.operator,
				Api.obj("decision", "SUSPEND", "reason", "too early"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(trail(w, "INSTITUTION", institution.id())).hasSize(1);
	}

	@Test
	void aProgramsCreationAmendmentsBudgetPublicationAndClosingAreOneEntryEach() {
		World w = world();
		Response created = api.post("/api/v1/programs", w.policyAdmin, w.programBody());
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(api.put("/api/v1/programs/" + id, w.policyAdmin, w.programBody()).status()).isEqualTo(200);
		w.budget(id, World.TAIYUAN, "1000000.00");
		assertThat(api.post("/api/v1/programs/" + id + "/publish", w.policyAdmin, Map.of()).status()).isEqualTo(200);
		assertThat(api.put("/api/v1/programs/" + id, w.policyAdmin, w.programBody()).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/programs/" + id + "/close", w.policyAdmin, Map.of()).status()).isEqualTo(200);

		assertThat(trail(w, "PROGRAM", id)).containsExactly(
				new Line("PROGRAM_CREATED", null, "DRAFT"),
				new Line("PROGRAM_AMENDED", "v1", "v1"),
				new Line("BUDGET_SET", null, null),
				new Line("PROGRAM_PUBLISHED", "DRAFT", "OPEN"),
				new Line("PROGRAM_AMENDED", "v1", "v2"),
				new Line("PROGRAM_CLOSED", "OPEN", "CLOSED"));
	}

	@Test
	void aCatalogItemIsAddedAndWithdrawnWithOneEntryEach() {
		World w = world();
		Party institution = w.institution();
		Response added = api.post("/api/v1/institutions/" + institution.id() + "/services", institution.token(),
				Api.obj("title", "EMC test", "category", "TESTING_CERTIFICATION", "description", "EMC", "price",
						"8000.00", "priceUnit", "per sample", "leadTimeDays", 10));
		assertThat(added.status()).as("add %s", added).isEqualTo(201);
		String serviceId = added.text("id");
		Response withdrawn = api.delete("/api/v1/institutions/" + institution.id() + "/services/" + serviceId,
				institution.token());
		assertThat(withdrawn.status()).as("withdraw %s", withdrawn).isBetween(200, 204);

		assertThat(trail(w, "SERVICE", serviceId)).containsExactly(new Line("SERVICE_ADDED", null, "ACTIVE"),
				new Line("SERVICE_WITHDRAWN", "ACTIVE", "WITHDRAWN"));
	}
}
