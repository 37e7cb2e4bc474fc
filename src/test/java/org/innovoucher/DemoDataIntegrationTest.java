package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo profile seeds a world that shows every step of the lifecycle, taken through the real
 * operations: the statistics, public notices, claims and audit trail a visitor sees are consistent.
 */
@ActiveProfiles("demo")
class DemoDataIntegrationTest extends IntegrationTestBase {

	@Test
	void the_demo_world_shows_the_whole_lifecycle_and_its_audit_trail_verifies() {
		boolean history = LocalDate.now(ZoneId.of("Asia/Shanghai")).getDayOfYear() > 60;
		String finance = World.login(api, "demo-finance", "demo-password");
		String enterprise = World.login(api, "demo-enterprise", "demo-password");

		JsonNode stats = api.get("/api/v1/public/stats", null).body();
		// three Shanxi vouchers and one of Xizang's program, where the institution files
		assertThat(stats.at("/total/issuedCount").asInt()).isEqualTo(4);
		assertThat(stats.at("/total/issuedAmount").asText()).isEqualTo("250000.00");
		assertThat(stats.at("/total/redeemedAmount").asText()).isEqualTo(history ? "68000.00" : "0.00");

		Api.Response notices = api.get("/api/v1/public/notices", null);
		assertThat(notices.status()).isEqualTo(200);
		List<String> statuses = new ArrayList<>();
		notices.body().get("items").forEach(n -> statuses.add(n.get("status").asText()));
		assertThat(statuses).contains("OPEN");
		if (history) {
			assertThat(statuses).contains("CLOSED");
		}

		Api.Response claims = api.get("/api/v1/redemptions?size=50", finance);
		assertThat(claims.status()).isEqualTo(200);
		List<String> claimStatuses = new ArrayList<>();
		claims.body().get("items").forEach(c -> claimStatuses.add(c.get("status").asText()));
		assertThat(claimStatuses).contains("IN_PUBLIC_NOTICE", "AWAITING_CONFIRMATION");
		if (history) {
			assertThat(claimStatuses).contains("PAID");
		}
		assertThat(api.get("/api/v1/redemptions?size=50", enterprise).status()).isEqualTo(200);
		JsonNode filedByLab = api.get("/api/v1/redemptions?size=50", World.login(api, "demo-lhasa-lab", "demo-password"))
			.body().get("items").get(0);
		assertThat(filedByLab.at("/payee/type").asText()).isEqualTo("INSTITUTION");
		assertThat(filedByLab.get("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(filedByLab.get("payableAmount").asText()).isEqualTo("50000.00");

		String admin = World.login(api, "admin", ADMIN_PASSWORD);
		JsonNode verification = api.get("/api/v1/audit/verification", admin).body();
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("entries").asInt()).isGreaterThan(50);

		// the business clock is back in the present
		JsonNode clock = api.get("/api/v1/clock", null).body();
		assertThat(clock.toString()).contains(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
	}

	@Test
	void the_portal_shows_the_demo_banner_and_lists_the_demo_accounts_with_their_password_on_the_login_page() {
		String login = new String(api.get("/login", null).raw().body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(login).contains("演示站点", "demo-enterprise", "demo-lab", "demo-reviewer", "demo-password",
				"主管部门审核员", "太原市");
		String home = new String(api.get("/", null).raw().body(), java.nio.charset.StandardCharsets.UTF_8);
		// the demo story has paid a claim and opened public notices: the home page shows them
		assertThat(home).contains("演示站点", "/notices/").doesNotContain("暂无公示");
	}

	@Test
	void the_portal_has_the_programs_articles_of_every_kind_in_both_languages() {
		for (String lang : List.of("zh-CN", "en")) {
			JsonNode found = api.get("/api/v1/public/articles?size=50&lang=" + lang, null).body();
			List<String> kinds = new ArrayList<>();
			found.get("items").forEach(a -> kinds.add(a.get("kind").asText()));
			assertThat(kinds).as(lang).containsExactly("POLICY_INTERPRETATION", "FAQ", "GUIDE", "SUCCESS_CASE",
					"SUCCESS_CASE");
			JsonNode policy = found.get("items").get(0);
			assertThat(policy.get("programId").asText()).isNotBlank();
			assertThat(policy.get("html").asText()).contains("<table>").contains("68,000");
		}
	}
}
