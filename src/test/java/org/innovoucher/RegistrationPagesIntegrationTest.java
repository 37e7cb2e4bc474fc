package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/**
 * The registration forms work without JavaScript: plain form posts with the session's CSRF token,
 * every refusal shown beside its field by the server, in the page's language.
 */
class RegistrationPagesIntegrationTest extends IntegrationTestBase {

	private static final String ACCEPT_LANGUAGE = "Accept-Language";

	private static List<Map.Entry<String, String>> enterpriseForm(String csrf, String username, String uscc) {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		Map.of("_csrf", csrf, "username", username, "password", World.PASSWORD, "email", username + "@corp.example.cn",
				"uscc", uscc, "name", "Taiyuan Optics " + username, "regionCode", World.XIAODIAN, "sizeClass", "SMALL",
				"industry", "optics", "legalRepresentative", "Wang Li")
			.forEach((k, v) -> form.add(Map.entry(k, v)));
		form.add(Map.entry("contactPhone", "0351 1234567"));
		form.add(Map.entry("techSmeNumber", ""));
		return form;
	}

	/** The code with a wrong last character: the same 17 characters, another check character. */
	private static String wrongCheck(String uscc) {
		char wrong = uscc.charAt(17) == '0' ? '1' : '0';
		return uscc.substring(0, 17) + wrong;
	}

	@Test
	void an_enterprise_registers_without_javascript_after_the_server_names_a_wrong_check_character_beside_the_field()
			throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		HttpResponse<String> page = visitor.get("/register/enterprise?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Unified social credit code", "business licence", "Xiaodian", "Taiyuan")
			.doesNotContain("style=\"", "<script>");
		String csrf = PageVisitor.csrf(page.body());
		String username = TestData.username("reg");
		String uscc = TestData.uscc(World.XIAODIAN);

		HttpResponse<String> refused = visitor.post("/register/enterprise", enterpriseForm(csrf, username, wrongCheck(uscc)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"uscc-error\"", "There is a problem", "href=\"#uscc\"",
				"for the first 17 characters it must be " + uscc.charAt(17));
		// what was typed stays, except the password
		assertThat(refused.body()).contains("value=\"" + username + "\"", "value=\"" + wrongCheck(uscc) + "\"");

		HttpResponse<String> registered = visitor.post("/register/enterprise", enterpriseForm(csrf, username, uscc));
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registered.headers().firstValue("Location").orElse("")).endsWith("/register/enterprise/done");
		HttpResponse<String> done = visitor.get("/register/enterprise/done");
		assertThat(done.body()).contains("Your enterprise is registered", "Taiyuan Optics " + username,
				"Sign in with your username " + username);

		HttpResponse<String> signedIn = new PageVisitor(port).signIn(username, World.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/workspace");
	}

	@Test
	void a_taken_username_and_an_already_registered_uscc_are_shown_beside_their_fields_in_chinese() throws Exception {
		World.Party existing = world().enterprise();
		PageVisitor visitor = new PageVisitor(port);
		String csrf = PageVisitor.csrf(visitor.get("/register/enterprise", ACCEPT_LANGUAGE, "zh-CN").body());

		HttpResponse<String> taken = visitor.post("/register/enterprise",
				enterpriseForm(csrf, existing.username(), TestData.uscc(World.XIAODIAN)));
		assertThat(taken.body()).contains("id=\"username-error\"", "该用户名已被使用");

		HttpResponse<String> duplicate = visitor.post("/register/enterprise",
				enterpriseForm(csrf, TestData.username("reg"), existing.uscc()));
		assertThat(duplicate.body()).contains("id=\"uscc-error\"", "已注册");
	}

	@Test
	void an_empty_form_names_every_missing_field_and_posting_without_the_csrf_token_is_refused() throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		String csrf = PageVisitor.csrf(visitor.get("/register/institution?lang=en").body());

		HttpResponse<String> empty = visitor.post("/register/institution", Map.of("_csrf", csrf));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Enter a username.", "Enter the unified social credit code",
				"Choose the kind of institution.", "Tick at least one kind of service.", "id=\"categories-error\"");

		assertThat(new PageVisitor(port).post("/register/institution", Map.of("username", "x")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void an_institution_registers_without_javascript_and_is_told_it_awaits_recognition() throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		String csrf = PageVisitor.csrf(visitor.get("/register/institution?lang=en").body());
		String username = TestData.username("lab");
		List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("_csrf", csrf),
				Map.entry("username", username), Map.entry("password", World.PASSWORD),
				Map.entry("email", username + "@lab.example.cn"), Map.entry("uscc", TestData.uscc(World.TAIYUAN)),
				Map.entry("name", "Shanxi Test Centre " + username), Map.entry("regionCode", World.TAIYUAN),
				Map.entry("type", "TESTING_CERTIFICATION"), Map.entry("categories", "TESTING_CERTIFICATION"),
				Map.entry("categories", "CONSULTING"), Map.entry("qualifications", "CMA\nCNAS L1234")));

		HttpResponse<String> registered = visitor.post("/register/institution", form);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		HttpResponse<String> done = visitor.get("/register/institution/done");
		assertThat(done.body()).contains("Your registration is received", "Awaiting recognition",
				"Shanxi Test Centre " + username);
	}
}
