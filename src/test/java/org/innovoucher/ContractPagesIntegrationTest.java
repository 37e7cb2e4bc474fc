package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.Payments;
import org.innovoucher.support.Workbooks;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contracts in the portal without JavaScript: an enterprise proposes (from a catalog item or to an
 * institution it names), checks its answers and sends; the services' refusals come back beside their
 * fields; the institution answers proposals waiting in its list and to-dos; both follow the contract.
 */
class ContractPagesIntegrationTest extends IntegrationTestBase {

	private World w;
	private Party enterprise;
	private Party lab;
	private String voucher;
	private String service;

	@BeforeEach
	void deal() {
		w = world();
		String program = w.program("1000000.00");
		enterprise = w.enterprise();
		lab = w.institution(World.TAIYUAN, "TESTING_CERTIFICATION", "晋阳检测中心", List.of("TESTING_CERTIFICATION"));
		voucher = w.voucher(enterprise, program, "50000.00");
		service = w.service(lab, "电磁兼容检测", "TESTING_CERTIFICATION", "8000.00", 10);
	}

	@Test
	void an_enterprise_proposes_from_a_catalog_item_checks_its_answers_and_sees_the_proposal_waiting() throws Exception {
		PageVisitor visitor = signedIn(enterprise);

		HttpResponse<String> start = visitor.get("/workspace/contracts/new?serviceId=" + service + "&lang=en");
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(location(start)).endsWith("/workspace/contracts/new/details");
		HttpResponse<String> details = visitor.get("/workspace/contracts/new/details");
		// the catalog item brings its institution, title, kind of service and price
		assertThat(details.body()).contains("Step 1 of 3", "晋阳检测中心", "value=\"电磁兼容检测\"", "value=\"8000.00\"",
				"Testing and certification", "value=\"2026-03-02\"").doesNotContain("style=\"");

		HttpResponse<String> toVoucher = post(visitor, "/workspace/contracts/new/details",
				Map.of("title", "电磁兼容检测 新型充电器", "amount", "9,500", "signedOn", "2026-03-02"));
		assertThat(location(toVoucher)).endsWith("/workspace/contracts/new/voucher");
		HttpResponse<String> vouchers = visitor.get("/workspace/contracts/new/voucher");
		assertThat(vouchers.body()).contains("The contract is for ¥9,500.00", "¥50,000.00 left of ¥50,000.00",
				"value=\"" + voucher + "\"");

		assertThat(location(post(visitor, "/workspace/contracts/new/voucher", Map.of("voucherId", voucher))))
			.endsWith("/workspace/contracts/new/check");
		HttpResponse<String> check = visitor.get("/workspace/contracts/new/check");
		assertThat(check.body()).contains("Check your proposal", "晋阳检测中心", "电磁兼容检测 新型充电器", "¥9,500.00",
				"2 Mar 2026", "Step 3 of 3");

		HttpResponse<String> sent = post(visitor, "/workspace/contracts/new/check", Map.of());
		assertThat(sent.statusCode()).isEqualTo(302);
		String id = location(sent).substring(location(sent).lastIndexOf('/') + 1);
		HttpResponse<String> contract = visitor.get("/workspace/contracts/" + id);
		assertThat(contract.body()).contains("Your proposal has been sent", "Proposed, awaiting the institution",
				"Waiting for 晋阳检测中心", "电磁兼容检测 新型充电器");

		Api.Response api = this.api.get("/api/v1/contracts/" + id, enterprise.token());
		assertThat(api.text("status")).isEqualTo("PROPOSED");
		assertThat(api.text("serviceId")).isEqualTo(service);
		assertThat(api.text("amount")).isEqualTo("9500.00");
		assertThat(visitor.get("/workspace/contracts").body()).contains("电磁兼容检测 新型充电器", "¥9,500.00");
		// the draft is gone: a second send has nothing to file
		assertThat(location(post(visitor, "/workspace/contracts/new/check", Map.of()))).endsWith("/workspace/contracts/new");
	}

	@Test
	void an_enterprise_names_an_institution_itself_and_describes_the_service() throws Exception {
		PageVisitor visitor = signedIn(enterprise);
		HttpResponse<String> search = visitor.get("/workspace/contracts/new?lang=en&q=" + lab.username());
		assertThat(search.body()).contains("Which institution will do the work?", "晋阳检测中心 " + lab.username(),
				"value=\"" + lab.id() + "\"");

		HttpResponse<String> none = post(visitor, "/workspace/contracts/new/institution", Map.of());
		assertThat(none.body()).contains("id=\"institutionId-error\"", "Choose the institution that will do the work.");

		assertThat(location(post(visitor, "/workspace/contracts/new/institution", Map.of("institutionId", lab.id()))))
			.endsWith("/details");
		HttpResponse<String> details = visitor.get("/workspace/contracts/new/details");
		assertThat(details.body()).contains("Step 2 of 4", "<option value=\"TESTING_CERTIFICATION\"");
		post(visitor, "/workspace/contracts/new/details", Map.of("title", "产品检测", "category", "TESTING_CERTIFICATION",
				"amount", "3000", "signedOn", "2026-03-05"));
		post(visitor, "/workspace/contracts/new/voucher", Map.of("voucherId", voucher));
		HttpResponse<String> sent = post(visitor, "/workspace/contracts/new/check", Map.of());
		assertThat(location(sent)).contains("/workspace/contracts/");
		String id = location(sent).substring(location(sent).lastIndexOf('/') + 1);
		Api.Response api = this.api.get("/api/v1/contracts/" + id, enterprise.token());
		assertThat(api.text("category")).isEqualTo("TESTING_CERTIFICATION");
		assertThat(api.text("signedOn")).isEqualTo("2026-03-05");
	}

	@Test
	void a_missing_amount_is_shown_beside_the_amount_and_what_was_typed_stays() throws Exception {
		PageVisitor visitor = signedIn(enterprise);
		visitor.get("/workspace/contracts/new?serviceId=" + service + "&lang=en");

		HttpResponse<String> refused = post(visitor, "/workspace/contracts/new/details",
				Map.of("title", "我的检测", "amount", "", "signedOn", "2026-03-02"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("There is a problem", "href=\"#amount\"", "id=\"amount-error\"",
				"Enter the contract amount in yuan.", "value=\"我的检测\"");

		HttpResponse<String> notMoney = post(visitor, "/workspace/contracts/new/details",
				Map.of("title", "我的检测", "amount", "8000.123", "signedOn", "3/2/2026"));
		assertThat(notMoney.body()).contains("id=\"amount-error\"", "at most two decimals", "id=\"signedOn-error\"",
				"value=\"8000.123\"");
	}

	@Test
	void the_services_refusal_of_a_zero_amount_comes_back_beside_the_amount() throws Exception {
		PageVisitor visitor = signedIn(enterprise);
		visitor.get("/workspace/contracts/new?serviceId=" + service + "&lang=en");
		post(visitor, "/workspace/contracts/new/details", Map.of("title", "检测", "amount", "0", "signedOn", "2026-03-02"));
		post(visitor, "/workspace/contracts/new/voucher", Map.of("voucherId", voucher));

		HttpResponse<String> refused = post(visitor, "/workspace/contracts/new/check", Map.of());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("What will the institution deliver?", "href=\"#amount\"",
				"id=\"amount-error\"", "Enter an amount above zero.", "value=\"0.00\"");

		post(visitor, "/workspace/contracts/new/details", Map.of("title", "检测", "amount", "100", "signedOn", "2027-01-05"));
		HttpResponse<String> late = post(visitor, "/workspace/contracts/new/check", Map.of());
		assertThat(late.body()).contains("id=\"signedOn-error\"", "last day the voucher is valid");
		assertThat(this.api.get("/api/v1/contracts", enterprise.token()).text("total")).isEqualTo("0");
	}

	@Test
	void a_revoked_voucher_is_not_offered_and_one_revoked_meanwhile_is_refused_beside_the_voucher() throws Exception {
		PageVisitor visitor = signedIn(enterprise);
		visitor.get("/workspace/contracts/new?serviceId=" + service + "&lang=en");
		post(visitor, "/workspace/contracts/new/details", Map.of("title", "检测", "amount", "100", "signedOn", "2026-03-02"));
		post(visitor, "/workspace/contracts/new/voucher", Map.of("voucherId", voucher));
		assertThat(this.api.post("/api/v1/vouchers/" + voucher + "/revocation", w.operator,
				Api.obj("reason", "test")).status()).isEqualTo(200);

		HttpResponse<String> refused = post(visitor, "/workspace/contracts/new/check", Map.of());
		assertThat(refused.body()).contains("id=\"voucherId-error\"", "This voucher cannot be used.",
				"You have no voucher that can be used now.");
	}

	@Test
	void the_institution_finds_the_proposal_in_its_to_dos_and_list_and_accepts_it() throws Exception {
		String id = w.proposeContract(enterprise, lab, voucher, "30000.00").text("id");
		PageVisitor institution = signedIn(lab);
		assertThat(institution.get("/workspace?lang=en").body()).contains("Answer the contract proposal of 企业 "
				+ enterprise.username() + ": 产品检测", "/workspace/contracts/" + id);
		HttpResponse<String> list = institution.get("/workspace/contracts");
		assertThat(list.body()).contains("Proposals waiting for your answer (1)", "产品检测", "¥30,000.00");

		HttpResponse<String> page = institution.get("/workspace/contracts/" + id);
		assertThat(page.body()).contains("proposes this contract to you", "Accept the proposal", "Decline the proposal");
		HttpResponse<String> noDecision = post(institution, "/workspace/contracts/" + id + "/answer", Map.of());
		assertThat(noDecision.body()).contains("id=\"decision-error\"", "Choose whether you accept or decline");

		HttpResponse<String> accepted = post(institution, "/workspace/contracts/" + id + "/answer",
				Map.of("decision", "accept", "reason", ""));
		assertThat(location(accepted)).endsWith("/workspace/contracts/" + id);
		assertThat(institution.get("/workspace/contracts/" + id).body()).contains("You accepted the proposal", "Signed")
			.doesNotContain("Send your answer");
		assertThat(this.api.get("/api/v1/contracts/" + id, enterprise.token()).text("status")).isEqualTo("SIGNED");
		assertThat(institution.get("/workspace").body()).doesNotContain("/workspace/contracts/" + id);
		assertThat(institution.get("/workspace/contracts?lang=en").body()).contains("href=\"/workspace/contracts?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(institution.download("/workspace/contracts?format=xlsx&lang=en"));
		assertThat(sheet).hasSize(2);
		assertThat(sheet.get(0)).containsExactly("What is delivered", "Enterprise", "Contract amount", "Status",
				"Proposed on", "Address in the portal");
		assertThat(sheet.get(1)).startsWith("产品检测", "企业 " + enterprise.username(), 30_000.0, "Signed")
			.endsWith("/workspace/contracts/" + id);
		assertThat(sheet.get(1).get(4)).isInstanceOf(LocalDateTime.class);

		PageVisitor owner = signedIn(enterprise);
		assertThat(owner.get("/workspace/contracts/" + id + "?lang=en").body()).contains("accepted: the contract is signed",
				"/workspace/claims/new?contractId=" + id);
		assertThat(Workbooks.rows(owner.download("/workspace/contracts?format=xlsx&lang=en"))).containsExactly(
				List.of("What is delivered", "Institution", "Contract amount", "Status", "Proposed on",
						"Address in the portal"),
				List.of("产品检测", "晋阳检测中心 " + lab.username(), 30_000.0, "Signed", sheet.get(1).get(4), "/workspace/contracts/" + id));
		PageVisitor reviewer = Payments.signedIn(port, Payments.staff(w, World.TAIYUAN, "BUREAU_REVIEWER"));
		assertThat(reviewer.get("/workspace/contracts").statusCode()).isEqualTo(403);
		assertThat(reviewer.download("/workspace/contracts?format=xlsx").statusCode()).isEqualTo(403);
	}

	@Test
	void the_institution_declines_with_a_reason_which_the_enterprise_reads_on_its_to_do_and_the_contract() throws Exception {
		String id = w.proposeContract(enterprise, lab, voucher, "30000.00").text("id");
		PageVisitor institution = signedIn(lab);
		institution.get("/workspace/contracts/" + id + "?lang=en");

		HttpResponse<String> noReason = post(institution, "/workspace/contracts/" + id + "/answer",
				Map.of("decision", "decline", "reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("id=\"reason-error\"", "Say why you decline", "href=\"#reason\"");
		post(institution, "/workspace/contracts/" + id + "/answer", Map.of("decision", "decline", "reason", "六月前档期已满"));
		assertThat(this.api.get("/api/v1/contracts/" + id, enterprise.token()).text("status")).isEqualTo("DECLINED");
		// answered once: a second answer is refused on the page, not with an error page
		HttpResponse<String> again = post(institution, "/workspace/contracts/" + id + "/answer",
				Map.of("decision", "accept"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("id=\"form-error\"", "This cannot be done at the file");

		PageVisitor owner = signedIn(enterprise);
		assertThat(owner.get("/workspace?lang=en").body()).contains("declined your proposal 产品检测",
				"/workspace/contracts/" + id);
		assertThat(owner.get("/workspace/contracts/" + id).body()).contains("Declined", "Reason given:", "六月前档期已满",
				"Find another service").doesNotContain("/workspace/claims/new");
		// another institution does not see it
		assertThat(signedIn(w.institution()).get("/workspace/contracts/" + id).statusCode()).isEqualTo(404);
	}

	private PageVisitor signedIn(Party party) throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(party.username(), World.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	/** Posts a form with the session's CSRF token, taken from the workspace page. */
	private static HttpResponse<String> post(PageVisitor visitor, String path, Map<String, String> fields) throws Exception {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", PageVisitor.csrf(visitor.get("/workspace").body()));
		return visitor.post(path, form);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}
}
