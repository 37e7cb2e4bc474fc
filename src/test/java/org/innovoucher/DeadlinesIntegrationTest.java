package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Payments;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every deadline tracked: a step left open past its due date lands on the overdue list of the staff of
 * its region and is escalated to their supervisors once; a payable claim is due for payment by its
 * program's working days, and its finance officers are reminded before.
 */
class DeadlinesIntegrationTest extends IntegrationTestBase {

	/** How many notifications of {@code kind} about {@code entityId} the person holds, over every page. */
	private int told(String token, String kind, String entityId) {
		int count = 0;
		for (int page = 0;; page++) {
			Response mine = api.get("/api/v1/notifications?size=200&page=" + page, token);
			assertThat(mine.status()).isEqualTo(200);
			JsonNode items = mine.body().get("items");
			for (JsonNode n : items) {
				if (n.get("kind").asText().equals(kind) && n.get("entityId").asText().equals(entityId)) {
					count++;
				}
			}
			if (items.size() < 200) {
				return count;
			}
		}
	}

	private void runJob(World w, String name) {
		Response ran = api.post("/api/v1/admin/jobs/" + name, w.admin, Api.obj());
		assertThat(ran.status()).as("run %s: %s", name, ran).isEqualTo(200);
	}

	/** The caller's overdue files that concern {@code subjectId}. */
	private List<JsonNode> overdue(String token, String subjectId) {
		Response listed = api.get("/api/v1/overdue", token);
		assertThat(listed.status()).as("overdue %s", listed).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		listed.body().forEach(o -> {
			if (o.get("subjectId").asText().equals(subjectId)) {
				found.add(o);
			}
		});
		return found;
	}

	@Test
	void aClaimLeftUnreviewedPastItsDueDateIsListedAsOverdueAndEscalatedToTheRegionsSupervisorsOnce() throws Exception {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00");
		// confirmed on Monday 2 March: the review is due ten working days later, Monday 16 March
		String claim = Scenarios.claimUnderReview(d, "20000.00");
		String supervisorName = Payments.staff(w, World.TAIYUAN, "SUPERVISOR");
		String supervisor = World.login(api, supervisorName, World.PASSWORD);
		String datongSupervisor = w.staff("SUPERVISOR", World.DATONG);

		w.setClock("2026-03-16T18:00:00+08:00");
		runJob(w, "escalations");
		assertThat(overdue(supervisor, claim)).as("the due date itself is in time").isEmpty();
		assertThat(told(supervisor, "deadline.escalated", claim)).isZero();

		w.setClock("2026-03-18T09:00:00+08:00");
		runJob(w, "escalations");
		runJob(w, "escalations");
		assertThat(told(supervisor, "deadline.escalated", claim)).as("escalated once").isEqualTo(1);
		assertThat(told(w.supervisor, "deadline.escalated", claim)).as("the province's supervisor too").isEqualTo(1);
		assertThat(overdue(supervisor, claim)).singleElement().satisfies(o -> {
			assertThat(o.get("step").asText()).isEqualTo("CLAIM_REVIEW");
			assertThat(o.get("dueOn").asText()).isEqualTo("2026-03-16");
			assertThat(o.get("workingDaysOverdue").asInt()).isEqualTo(2);
			assertThat(o.get("escalatedAt").isNull()).isFalse();
			assertThat(o.get("reference").asText()).isEqualTo("企业 " + d.enterprise().username());
		});
		assertThat(overdue(datongSupervisor, claim)).as("another city's").isEmpty();
		assertThat(api.get("/api/v1/overdue", d.enterprise().token()).status()).isEqualTo(403);

		PageVisitor visitor = Payments.signedIn(port, supervisorName);
		String page = visitor.get("/workspace/overdue?lang=en").body();
		assertThat(page).contains("Overdue files", "href=\"/workspace/overdue\"", "Claim review",
				"href=\"/workspace/review/claims/" + claim + "\"", "2 working days",
				"href=\"/workspace/overdue?format=xlsx\"");
		List<List<Object>> rows = Workbooks.rows(visitor.download("/workspace/overdue?format=xlsx&lang=en"));
		assertThat(rows.get(0)).containsExactly("Step", "File", "Region", "Was due", "Working days overdue", "Escalated",
				"Address in the portal");
		assertThat(rows).filteredOn(r -> r.get(6).equals("/workspace/review/claims/" + claim))
			.singleElement()
			.satisfies(r -> assertThat(r).startsWith("Claim review", "企业 " + d.enterprise().username()));
	}

	@Test
	void aPayableClaimIsDueForPaymentByItsProgramsWorkingDaysItsFinanceOfficersAreRemindedAndALatePaymentEscalated() {
		World w = world();
		Scenarios.Deal d = Scenarios.deal(w, "100000.00", "20000.00", "paymentWorkingDays", 3);
		// the notice closes on Monday 9 March: three working days to pay, until Thursday 12 March
		String claim = Scenarios.readyForPayment(d, "20000.00");
		assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("paymentDueOn")).isEqualTo("2026-03-12");

		w.setClock("2026-03-10T09:00:00+08:00");
		runJob(w, "reminders");
		assertThat(told(w.finance, "reminder.claim.payment", claim)).isEqualTo(1);

		w.setClock("2026-03-13T09:00:00+08:00");
		runJob(w, "escalations");
		runJob(w, "escalations");
		assertThat(told(w.supervisor, "deadline.escalated", claim)).isEqualTo(1);
		assertThat(overdue(w.finance, claim)).singleElement()
			.satisfies(o -> assertThat(o.get("step").asText()).isEqualTo("PAYMENT"));
	}
}
