package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.innovoucher.institution.Institutions;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registrations go page by page without JavaScript: plain form posts with the session's CSRF
 * token, the answers kept in the session between pages, every refusal shown by the server beside its
 * field on the page that asks for it, in the page's language; only the check page's post registers.
 */
class RegistrationPagesIntegrationTest extends IntegrationTestBase {

	private static final String ENTERPRISE = "/register/enterprise";
	private static final String INSTITUTION = "/register/institution";

	@Autowired
	Institutions institutions;

	/** One person going through a registration's pages, as a browser without JavaScript does. */
	private final class Walk {

		final PageVisitor visitor = new PageVisitor(port);
		final String base;
		final String csrf;
		final String username = TestData.username("reg");
		final String uscc;

		Walk(String base, String language) throws Exception {
			this.base = base;
			this.uscc = TestData.uscc(base.equals(ENTERPRISE) ? World.XIAODIAN : World.TAIYUAN);
			HttpResponse<String> first = visitor.get(base + "?lang=" + language);
			assertThat(first.statusCode()).isEqualTo(200);
			this.csrf = PageVisitor.csrf(first.body());
		}

		HttpResponse<String> post(String step, List<Map.Entry<String, String>> answers) throws Exception {
			List<Map.Entry<String, String>> form = new ArrayList<>(answers);
			form.add(Map.entry("_csrf", csrf));
			return visitor.post(base + "/step/" + step, form);
		}

		/** Answers a page as a person would and expects to be sent on. */
		Walk answer(String step, List<Map.Entry<String, String>> answers) throws Exception {
			HttpResponse<String> sent = post(step, answers);
			assertThat(sent.statusCode()).as("%s %s", step, sent.body()).isEqualTo(302);
			return this;
		}

		/** Answers every page before {@code step} well. */
		Walk upTo(String step) throws Exception {
			for (String page : steps(base)) {
				if (page.equals(step)) {
					return this;
				}
				answer(page, goodAnswers(this, page));
			}
			return this;
		}

		HttpResponse<String> get(String path) throws Exception {
			return visitor.get(path);
		}

		HttpResponse<String> send() throws Exception {
			return visitor.post(base, List.of(Map.entry("_csrf", csrf)));
		}
	}

	private static List<String> steps(String base) {
		return base.equals(ENTERPRISE) ? List.of("who", "where", "size", "related", "account", "check")
				: List.of("who", "where", "kind", "qualifications", "related", "account", "check");
	}

	private static List<Map.Entry<String, String>> form(String... namesAndValues) {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
		}
		return form;
	}

	private static List<Map.Entry<String, String>> goodAnswers(Walk walk, String step) {
		boolean enterprise = walk.base.equals(ENTERPRISE);
		return switch (step) {
			case "who" -> enterprise
					? form("uscc", walk.uscc, "name", "Taiyuan Optics " + walk.username, "legalRepresentative", "Wang Li",
							"industry", "optical instruments")
					: form("uscc", walk.uscc, "name", "Shanxi Test Centre " + walk.username);
			case "where" -> form("regionCode", enterprise ? World.XIAODIAN : World.TAIYUAN);
			case "size" -> form("sizeClass", "SMALL", "techSmeNumber", "2026140105A0042");
			case "kind" -> form("type", "TESTING_CERTIFICATION", "categories", "TESTING_CERTIFICATION", "categories",
					"CONSULTING");
			case "qualifications" -> form("qualifications", "CMA 2024-0001\r\n\r\nCNAS L1234");
			case "related" -> form("relatedParties", "", "continue", "1");
			case "account" -> enterprise
					? form("username", walk.username, "password", World.PASSWORD, "email", walk.username + "@corp.example.cn",
							"contactPhone", "0351 1234567")
					: form("username", walk.username, "password", World.PASSWORD, "email", walk.username + "@lab.example.cn");
			default -> throw new IllegalArgumentException(step);
		};
	}

	/** The code with a wrong last character: the same 17 characters, another check character. */
	private static String wrongCheck(String uscc) {
		return uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
	}

	@Test
	void an_enterprise_registers_page_by_page_and_its_related_parties_arrive_with_it() throws Exception {
		Walk walk = new Walk(ENTERPRISE, "en");
		HttpResponse<String> first = walk.get(ENTERPRISE);
		assertThat(first.body()).contains("Which enterprise is registering?", "Step 1 of 6", "business licence",
				"action=\"/register/enterprise/step/who\"").doesNotContain("style=\"", "<script>");

		walk.answer("who", goodAnswers(walk, "who"));
		HttpResponse<String> where = walk.get(ENTERPRISE + "/step/where");
		assertThat(where.body()).contains("Where is your enterprise registered?", "Step 2 of 6", "Xiaodian", "Taiyuan",
				"href=\"/register/enterprise\"");
		walk.answer("where", goodAnswers(walk, "where")).answer("size", goodAnswers(walk, "size"));

		// a second row, without JavaScript: the page comes back with the typed code kept and a box more
		String owner = TestData.uscc(World.TAIYUAN);
		String subsidiary = TestData.uscc(World.XIAODIAN);
		HttpResponse<String> added = walk.post("related", form("relatedParties", owner, "add", "1"));
		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).contains("value=\"" + owner + "\"", "id=\"relatedParties-1\"", "Related party 2");
		HttpResponse<String> removed = walk.post("related", form("relatedParties", owner, "relatedParties", "x",
				"remove", "1"));
		assertThat(removed.body()).contains("value=\"" + owner + "\"").doesNotContain("id=\"relatedParties-1\"");
		walk.answer("related", form("relatedParties", owner, "relatedParties", "", "relatedParties",
				subsidiary.toLowerCase(), "continue", "1"));
		walk.answer("account", goodAnswers(walk, "account"));

		HttpResponse<String> check = walk.get(ENTERPRISE + "/check");
		assertThat(check.body()).contains("Check your answers before registering", "Step 6 of 6",
				"action=\"/register/enterprise\"", owner, subsidiary);
		HttpResponse<String> registered = walk.send();
		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registered.headers().firstValue("Location").orElse("")).endsWith("/register/enterprise/done");
		assertThat(walk.get(ENTERPRISE + "/done").body()).contains("Your enterprise is registered",
				"Taiyuan Optics " + walk.username, "Sign in with your username " + walk.username);
		// the answers left the session with the registration; the button pressed again, or the check page
		// opened again with the browser's back button, lead to what happens next, and nothing is sent twice
		assertThat(walk.send().headers().firstValue("Location").orElse("")).endsWith("/register/enterprise/done");
		assertThat(walk.get(ENTERPRISE + "/check").headers().firstValue("Location").orElse(""))
			.endsWith("/register/enterprise/done");

		World w = world();
		Api.Response found = api.get("/api/v1/enterprises?q=" + walk.uscc, w.reviewer);
		assertThat(found.body().at("/items/0/relatedParties").toString())
			.isEqualTo("[\"" + owner + "\",\"" + subsidiary + "\"]");
		assertThat(found.body().at("/items/0/techSmeNumber").asText()).isEqualTo("2026140105A0042");
		assertThat(new PageVisitor(port).signIn(walk.username, World.PASSWORD).headers().firstValue("Location")
			.orElse("")).endsWith("/workspace");
	}

	@Test
	void an_institution_registers_page_by_page_with_its_qualifications_and_related_parties() throws Exception {
		World.Party related = world().enterprise();
		Walk walk = new Walk(INSTITUTION, "en").upTo("related");
		walk.answer("related", form("relatedParties", related.uscc(), "continue", "1"));
		walk.answer("account", goodAnswers(walk, "account"));

		HttpResponse<String> check = walk.get(INSTITUTION + "/check");
		assertThat(check.body()).contains("Check your answers before asking for recognition",
				"Testing and certification body", "Technology consulting", "CMA 2024-0001", "CNAS L1234", related.uscc());
		assertThat(walk.send().headers().firstValue("Location").orElse("")).endsWith("/register/institution/done");
		assertThat(walk.get(INSTITUTION + "/done").body()).contains("Your registration is received",
				"Awaiting recognition", "Shanxi Test Centre " + walk.username);

		String id = api.get("/api/v1/institutions?q=" + walk.username, world().operator).body().at("/items/0/id").asText();
		var stored = institutions.get(InstitutionId.of(id));
		assertThat(stored.getRelatedParties()).containsExactly(related.uscc());
		assertThat(stored.getQualifications()).containsExactly("CMA 2024-0001", "CNAS L1234");
	}

	static Stream<Arguments> wrongAnswers() {
		String uscc = TestData.uscc(World.XIAODIAN);
		return Stream.of(
				Arguments.of(ENTERPRISE, "who", form("uscc", wrongCheck(uscc), "name", "Firm", "legalRepresentative", "Wang",
						"industry", "optics"), "uscc", "but for the first 17 characters it must be " + uscc.charAt(17)),
				Arguments.of(ENTERPRISE, "who", form("uscc", uscc, "name", " ", "legalRepresentative", "Wang", "industry",
						"optics"), "name", "Enter the registered name."),
				Arguments.of(ENTERPRISE, "where", form("regionCode", "999999"), "regionCode",
						"Choose a city or district from the list."),
				Arguments.of(ENTERPRISE, "size", form("techSmeNumber", ""), "sizeClass", "Choose the size of your enterprise."),
				Arguments.of(ENTERPRISE, "related", form("relatedParties", "", "relatedParties", "91140105MA0L",
						"continue", "1"), "relatedParties-0", "Related party 1: The code has 18 characters; you have typed 12."),
				Arguments.of(ENTERPRISE, "account", form("username", "two words", "password", World.PASSWORD, "email",
						"a@corp.example.cn", "contactPhone", "0351 1234567"), "username", "Use 3 to 64 letters, digits"),
				Arguments.of(ENTERPRISE, "account", form("username", "someone", "password", "short", "email",
						"a@corp.example.cn", "contactPhone", "0351 1234567"), "password", "Use 8 to 128 characters."),
				Arguments.of(ENTERPRISE, "account", form("username", "someone", "password", World.PASSWORD, "email",
						"a@corp.example.cn", "contactPhone", ""), "contactPhone", "Enter a contact phone number."),
				Arguments.of(INSTITUTION, "who", form("uscc", "", "name", "Lab"), "uscc",
						"Enter the unified social credit code"),
				Arguments.of(INSTITUTION, "kind", form("type", "TESTING_CERTIFICATION"), "categories",
						"Tick at least one kind of service."),
				Arguments.of(INSTITUTION, "qualifications", form("qualifications", "CMA\n" + "x".repeat(101)),
						"qualifications", "Line 2 has 101 characters; a qualification has at most 100."),
				Arguments.of(INSTITUTION, "account", form("username", "someone", "password", World.PASSWORD, "email",
						"no-at-sign"), "email", "Enter an email address such as name@example.cn."));
	}

	@ParameterizedTest(name = "{0} {1}: {3}")
	@MethodSource("wrongAnswers")
	void each_page_says_what_is_wrong_beside_its_field_and_keeps_what_was_typed(String base, String step,
			List<Map.Entry<String, String>> answers, String field, String message) throws Exception {
		Walk walk = new Walk(base, "en").upTo(step);
		HttpResponse<String> refused = walk.post(step, answers);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("There is a problem", "href=\"#" + field + "\"", "id=\"" + field + "-error\"",
				message);
		answers.stream()
			.filter(a -> !a.getKey().equals("password") && !a.getValue().isBlank() && !a.getKey().equals("continue"))
			.filter(a -> !a.getKey().equals("sizeClass") && !a.getKey().equals("type") && !a.getKey().equals("regionCode"))
			.forEach(a -> assertThat(refused.body()).as(a.getKey()).contains(
					a.getKey().equals("qualifications") ? "CMA" : "value=\"" + a.getValue() + "\""));
	}

	@Test
	void the_check_page_shows_every_answer_and_a_change_comes_back_to_it_with_the_other_answers_kept() throws Exception {
		Walk walk = new Walk(ENTERPRISE, "en").upTo("check");
		HttpResponse<String> check = walk.get(ENTERPRISE + "/check");
		assertThat(check.body()).contains(walk.uscc, "Taiyuan Optics " + walk.username, "Wang Li", "optical instruments",
				"Taiyuan · Xiaodian District", "Small", "2026140105A0042", "None declared", walk.username,
				walk.username + "@corp.example.cn", "0351 1234567", "Chosen (not shown)")
			.doesNotContain(World.PASSWORD)
			.contains("href=\"/register/enterprise#uscc\"", "href=\"/register/enterprise/step/where#regionCode\"",
					"href=\"/register/enterprise/step/size#sizeClass\"",
					"href=\"/register/enterprise/step/related#relatedParties\"",
					"href=\"/register/enterprise/step/account#username\"");

		// "change" opens the page with its answer kept; the back link's page keeps its answers too
		assertThat(walk.get(ENTERPRISE + "/step/size").body())
			.containsPattern("id=\"sizeClass-SMALL\" value=\"SMALL\"[^>]*checked=\"checked\"")
			.contains("value=\"2026140105A0042\"");
		assertThat(walk.get(ENTERPRISE).body()).contains("value=\"" + walk.uscc + "\"", "value=\"Wang Li\"");
		HttpResponse<String> account = walk.get(ENTERPRISE + "/step/account");
		assertThat(account.body()).contains("value=\"" + walk.username + "\"", "The password you chose is kept")
			.doesNotContain(World.PASSWORD);

		HttpResponse<String> changed = walk.post("size", form("sizeClass", "MEDIUM", "techSmeNumber", ""));
		assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/register/enterprise/check");
		// the password left empty on the account page keeps the one chosen
		walk.answer("account", form("username", walk.username, "password", "", "email", walk.username + "@corp.example.cn",
				"contactPhone", "0351 7654321"));
		assertThat(walk.get(ENTERPRISE + "/check").body()).contains("Medium-sized", "0351 7654321", walk.uscc)
			.doesNotContain("2026140105A0042");
		assertThat(walk.send().headers().firstValue("Location").orElse("")).endsWith("/register/enterprise/done");
		assertThat(new PageVisitor(port).signIn(walk.username, World.PASSWORD).headers().firstValue("Location")
			.orElse("")).endsWith("/workspace");
	}

	static Stream<Arguments> takenMeanwhile() {
		return Stream.of(Arguments.of("uscc", "Which enterprise is registering?",
				"An organisation with this unified social credit code is already registered."),
				Arguments.of("username", "Your account and phone number", "This username is taken."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("takenMeanwhile")
	void what_another_registered_meanwhile_sends_the_person_back_to_the_page_that_asks_for_it(String field,
			String page, String message) throws Exception {
		World w = world();
		Walk walk = new Walk(ENTERPRISE, "en").upTo("check");
		String username = field.equals("username") ? walk.username : TestData.username("other");
		String uscc = field.equals("uscc") ? walk.uscc : TestData.uscc(World.XIAODIAN);
		assertThat(api.post("/api/v1/registrations/enterprises", null,
				w.enterpriseBody(username, uscc, World.XIAODIAN, "SMALL")).status()).isEqualTo(201);

		HttpResponse<String> refused = walk.send();
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains(page, "id=\"" + field + "-error\"", "href=\"#" + field + "\"", message,
				"value=\"" + (field.equals("uscc") ? walk.uscc : walk.username) + "\"");
	}

	@Test
	void a_code_registered_already_is_said_on_the_first_page_in_chinese() throws Exception {
		World.Party existing = world().enterprise();
		Walk walk = new Walk(ENTERPRISE, "zh-CN");
		HttpResponse<String> refused = walk.post("who", form("uscc", existing.uscc(), "name", "另一家企业",
				"legalRepresentative", "李四", "industry", "软件"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("id=\"uscc-error\"", "已注册", "请更正以下问题", "value=\"另一家企业\"");
	}

	@Test
	void without_the_session_the_registration_starts_again_with_a_word_why_and_a_forged_post_is_refused()
			throws Exception {
		// a later page opened without answers (the session ended, or a bookmark)
		PageVisitor stranger = new PageVisitor(port);
		HttpResponse<String> later = stranger.get(ENTERPRISE + "/step/size?lang=en");
		assertThat(later.statusCode()).isEqualTo(302);
		assertThat(later.headers().firstValue("Location").orElse("")).endsWith("/register/enterprise?restart");
		assertThat(stranger.get(INSTITUTION + "/check").headers().firstValue("Location").orElse(""))
			.endsWith("/register/institution?restart");
		HttpResponse<String> restarted = stranger.get(ENTERPRISE + "?restart");
		assertThat(restarted.statusCode()).isEqualTo(200);
		assertThat(restarted.body()).contains("Please start again", "Nothing was sent");

		// a page sent after the session ended: its CSRF token went with the session
		HttpResponse<String> expired = new PageVisitor(port).post(INSTITUTION + "/step/where",
				Map.of("regionCode", World.TAIYUAN));
		assertThat(expired.statusCode()).isEqualTo(302);
		assertThat(expired.headers().firstValue("Location").orElse("")).endsWith("/register/institution?restart");

		// within a session, a post without its token is refused as before
		PageVisitor visitor = new PageVisitor(port);
		visitor.get(INSTITUTION);
		assertThat(visitor.post(INSTITUTION + "/step/who", Map.of("uscc", TestData.uscc(), "name", "x")).statusCode())
			.isEqualTo(403);
	}
}
