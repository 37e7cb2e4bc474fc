package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.TestData;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The operator's public notices without JavaScript: approved claims of a region ticked, the notice
 * previewed as the public will read it, published; objections beside their claims, resolved with a
 * decision and a reason; the notice closed after its period, not before; nothing of other regions.
 */
class NoticeWorkspacePagesIntegrationTest extends IntegrationTestBase {

	private World w;
	private Scenarios.Deal deal;
	private String claim;

	@BeforeEach
	void create() {
		w = world();
		deal = Scenarios.deal(w, "50000.00", "80000.00");
		claim = Scenarios.claimUnderReview(deal, "80000.00");
		assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
	}

	private PageVisitor staff(String role, String region) throws Exception {
		String username = TestData.username(role.toLowerCase());
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", username + "@gov.example.cn", "roles", List.of(role), "regionCode", region)).status())
			.isEqualTo(201);
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	private static List<Map.Entry<String, String>> chosen(String csrf, String region, String... claims) {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		form.add(Map.entry("_csrf", csrf));
		form.add(Map.entry("regionCode", region));
		for (String c : claims) {
			form.add(Map.entry("redemptionIds", c));
		}
		return form;
	}

	private String claimStatus(String id) {
		return api.get("/api/v1/redemptions/" + id, w.reviewer).text("status");
	}

	/** Opens a notice of Taiyuan over the claim through the pages; returns its id. */
	private String publish(PageVisitor operator) throws Exception {
		String csrf = PageVisitor.csrf(operator.get("/workspace/notices/new?region=" + World.TAIYUAN).body());
		HttpResponse<String> published = operator.post("/workspace/notices", chosen(csrf, World.TAIYUAN, claim));
		assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
		String location = published.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	@Test
	void an_operator_ticks_approved_claims_previews_the_notice_as_the_public_reads_it_and_publishes_it()
			throws Exception {
		PageVisitor operator = staff("OPERATOR", World.PROVINCE);
		String enterprise = "企业 " + deal.enterprise().username();
		String institution = "检测中心 " + deal.institution().username();

		assertThat(operator.get("/workspace?lang=en").body()).contains("for a public notice",
				"href=\"/workspace/notices/new\"", "href=\"/workspace/notices\"");
		String choice = operator.get("/workspace/notices/new?region=" + World.TAIYUAN + "&lang=en").body();
		assertThat(choice).contains("Open a public notice", "type=\"checkbox\" name=\"redemptionIds\"",
				"value=\"" + claim + "\"", enterprise, institution, "<label for=\"region\"");
		String csrf = PageVisitor.csrf(choice);

		HttpResponse<String> none = operator.post("/workspace/notices/preview?lang=en", chosen(csrf, World.TAIYUAN));
		assertThat(none.body()).contains("error-summary", "id=\"redemptionIds-error\"",
				"Tick at least one claim to show in the notice.");

		HttpResponse<String> preview = operator.post("/workspace/notices/preview?lang=en",
				chosen(csrf, World.TAIYUAN, claim));
		assertThat(preview.statusCode()).isEqualTo(200);
		// approved at the payable: 50,000 × 100% + 30,000 × 50%; a notice of five working days from Monday 2 March
		assertThat(preview.body()).contains("Check the notice before you publish it", enterprise, institution,
				"¥65,000.00", "2 Mar 2026 to 9 Mar 2026", "Publish the notice", "name=\"redemptionIds\" value=\"" + claim + "\"");
		assertThat(claimStatus(claim)).as("a preview writes nothing").isEqualTo("APPROVED");

		String notice = publish(operator);
		assertThat(claimStatus(claim)).isEqualTo("IN_PUBLIC_NOTICE");
		String page = operator.get("/workspace/notices/" + notice + "?lang=en").body();
		assertThat(page).contains("The notice is published", "Open to objections", enterprise, "¥65,000.00",
				"Nobody has objected", "The notice can be closed from 9 Mar 2026");
		assertThat(operator.get("/workspace/notices?lang=en").body()).contains("href=\"/workspace/notices/" + notice + "\"",
				"2 Mar 2026 to 9 Mar 2026", "href=\"/workspace/notices?format=xlsx\"");
		List<List<Object>> open = Workbooks.rows(operator.download("/workspace/notices?format=xlsx&lang=en"));
		assertThat(open.get(0)).containsExactly("Region", "Notice starts on", "Notice ends on", "Claims",
				"Objections waiting", "Address in the portal");
		assertThat(open).filteredOn(row -> row.get(5).equals("/workspace/notices/" + notice)).singleElement()
			.satisfies(row -> assertThat(row.subList(1, 5)).containsExactly(LocalDate.of(2026, 3, 2).atStartOfDay(),
					LocalDate.of(2026, 3, 9).atStartOfDay(), 1.0, 0.0));
		assertThat(staff("BUREAU_REVIEWER", World.TAIYUAN).download("/workspace/notices?format=xlsx").statusCode())
			.isEqualTo(403);
		assertThat(operator.get("/notices/" + notice + "?lang=en").body()).contains(enterprise, "¥65,000.00");
		// the claim is no longer one to choose
		assertThat(operator.get("/workspace/notices/new?region=" + World.TAIYUAN).body()).doesNotContain(
				"value=\"" + claim + "\"");
	}

	@Test
	void an_objection_is_read_beside_its_claim_resolved_with_a_reason_and_the_notice_closes_only_after_its_period()
			throws Exception {
		PageVisitor operator = staff("OPERATOR", World.TAIYUAN);
		String notice = publish(operator);
		Api.Response objected = api.post("/api/v1/public/notices/" + notice + "/objections", null,
				Api.obj("redemptionId", claim, "name", "李四", "contact", "13900000000", "reason", "服务并未实际提供"));
		assertThat(objected.status()).isEqualTo(201);
		String objection = objected.text("id");

		assertThat(operator.get("/workspace?lang=en").body()).contains("objection to the notice of",
				"href=\"/workspace/notices/" + notice + "\"");
		String page = operator.get("/workspace/notices/" + notice + "?lang=en").body();
		assertThat(page).contains("From 李四", "服务并未实际提供", "Waiting for your decision", "The claim objected to",
				"企业 " + deal.enterprise().username(), "href=\"/workspace/claims/" + claim + "\"",
				"/workspace/notices/" + notice + "/objections/" + objection);

		String form = operator.get("/workspace/notices/" + notice + "/objections/" + objection + "?lang=en").body();
		assertThat(form).contains("13900000000", "Uphold the objection", "Dismiss the objection", "<label for=\"note\"");
		String csrf = PageVisitor.csrf(form);
		HttpResponse<String> blank = operator.post("/workspace/notices/" + notice + "/objections/" + objection + "?lang=en",
				Map.of("_csrf", csrf, "note", ""));
		assertThat(blank.body()).contains("id=\"decision-error\"", "Choose whether to uphold or dismiss",
				"id=\"note-error\"", "Give the reason for your decision.");

		// closing before the end date is refused with the API's words
		HttpResponse<String> early = operator.post("/workspace/notices/" + notice + "/close?lang=en", Map.of("_csrf", csrf));
		assertThat(early.body()).contains("id=\"close-error\"", "The public notice period has not ended yet.");

		HttpResponse<String> dismissed = operator.post("/workspace/notices/" + notice + "/objections/" + objection,
				Map.of("_csrf", csrf, "decision", "dismissed", "note", "合同、发票与检测报告齐全"));
		assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(302);
		assertThat(operator.get("/workspace/notices/" + notice + "?lang=en").body()).contains(
				"The objection is dismissed", "Decision: 合同、发票与检测报告齐全", "Dismissed");

		w.setClock("2026-03-09T18:00:00+08:00");
		assertThat(operator.get("/workspace?lang=en").body()).contains("has run its period: close it");
		String question = operator.get("/workspace/notices/" + notice + "/close?lang=en").body();
		assertThat(question).contains("Close the public notice of", "You cannot undo it", "Yes, close it");
		HttpResponse<String> closed = operator.post("/workspace/notices/" + notice + "/close", Map.of("_csrf", csrf));
		assertThat(closed.statusCode()).isEqualTo(302);
		assertThat(claimStatus(claim)).isEqualTo("READY_FOR_PAYMENT");
		assertThat(operator.get("/workspace/notices/" + notice + "?lang=en").body()).contains("The notice is closed");
	}

	@Test
	void an_operator_of_another_region_sees_neither_the_claims_nor_the_notice_and_cannot_open_one_over_them()
			throws Exception {
		Scenarios.Deal other = Scenarios.deal(w, "50000.00", "10000.00");
		String notice = Scenarios.noticed(other, Scenarios.claimUnderReview(other, "10000.00"));
		PageVisitor datong = staff("OPERATOR", World.DATONG);
		assertThat(datong.get("/workspace/notices?lang=en").body()).doesNotContain(notice);
		assertThat(datong.get("/workspace/notices/" + notice).statusCode()).isEqualTo(404);
		String choice = datong.get("/workspace/notices/new?region=" + World.TAIYUAN + "&lang=en").body();
		assertThat(choice).doesNotContain("value=\"" + claim + "\"", "value=\"" + World.TAIYUAN + "\"");
		HttpResponse<String> tampered = datong.post("/workspace/notices/preview",
				chosen(PageVisitor.csrf(choice), World.TAIYUAN, claim));
		assertThat(tampered.statusCode()).isEqualTo(403);
		assertThat(claimStatus(claim)).isEqualTo("APPROVED");
	}
}
