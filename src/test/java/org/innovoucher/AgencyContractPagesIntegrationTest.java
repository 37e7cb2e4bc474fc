package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An agency proposes contracts in the portal for an enterprise that delegated to it: only after it
 * has chosen which enterprise it acts for, with that enterprise's name on every page, with that
 * enterprise's voucher, and not once the enterprise has stopped the delegation.
 */
class AgencyContractPagesIntegrationTest extends IntegrationTestBase {

	private World w;
	private Party sensors;
	private Party biotech;
	private String agency;
	private String sensorsDelegation;
	private String sensorsVoucher;
	private String biotechVoucher;
	private String service;

	@BeforeEach
	void deal() {
		w = world();
		String program = w.program("1000000.00");
		sensors = w.enterprise();
		biotech = w.enterprise();
		Party lab = w.institution(World.TAIYUAN, "TESTING_CERTIFICATION", "晋阳检测中心", List.of("TESTING_CERTIFICATION"));
		sensorsVoucher = w.voucher(sensors, program, "50000.00");
		biotechVoucher = w.voucher(biotech, program, "100000.00");
		service = w.service(lab, "电磁兼容检测", "TESTING_CERTIFICATION", "8000.00", 10);
		agency = TestData.username("agency");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", agency, "password", World.PASSWORD,
				"email", agency + "@agency.example.cn", "roles", List.of("AGENCY"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		sensorsDelegation = delegate(sensors);
		delegate(biotech);
	}

	@Test
	void an_agency_proposes_for_the_enterprise_it_acts_for_with_its_voucher_and_its_name_on_every_page()
			throws Exception {
		PageVisitor visitor = signedIn(agency);
		actFor(visitor, sensors);
		String name = name(sensors);

		visitor.get("/workspace/contracts/new?serviceId=" + service + "&lang=en");
		assertThat(visitor.get("/workspace/contracts/new/details").body()).contains("You act for", name, "晋阳检测中心");
		post(visitor, "/workspace/contracts/new/details",
				Map.of("title", "代办 电磁兼容检测", "amount", "8000", "signedOn", "2026-03-02"));
		// the enterprise's own vouchers only, not those of the other enterprise the agency acts for
		assertThat(visitor.get("/workspace/contracts/new/voucher").body()).contains("You act for", name,
				"value=\"" + sensorsVoucher + "\"").doesNotContain(biotechVoucher);
		post(visitor, "/workspace/contracts/new/voucher", Map.of("voucherId", sensorsVoucher));
		assertThat(visitor.get("/workspace/contracts/new/check").body()).contains("You act for", name,
				"Check your proposal", "代办 电磁兼容检测");

		HttpResponse<String> sent = post(visitor, "/workspace/contracts/new/check", Map.of());
		assertThat(location(sent)).startsWith("/workspace/contracts/");
		String id = location(sent).substring(location(sent).lastIndexOf('/') + 1);
		assertThat(visitor.get("/workspace/contracts/" + id).body()).contains("You act for", name,
				"Your proposal has been sent", "<dd>" + name + "</dd>");
		assertThat(visitor.get("/workspace/contracts").body()).contains("You act for", name, "代办 电磁兼容检测");

		// the contract is the enterprise's: it sees it as its own, and the agency is no party to it
		Api.Response seen = api.get("/api/v1/contracts/" + id, sensors.token());
		assertThat(seen.text("enterpriseId")).isEqualTo(sensors.id());
		assertThat(seen.text("voucherId")).isEqualTo(sensorsVoucher);
		assertThat(api.get("/api/v1/contracts/" + id, biotech.token()).status()).isEqualTo(404);
		// acting for the other enterprise, the agency's list is that enterprise's
		actFor(visitor, biotech);
		assertThat(visitor.get("/workspace/contracts").body()).contains("You act for", name(biotech))
			.doesNotContain("代办 电磁兼容检测");
		// nor does a voucher of the first enterprise, typed in, pay for the second one's proposal
		visitor.get("/workspace/contracts/new?serviceId=" + service);
		post(visitor, "/workspace/contracts/new/details", Map.of("title", "检测", "amount", "100", "signedOn", "2026-03-02"));
		post(visitor, "/workspace/contracts/new/voucher", Map.of("voucherId", sensorsVoucher));
		HttpResponse<String> refused = post(visitor, "/workspace/contracts/new/check", Map.of());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"voucherId-error\"", "Choose one of your vouchers.");
		assertThat(api.get("/api/v1/contracts", sensors.token()).text("total")).isEqualTo("1");
		assertThat(api.get("/api/v1/contracts", biotech.token()).text("total")).isEqualTo("0");
	}

	@Test
	void an_agency_that_has_not_chosen_an_enterprise_is_sent_to_choose_one_told_why_and_then_goes_on() throws Exception {
		PageVisitor visitor = signedIn(agency);
		visitor.get("/workspace?lang=en");
		for (String page : List.of("/workspace/contracts/new", "/workspace/contracts/new/check", "/workspace/contracts")) {
			assertThat(location(visitor.get(page))).as(page).isEqualTo("/workspace/acting-for");
			assertThat(visitor.get("/workspace/acting-for").body()).as(page).contains("Choose it first.");
		}
		assertThat(location(post(visitor, "/workspace/contracts/new/check", Map.of())))
			.isEqualTo("/workspace/acting-for");
		assertThat(visitor.get("/workspace/acting-for").body()).contains("Choose it first.");

		// from a catalog item's "propose a contract": once chosen, the proposal starts from that item
		String fromService = "/workspace/contracts/new?serviceId=" + service;
		assertThat(location(visitor.get(fromService))).isEqualTo("/workspace/acting-for");
		HttpResponse<String> choose = visitor.get("/workspace/acting-for");
		assertThat(choose.statusCode()).isEqualTo(200);
		assertThat(choose.body()).contains("Choose the enterprise you act for", "Choose it first.", name(sensors),
				name(biotech), "name=\"next\" value=\"" + fromService + "\"");
		Map<String, String> chosen = new LinkedHashMap<>();
		chosen.put("enterpriseId", biotech.id());
		chosen.put("next", fromService);
		assertThat(location(post(visitor, "/workspace/acting-for", chosen))).isEqualTo(fromService);
		assertThat(location(visitor.get(fromService))).isEqualTo("/workspace/contracts/new/details");
		assertThat(visitor.get("/workspace/contracts/new/details").body()).contains("You act for", name(biotech),
				"value=\"电磁兼容检测\"");
		// only to a page of the workspace
		chosen.put("next", "https://elsewhere.example/workspace/");
		assertThat(location(post(visitor, "/workspace/acting-for", chosen))).isEqualTo("/workspace");
	}

	@Test
	void an_agency_whose_delegation_was_stopped_cannot_propose_for_that_enterprise_and_is_told_so() throws Exception {
		PageVisitor visitor = signedIn(agency);
		actFor(visitor, sensors);
		visitor.get("/workspace/contracts/new?serviceId=" + service + "&lang=en");
		post(visitor, "/workspace/contracts/new/details", Map.of("title", "检测", "amount", "8000", "signedOn", "2026-03-02"));
		post(visitor, "/workspace/contracts/new/voucher", Map.of("voucherId", sensorsVoucher));
		String csrf = PageVisitor.csrf(visitor.get("/workspace/contracts/new/check").body());
		assertThat(api.delete("/api/v1/enterprises/" + sensors.id() + "/delegations/" + sensorsDelegation,
				sensors.token()).status()).isEqualTo(200);

		HttpResponse<String> refused = visitor.post("/workspace/contracts/new/check", Map.of("_csrf", csrf));
		assertThat(location(refused)).isEqualTo("/workspace/acting-for");
		HttpResponse<String> told = visitor.get("/workspace/acting-for");
		assertThat(told.statusCode()).isEqualTo(200);
		assertThat(told.body()).contains(name(sensors) + " no longer lets you act for it", name(biotech))
			.doesNotContain("You act for");
		assertThat(api.get("/api/v1/contracts", sensors.token()).text("total")).isEqualTo("0");
	}

	@Test
	void an_agency_whose_delegation_was_stopped_is_refused_as_soon_as_it_starts_a_proposal() throws Exception {
		PageVisitor visitor = signedIn(agency);
		actFor(visitor, sensors);
		visitor.get("/workspace?lang=en");
		assertThat(api.delete("/api/v1/enterprises/" + sensors.id() + "/delegations/" + sensorsDelegation,
				sensors.token()).status()).isEqualTo(200);

		// not after three pages of answers
		assertThat(location(visitor.get("/workspace/contracts/new?serviceId=" + service)))
			.isEqualTo("/workspace/acting-for");
		assertThat(visitor.get("/workspace/acting-for").body()).contains(name(sensors) + " no longer lets you act for it");
	}

	private String delegate(Party enterprise) {
		Api.Response delegated = api.post("/api/v1/enterprises/" + enterprise.id() + "/delegations", enterprise.token(),
				Api.obj("agencyUsername", agency));
		assertThat(delegated.status()).isEqualTo(201);
		return delegated.text("id");
	}

	private static void actFor(PageVisitor visitor, Party enterprise) throws Exception {
		assertThat(location(post(visitor, "/workspace/acting-for", Map.of("enterpriseId", enterprise.id()))))
			.isEqualTo("/workspace");
	}

	private static String name(Party enterprise) {
		return "企业 " + enterprise.username();
	}

	private PageVisitor signedIn(String username) throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	/** Posts a form with the session's CSRF token, taken from the workspace page. */
	private static HttpResponse<String> post(PageVisitor visitor, String path, Map<String, String> fields) throws Exception {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", PageVisitor.csrf(visitor.get("/workspace").body()));
		return visitor.post(path, form);
	}

	/** Where a redirect leads, as a path: the answer must be one. */
	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://localhost:\\d+", "");
	}
}
