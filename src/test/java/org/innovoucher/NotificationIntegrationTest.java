package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

/** Every party is told what it has to do and by when, in the application and by email. */
class NotificationIntegrationTest extends IntegrationTestBase {

	private JsonNode awaitNotification(String token, String kind) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Response mine = api.get("/api/v1/notifications?size=50", token);
			assertThat(mine.status()).isEqualTo(200);
			JsonNode match = null;
			for (JsonNode item : mine.body().get("items")) {
				if (item.get("kind").asText().equals(kind)) {
					match = item;
				}
			}
			assertThat(match).as("notification %s", kind).isNotNull();
			found[0] = match;
		});
		return found[0];
	}

	private List<MimeMessage> mailTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	@Test
	void theInstitutionIsAskedToConfirmAClaimByItsDeadlineInTheApplicationAndByEmail() throws Exception {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");

		JsonNode issued = awaitNotification(enterprise.token(), "voucher.issued");
		assertThat(issued.get("subject").asText()).contains("创新券").contains("Voucher");
		assertThat(issued.get("entityId").asText()).isEqualTo(voucher);

		String contract = w.signedContract(enterprise, institution, voucher, "80000.00");
		String claim = w.submittedClaim(enterprise, contract, "80000.00");

		JsonNode confirm = awaitNotification(institution.token(), "claim.confirm");
		assertThat(confirm.get("dueOn").asText()).isEqualTo("2026-03-09");
		assertThat(confirm.get("entityId").asText()).isEqualTo(claim);
		assertThat(confirm.get("body").asText()).contains("80000.00").contains("2026-03-09");
		// the mail leaves after the notification was committed, so its status follows a moment later
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
				awaitNotification(institution.token(), "claim.confirm").get("emailStatus").asText()).isEqualTo("SENT"));

		String address = institution.username() + "@lab.example.cn";
		await().atMost(Duration.ofSeconds(60)).until(() -> !mailTo(address).isEmpty());
		MimeMessage mail = mailTo(address).stream()
			.filter(m -> {
				try {
					return m.getSubject().contains("2026-03-09");
				}
				catch (Exception e) {
					return false;
				}
			})
			.findFirst()
			.orElseThrow();
		assertThat(mail.getSubject()).contains("请于 2026-03-09 前确认兑付申请");
		assertThat(((String) mail.getContent())).contains("Please confirm or dispute it by 2026-03-09");

		Response read = api.post("/api/v1/notifications/" + confirm.get("id").asText() + "/read", institution.token(),
				Api.obj());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("readAt")).isNotNull();
		Response others = api.post("/api/v1/notifications/" + confirm.get("id").asText() + "/read", enterprise.token(),
				Api.obj());
		assertThat(others.status()).isEqualTo(404);
	}

	@Test
	void theBureauIsToldToReviewAConfirmedClaimAndTheEnterpriseHearsTheDecision() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, institution, voucher, "40000.00");
		String claim = w.submittedClaim(enterprise, contract, "40000.00");
		assertThat(w.confirm(institution, claim).status()).isEqualTo(200);

		JsonNode review = awaitNotification(w.reviewer, "claim.review");
		assertThat(review.get("dueOn").asText()).isEqualTo("2026-03-16");

		assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
		JsonNode approved = awaitNotification(enterprise.token(), "claim.approved");
		assertThat(approved.get("body").asText()).contains("40000.00");
	}

	@Test
	void remindsAnInstitutionThatHasNotConfirmedTwoWorkingDaysBeforeTheDeadlineOnlyOnce() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String contract = w.signedContract(enterprise, institution, voucher, "30000.00");
		String claim = w.submittedClaim(enterprise, contract, "30000.00");

		// Thursday 5 March: the deadline, Monday 9 March, is two working days away
		w.setClock("2026-03-05T08:00:00+08:00");
		Response ran = api.post("/api/v1/admin/jobs/reminders", w.admin, Api.obj());
		assertThat(ran.status()).isEqualTo(200);
		assertThat(api.post("/api/v1/admin/jobs/reminders", w.admin, Api.obj()).status()).isEqualTo(200);

		Response mine = api.get("/api/v1/notifications?size=50", institution.token());
		List<JsonNode> reminders = new java.util.ArrayList<>();
		mine.body().get("items").forEach(n -> {
			if (n.get("kind").asText().equals("reminder.claim.confirm") && n.get("entityId").asText().equals(claim)) {
				reminders.add(n);
			}
		});
		assertThat(reminders).hasSize(1);
		assertThat(reminders.get(0).get("dueOn").asText()).isEqualTo("2026-03-09");
		assertThat(api.post("/api/v1/admin/jobs/reminders", enterprise.token(), Api.obj()).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/admin/jobs/nonsense", w.admin, Api.obj()).status()).isEqualTo(404);
	}
}
