package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.innovoucher.redemption.EvidenceProperties;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** The evidence scrub finds a stored file that changed on disk after its upload, and says so. */
class EvidenceScrubIntegrationTest extends IntegrationTestBase {

	@Autowired
	EvidenceProperties evidence;

	@Test
	void aFileChangedOnDiskIsReportedToTheAdministratorsByTheScrub() throws Exception {
		World w = world();
		Deal d = Scenarios.deal(w, "50000.00", "80000.00");
		String claim = w.claim(d.enterprise(), d.contractId(), "80000.00").text("id");
		// content of its own, so that no other test shares the stored file
		byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
		Response uploaded = api.upload("/api/v1/redemptions/" + claim + "/attachments", d.enterprise().token(),
				"invoice.pdf", pdf, Map.of("kind", "INVOICE"));
		assertThat(uploaded.status()).as("upload %s", uploaded).isEqualTo(201);
		String sha256 = uploaded.text("sha256");
		Path stored = evidence.dir().resolve(sha256.substring(0, 2)).resolve(sha256);
		assertThat(stored).exists();

		Response clean = api.post("/api/v1/admin/jobs/evidence-scrub", w.admin, Map.of());
		assertThat(clean.status()).as("scrub %s", clean).isEqualTo(200);
		assertThat(clean.body().get("handled").asInt()).isPositive();

		// a hand on the server (or a failing disk) changes the file after the upload
		Files.write(stored, ("%PDF-1.4\n% altered\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
		Response scrubbed = api.post("/api/v1/admin/jobs/evidence-scrub", w.admin, Map.of());
		assertThat(scrubbed.status()).as("scrub %s", scrubbed).isEqualTo(200);

		JsonNode report = awaitReport(w.admin, claim);
		assertThat(report.get("subject").asText()).contains("invoice.pdf").contains(claim);
		assertThat(report.get("body").asText()).contains(sha256).contains("SHA-256 is now");
		assertThat(api.post("/api/v1/admin/jobs/evidence-scrub", w.operator, Map.of()).status())
			.as("the scrub is run by a system administrator").isEqualTo(403);
	}

	private JsonNode awaitReport(String token, String claim) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Response mine = api.get("/api/v1/notifications?size=100", token);
			assertThat(mine.status()).isEqualTo(200);
			JsonNode match = null;
			for (JsonNode item : mine.body().get("items")) {
				if (item.get("kind").asText().equals("evidence.damaged") && item.get("entityId").asText().equals(claim)) {
					match = item;
				}
			}
			assertThat(match).as("a report of the damaged file of %s", claim).isNotNull();
			found[0] = match;
		});
		return found[0];
	}
}
