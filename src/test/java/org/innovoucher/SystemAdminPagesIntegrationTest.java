package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * The system administrator's pages without JavaScript: accounts (list with filters, create, disable,
 * enable, roles and region, a new password) with refusals beside their fields, the working-day
 * calendar as month grids with its form, the jobs with their last run, and the to-dos.
 */
class SystemAdminPagesIntegrationTest extends IntegrationTestBase {

	private World w;
	private PageVisitor visitor;
	private String csrf;

	@BeforeEach
	void signIn() throws Exception {
		w = world();
		String username = TestData.username("sa");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD,
				"email", username + "@gov.example.cn", "roles", List.of("SYSTEM_ADMIN"), "regionCode", World.PROVINCE))
			.status()).isEqualTo(201);
		visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).isEqualTo(302);
		csrf = PageVisitor.csrf(visitor.get("/workspace").body());
	}

	private HttpResponse<String> post(String path, Object... namesAndValues) throws Exception {
		List<Map.Entry<String, String>> form = new ArrayList<>();
		form.add(Map.entry("_csrf", csrf));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(Map.entry((String) namesAndValues[i], (String) namesAndValues[i + 1]));
		}
		return visitor.post(path, form);
	}

	private static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^http://localhost:\\d+", "");
	}

	private String createOperator(String username) throws Exception {
		return location(post("/workspace/users/new", "username", username, "email", username + "@gov.example.cn",
				"password", "first-pass-1", "roles", "OPERATOR", "regionCode", World.TAIYUAN));
	}

	@Test
	void an_account_is_created_after_every_refusal_of_its_fields_is_shown_beside_them() throws Exception {
		String form = visitor.get("/workspace/users/new?lang=en").body();
		assertThat(form).contains("for=\"username\"", "<legend", "Bureau reviewer", "Taiyuan")
			.doesNotContain("Enterprise</span>", "style=\"", "??");

		HttpResponse<String> refused = post("/workspace/users/new?lang=en", "username", "a b", "email", "nowhere",
				"password", "short", "regionCode", World.TAIYUAN);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("There is a problem", "id=\"username-error\"", "Enter 3 to 64 letters",
				"id=\"email-error\"", "Enter a valid email address", "id=\"password-error\"", "8 to 128 characters",
				"value=\"nowhere\"");
		String username = TestData.username("op");
		HttpResponse<String> noRole = post("/workspace/users/new?lang=en", "username", username, "email",
				username + "@gov.example.cn", "password", "first-pass-1", "regionCode", World.TAIYUAN);
		assertThat(noRole.body()).contains("id=\"roles-error\"", "Tick at least one role");
		HttpResponse<String> outside = post("/workspace/users/new?lang=en", "username", username, "email",
				username + "@gov.example.cn", "password", "first-pass-1", "roles", "OPERATOR", "regionCode", "110000");
		assertThat(outside.body()).contains("id=\"regionCode-error\"", "You are not allowed to do this.");

		String page = createOperator(username);
		assertThat(visitor.get(page + "?lang=en").body()).contains("The account is created", username, "Operator",
				"Taiyuan", "Active");
		assertThat(World.login(api, username, "first-pass-1")).isNotBlank();
		assertThat(post("/workspace/users/new?lang=zh-CN", "username", username, "email", username + "@gov.example.cn",
				"password", "first-pass-1", "roles", "OPERATOR", "regionCode", World.TAIYUAN).body())
			.contains("此用户名已被使用");
	}

	@Test
	void the_list_filters_accounts_by_name_role_region_and_status() throws Exception {
		String tag = TestData.username("flt");
		String active = createOperator(tag + "-a");
		String disabled = createOperator(tag + "-b");
		location(post(disabled + "/disable"));
		String all = visitor.get("/workspace/users?lang=en&q=" + tag).body();
		assertThat(all).contains("2 accounts", tag + "-a", tag + "-b", "Disabled", "Active");
		assertThat(all).contains("href=\"/workspace/users?q=" + tag + "&amp;format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/users?q=" + tag
				+ "&status=disabled&format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Username", "Roles", "Region", "Status", "Created",
				"Address in the portal");
		assertThat(sheet).hasSize(2);
		assertThat(sheet.get(1)).startsWith(tag + "-b", "Operator", "Taiyuan", "Disabled").endsWith(disabled);
		assertThat(sheet.get(1).get(4)).isInstanceOf(LocalDateTime.class);
		assertThat(Workbooks.rows(visitor.download("/workspace/users?q=" + tag + "&format=xlsx&lang=en")))
			.extracting(row -> row.get(5)).containsExactlyInAnyOrder("Address in the portal", active, disabled);
		assertThat(visitor.get("/workspace/users?lang=en&status=disabled&q=" + tag).body()).contains("One account",
				tag + "-b").doesNotContain(tag + "-a<");
		assertThat(visitor.get("/workspace/users?lang=en&role=FINANCE_OFFICER&q=" + tag).body()).contains("No account matches");
		assertThat(visitor.get("/workspace/users?lang=en&region=" + World.DATONG + "&q=" + tag).body())
			.contains("No account matches");
		assertThat(visitor.get("/workspace/users?lang=en&region=" + World.TAIYUAN + "&role=OPERATOR&q=" + tag).body())
			.contains("2 accounts");
	}

	@Test
	void an_account_is_disabled_enabled_given_other_roles_and_a_new_password() throws Exception {
		String username = TestData.username("op");
		String page = createOperator(username);
		visitor.get(page);

		assertThat(location(post(page + "/disable"))).isEqualTo(page);
		assertThat(visitor.get(page + "?lang=en").body()).contains("The account is disabled", "Enable this account");
		assertThat(api.post("/api/v1/auth/token", null, Api.obj("username", username, "password", "first-pass-1")).status())
			.isEqualTo(401);
		assertThat(location(post(page + "/enable"))).isEqualTo(page);
		assertThat(visitor.get(page + "?lang=en").body()).contains("The account is active again");

		HttpResponse<String> noRoles = post(page + "/roles?lang=en", "regionCode", World.DATONG);
		assertThat(noRoles.body()).contains("id=\"roles-error\"", "Tick at least one role");
		assertThat(location(post(page + "/roles", "roles", "BUREAU_REVIEWER", "regionCode", World.DATONG))).isEqualTo(page);
		assertThat(visitor.get(page + "?lang=en").body()).contains("The roles and region are changed", "Bureau reviewer",
				"Datong");

		HttpResponse<String> shortPassword = post(page + "/password?lang=en", "newPassword", "short");
		assertThat(shortPassword.body()).contains("id=\"newPassword-error\"", "Enter a password of 8 to 128 characters");
		assertThat(location(post(page + "/password", "newPassword", "second-pass-2"))).isEqualTo(page);
		assertThat(visitor.get(page + "?lang=en").body()).contains("The new password is set");
		assertThat(World.login(api, username, "second-pass-2")).isNotBlank();
	}

	@Test
	void the_calendar_of_a_year_is_a_month_grid_and_a_day_is_made_a_holiday_a_working_day_or_ordinary() throws Exception {
		String grid = visitor.get("/workspace/calendar?year=2031&lang=en").body();
		assertThat(grid).contains("Working days of 2031", "No holidays are entered for 2031", "January", "December",
				"<caption>October</caption>", "Mon", "class=\"day-WEEKEND\"").doesNotContain("style=\"", "??");

		HttpResponse<String> bad = post("/workspace/calendar?lang=en", "year", "2031", "day", "1 October", "kind", "HOLIDAY");
		assertThat(bad.body()).contains("id=\"day-error\"", "Enter a date such as 2026-10-01");
		assertThat(location(post("/workspace/calendar", "year", "2031", "day", "2031-10-01", "kind", "HOLIDAY")))
			.isEqualTo("/workspace/calendar?year=2031");
		// 11 October 2031 is a Saturday, worked to make up for the Golden Week
		location(post("/workspace/calendar", "year", "2031", "day", "2031-10-11", "kind", "WORKDAY"));
		String after = visitor.get("/workspace/calendar?year=2031&lang=en").body();
		assertThat(after).contains("class=\"day-HOLIDAY\"", "class=\"day-ADJUSTED_WORKDAY\"", "1 Oct 2031", "11 Oct 2031",
				"title=\"Public holiday\"", "title=\"Adjusted working day\"");
		Api.Response calendar = api.get("/api/v1/calendar/2031", null);
		assertThat(calendar.body().get("holidays").toString()).contains("2031-10-01");
		assertThat(calendar.body().get("workdays").toString()).contains("2031-10-11");
		assertThat(after).contains("href=\"/workspace/calendar?year=2031&amp;format=xlsx\"");
		List<List<Object>> days = Workbooks.rows(visitor.download("/workspace/calendar?year=2031&format=xlsx&lang=en"));
		assertThat(days.get(0)).containsExactly("Day", "The day is");
		assertThat(days).contains(List.of(LocalDate.of(2031, 10, 1).atStartOfDay(), "Public holiday"),
				List.of(LocalDate.of(2031, 10, 11).atStartOfDay(), "Adjusted working day"));

		location(post("/workspace/calendar", "year", "2031", "day", "2031-10-01", "kind", "ORDINARY"));
		assertThat(api.get("/api/v1/calendar/2031", null).body().get("holidays").toString()).doesNotContain("2031-10-01");
		assertThat(visitor.get("/workspace/calendar?year=2031&lang=zh-CN").body()).contains("2031 年工作日",
				"调休上班日", "十月");
	}

	@Test
	void the_jobs_show_their_last_run_and_one_is_run_now() throws Exception {
		String jobs = visitor.get("/workspace/jobs?lang=en").body();
		assertThat(jobs).contains("Voucher expiry", "Public notices ending", "Run now").doesNotContain("??");
		assertThat(location(post("/workspace/jobs/notice-closing"))).isEqualTo("/workspace/jobs");
		String after = visitor.get("/workspace/jobs?lang=en").body();
		assertThat(after).contains("Public notices ending ran:", "run by an administrator", "Done, ");
		assertThat(after).contains("href=\"/workspace/jobs?format=xlsx\"");
		List<List<Object>> sheet = Workbooks.rows(visitor.download("/workspace/jobs?format=xlsx&lang=en"));
		assertThat(sheet.get(0)).containsExactly("Job", "Last run", "How it ran", "Result", "Handled");
		List<Object> closing = sheet.stream().filter(row -> "Public notices ending".equals(row.get(0))).findFirst()
			.orElseThrow();
		assertThat(closing.get(1)).isInstanceOf(LocalDateTime.class);
		assertThat(closing.subList(2, 4)).containsExactly("run by an administrator", "Done");
		assertThat(closing.get(4)).isInstanceOf(Double.class);
		assertThat(post("/workspace/jobs/no-such-job").statusCode()).isEqualTo(404);
	}

	@Test
	void from_october_the_to_do_list_asks_for_next_years_holidays_and_links_the_admin_pages() throws Exception {
		w.setClock("2033-10-10T09:00:00+08:00");
		String todo = visitor.get("/workspace?lang=en").body();
		assertThat(todo).contains("Enter the public holidays of 2034 once they are published",
				"href=\"/workspace/calendar?year=2034\"", // 31 December 2033 is a Saturday: the year's last working day is the Friday before
				"by 30 Dec 2033", "href=\"/workspace/users\"",
				"href=\"/workspace/calendar\"", "href=\"/workspace/jobs\"");
		location(post("/workspace/calendar", "year", "2034", "day", "2034-01-01", "kind", "HOLIDAY"));
		assertThat(visitor.get("/workspace?lang=en").body()).doesNotContain("holidays of 2034");
	}

	@Test
	void the_pages_are_refused_to_other_staff() throws Exception {
		String username = TestData.username("pa");
		api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password", World.PASSWORD, "email",
				username + "@gov.example.cn", "roles", List.of("POLICY_ADMIN"), "regionCode", World.PROVINCE));
		PageVisitor other = new PageVisitor(port);
		other.signIn(username, World.PASSWORD);
		for (String path : List.of("/workspace/users", "/workspace/users/new", "/workspace/calendar", "/workspace/jobs",
				"/workspace/users?format=xlsx", "/workspace/calendar?format=xlsx", "/workspace/jobs?format=xlsx")) {
			assertThat(other.get(path).statusCode()).as(path).isEqualTo(403);
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PageVisitor.csrf(other.get("/workspace").body()));
		form.put("day", "2031-05-01");
		form.put("kind", "HOLIDAY");
		assertThat(other.post("/workspace/calendar", form).statusCode()).isEqualTo(403);
	}
}
