package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;

/**
 * The pages beside the API over plain HTTP: the API keeps its JSON answers, pages get HTML with a
 * strict Content-Security-Policy, sessions are made and ended as ui.md says.
 */
class PortalPagesIntegrationTest extends IntegrationTestBase {

	@Test
	void the_home_page_is_html_with_a_content_security_policy_that_allows_no_inline_script() throws Exception {
		HttpResponse<String> home = new PageVisitor(port).get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(home.body()).doesNotContain("<script>", "style=\"", "onclick");
	}

	@Test
	void every_stylesheet_and_script_a_page_names_is_served_and_other_addresses_are_not_read_from_the_class_path()
			throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		String registration = visitor.get("/register/enterprise?lang=en").body();
		List<String> assets = java.util.regex.Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"")
			.matcher(visitor.get("/").body() + registration)
			.results()
			.map(m -> m.group(1))
			.distinct()
			.toList();
		assertThat(assets).anyMatch(a -> a.startsWith("/webjars/bootstrap/"))
			.anyMatch(a -> a.startsWith("/webjars/htmx.org/"))
			.contains("/css/portal.css", "/js/uscc-check.js");
		for (String asset : assets) {
			assertThat(visitor.get(asset).statusCode()).as(asset).isEqualTo(200);
		}
		// what lies on the class path outside those folders is not served
		assertThat(visitor.get("/messages.properties").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/application.yml").statusCode()).isEqualTo(404);
	}

	@Test
	void the_api_still_answers_problem_json_for_an_unknown_path_and_a_page_answers_our_html_404() throws Exception {
		Api.Response api = this.api.get("/api/v1/no-such-thing", World.login(this.api, "admin", ADMIN_PASSWORD));
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.code()).isEqualTo("NOT_FOUND");

		HttpResponse<String> page = new PageVisitor(port).get("/no-such-page", "Accept-Language", "en-GB,en;q=0.9");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("Page not found").doesNotContain("Whitelabel", "\"code\"");
	}

	@Test
	void a_missing_program_is_our_404_page_not_a_problem() throws Exception {
		HttpResponse<String> page = new PageVisitor(port).get("/programs/no-such-program");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("找不到该页面");
	}

	@Test
	void signing_in_makes_an_httponly_lax_session_with_a_new_id_and_the_workspace_shows_the_person() throws Exception {
		World w = world();
		World.Party enterprise = w.enterprise();
		PageVisitor visitor = new PageVisitor(port);
		visitor.get("/login");
		HttpResponse<String> signedIn = visitor.signIn(enterprise.username(), World.PASSWORD);

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/workspace");
		List<String> cookies = signedIn.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));

		HttpResponse<String> workspace = visitor.get("/workspace");
		assertThat(workspace.statusCode()).as(workspace.body()).isEqualTo(200);
		assertThat(workspace.body()).contains(enterprise.username(), "企业");
	}

	@Test
	void a_form_post_without_its_csrf_token_is_refused() throws Exception {
		World w = world();
		World.Party enterprise = w.enterprise();
		PageVisitor visitor = new PageVisitor(port);
		visitor.get("/login");
		HttpResponse<String> refused = visitor.post("/login", Map.of("username", enterprise.username(), "password",
				World.PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(visitor.get("/workspace").statusCode()).isEqualTo(302);
	}

	@Test
	void a_disabled_account_is_signed_out_on_its_next_page() throws Exception {
		World w = world();
		World.Party enterprise = w.enterprise();
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(enterprise.username(), World.PASSWORD);
		assertThat(visitor.get("/workspace").statusCode()).isEqualTo(200);

		assertThat(api.post("/api/v1/admin/users/" + enterprise.userId() + "/disable", w.admin,
				Api.obj("reason", "test")).status()).isEqualTo(200);

		HttpResponse<String> next = visitor.get("/workspace");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void a_page_session_does_not_open_the_api_which_takes_bearer_tokens_only() throws Exception {
		World w = world();
		World.Party enterprise = w.enterprise();
		PageVisitor visitor = new PageVisitor(port);
		visitor.signIn(enterprise.username(), World.PASSWORD);
		assertThat(visitor.get("/workspace").body()).contains(enterprise.username());
		// a session cookie sent to the API is no credential there (and no CSRF risk for it)
		HttpResponse<String> me = visitor.get("/api/v1/me");
		assertThat(me.statusCode()).isEqualTo(401);
	}
}
