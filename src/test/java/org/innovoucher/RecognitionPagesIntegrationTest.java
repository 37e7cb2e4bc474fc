package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's recognition queue without JavaScript: institutions of their regions awaiting a
 * decision with their qualifications, categories and working days waited; a decision with a reason,
 * asked once more on a question page; suspend, reinstate and revoke as the lifecycle allows;
 * refusals beside their fields; nothing of other regions.
 */
class RecognitionPagesIntegrationTest extends IntegrationTestBase {

	private World w;

	@BeforeEach
	void create() {
		w = world();
	}

	/** A staff member of a role and region, signed in to the pages. */
	private PageVisitor staff(String role, String region) throws Exception {
		String username = TestData.username(role.toLowerCase());
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", username + "@gov.example.cn", "roles", List.of(role), "regionCode", region)).status())
			.isEqualTo(201);
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	private static Map<String, String> decision(String csrf, String next, String reason) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf);
		if (next != null) {
			form.put("next", next);
		}
		form.put("reason", reason);
		return form;
	}

	/** Chooses a decision, reads the question and answers yes; returns the question page. */
	private String decide(PageVisitor operator, String id, String next, String reason) throws Exception {
		String csrf = PageVisitor.csrf(operator.get("/workspace/recognitions/" + id + "?lang=en").body());
		HttpResponse<String> question = operator.post("/workspace/recognitions/" + id, decision(csrf, next, reason));
		assertThat(question.statusCode()).as(question.body()).isEqualTo(200);
		HttpResponse<String> done = operator.post("/workspace/recognitions/" + id + "/decision",
				decision(PageVisitor.csrf(question.body()), next, reason));
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		return question.body();
	}

	private String status(String id) {
		return api.get("/api/v1/institutions/" + id, w.operator).text("status");
	}

	@Test
	void an_operator_sees_the_pending_institutions_of_their_regions_with_qualifications_and_working_days_waited()
			throws Exception {
		World.Party lab = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION", "CONSULTING"));
		World.Party datongLab = w.pendingInstitution(World.DATONG, List.of("TESTING_CERTIFICATION"));
		// registered on Monday 2 March; read on Thursday
		w.setClock("2026-03-05T10:00:00+08:00");
		PageVisitor operator = staff("OPERATOR", World.TAIYUAN);

		String queue = operator.get("/workspace/recognitions?lang=en").body();
		assertThat(queue).contains("Recognition of institutions", "检测中心 " + lab.username(), "Testing and certification",
				"Technology consulting", "CMA、CNAS", "2 Mar 2026", "waiting 3 working days",
				"href=\"/workspace/recognitions/" + lab.id() + "\"")
			.doesNotContain("检测中心 " + datongLab.username(), "PENDING_RECOGNITION</", "style=\"");
		assertThat(queue).contains("href=\"/workspace/recognitions?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(operator.download("/workspace/recognitions?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Institution", "Kind of institution", "Region",
				"Services it registered for", "Qualifications", "Registered", "Working days waited",
				"Address in the portal");
		assertThat(sheet).extracting(row -> row.get(0)).doesNotContain("检测中心 " + datongLab.username());
		List<Object> mine = sheet.stream().filter(row -> row.get(0).equals("检测中心 " + lab.username())).findFirst()
			.orElseThrow();
		assertThat(mine.subList(2, 8)).containsExactly("Taiyuan", "Technology consulting、Testing and certification",
				"CMA、CNAS", LocalDate.of(2026, 3, 2).atStartOfDay(), 3.0, "/workspace/recognitions/" + lab.id());

		String page = operator.get("/workspace/recognitions/" + lab.id() + "?lang=en").body();
		assertThat(page).contains("Awaiting recognition", lab.uscc(), "CMA", "CNAS",
				"Recognise: it may offer services and sign contracts", "Refuse recognition", "<label for=\"reason\"")
			.doesNotContain("Suspend", "Reinstate");

		String workspace = operator.get("/workspace?lang=en").body();
		assertThat(workspace).contains("for your recognition decision", "href=\"/workspace/recognitions\"");

		// another region's institution is not there for this operator, nor is its decision
		assertThat(operator.get("/workspace/recognitions/" + datongLab.id()).statusCode()).isEqualTo(404);
		String csrf = PageVisitor.csrf(page);
		assertThat(operator.post("/workspace/recognitions/" + datongLab.id() + "/decision",
				decision(csrf, "RECOGNISED", "")).statusCode()).isEqualTo(404);
		assertThat(status(datongLab.id())).isEqualTo("PENDING_RECOGNITION");
	}

	@Test
	void a_refusal_without_a_reason_or_a_decision_is_shown_beside_its_field_and_with_a_reason_is_asked_then_made()
			throws Exception {
		World.Party lab = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		PageVisitor operator = staff("OPERATOR", World.PROVINCE);
		String csrf = PageVisitor.csrf(operator.get("/workspace/recognitions/" + lab.id()).body());

		HttpResponse<String> nothing = operator.post("/workspace/recognitions/" + lab.id() + "?lang=en",
				decision(csrf, null, ""));
		assertThat(nothing.body()).contains("error-summary", "id=\"next-error\"", "Choose a decision.");
		HttpResponse<String> unexplained = operator.post("/workspace/recognitions/" + lab.id() + "?lang=en",
				decision(csrf, "REJECTED", " "));
		assertThat(unexplained.body()).contains("id=\"reason-error\"", "Give the reason the institution will read.")
			.doesNotContain("Yes, refuse it");

		String question = decide(operator, lab.id(), "REJECTED", "CMA 证书已过期");
		assertThat(question).contains("Refuse to recognise 检测中心 " + lab.username() + "?", "CMA 证书已过期",
				"Yes, refuse it", "No, go back");
		assertThat(status(lab.id())).isEqualTo("REJECTED");
		assertThat(operator.get("/workspace/recognitions?lang=en").body()).contains(
				"检测中心 " + lab.username() + " is refused recognition.");
		assertThat(operator.get("/workspace/recognitions/" + lab.id() + "?lang=en").body()).contains(
				"This decision is final", "CMA 证书已过期").doesNotContain("name=\"next\"");
	}

	@Test
	void a_recognised_institution_is_suspended_reinstated_and_revoked_each_with_a_reason_after_a_question()
			throws Exception {
		World.Party lab = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		PageVisitor operator = staff("OPERATOR", World.PROVINCE);

		// a recognition needs no reason
		assertThat(decide(operator, lab.id(), "RECOGNISED", "")).contains("None given", "Yes, recognise it");
		assertThat(status(lab.id())).isEqualTo("RECOGNISED");
		String recognised = operator.get("/workspace/recognitions/" + lab.id() + "?lang=en").body();
		assertThat(recognised).contains("Suspend: it is hidden from the catalog", "Revoke the recognition for good")
			.doesNotContain("Reinstate", "Refuse recognition");
		assertThat(operator.get("/workspace/recognitions?status=RECOGNISED&lang=en").body())
			.contains("检测中心 " + lab.username());

		assertThat(decide(operator, lab.id(), "SUSPENDED", "检测报告造假，调查中")).contains("Suspend 检测中心 " + lab.username() + "?");
		assertThat(status(lab.id())).isEqualTo("SUSPENDED");
		assertThat(operator.get("/workspace/recognitions?status=SUSPENDED&lang=en").body()).contains(
				"检测中心 " + lab.username() + " is suspended.", "检测中心 " + lab.username());

		assertThat(decide(operator, lab.id(), "RECOGNISED", "调查结束，未发现问题")).contains("Reinstate 检测中心 " + lab.username() + "?");
		assertThat(status(lab.id())).isEqualTo("RECOGNISED");

		// a move the lifecycle does not allow (recognised to refused) is refused beside the decision
		String csrf = PageVisitor.csrf(recognised);
		assertThat(operator.post("/workspace/recognitions/" + lab.id() + "/decision?lang=en",
				decision(csrf, "REJECTED", "x")).body()).contains("id=\"next-error\"", "Choose a decision.");

		assertThat(decide(operator, lab.id(), "REVOKED", "资质被吊销")).contains("Revoke the recognition of", "You cannot undo it");
		assertThat(status(lab.id())).isEqualTo("REVOKED");
	}

	@Test
	void the_queue_is_for_operators_only_and_a_reviewer_has_neither_the_link_nor_the_page() throws Exception {
		PageVisitor reviewer = staff("BUREAU_REVIEWER", World.TAIYUAN);
		assertThat(reviewer.get("/workspace/recognitions").statusCode()).isEqualTo(403);
		assertThat(reviewer.download("/workspace/recognitions?format=xlsx").statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/workspace?lang=en").body()).doesNotContain("/workspace/recognitions");
	}
}
