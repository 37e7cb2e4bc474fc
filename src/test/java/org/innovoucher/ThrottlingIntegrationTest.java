package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.FromAddress;
import org.innovoucher.support.FromAddress.Answer;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.PageVisitor;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Too many attempts get 429 TOO_MANY_REQUESTS with Retry-After: failed logins per account and per
 * client address, registrations and public objections per client address. Attacks come from their
 * own loopback addresses; the wait is passed by moving the (adjustable) clock, never by sleeping.
 */
@TestPropertySource(properties = { "innovoucher.throttle.login-per-address[0].capacity=10",
		"innovoucher.throttle.login-per-address[0].period=PT10M",
		"innovoucher.throttle.registrations-per-address[0].capacity=3",
		"innovoucher.throttle.registrations-per-address[0].period=PT1H",
		"innovoucher.throttle.objections-per-address[0].capacity=3",
		"innovoucher.throttle.objections-per-address[0].period=PT1H" })
class ThrottlingIntegrationTest extends IntegrationTestBase {

	private FromAddress from(String address) {
		return new FromAddress(address, port);
	}

	private static Map<String, Object> credentials(String username, String password) {
		return Api.obj("username", username, "password", password);
	}

	private static long assertThrottled(Answer answer) {
		assertThat(answer.status()).as("%s", answer).isEqualTo(429);
		assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(answer.code()).isEqualTo("TOO_MANY_REQUESTS");
		long retryAfter = Long.parseLong(answer.headers().get("retry-after"));
		assertThat(retryAfter).isPositive();
		return retryAfter;
	}

	/** Moves the business clock (and with it the throttles' time) past the wait. */
	private void passTheWait(long seconds) {
		String admin = World.login(api, "admin", ADMIN_PASSWORD);
		OffsetDateTime now = OffsetDateTime.parse(api.get("/api/v1/clock", null).text("now"));
		assertThat(api.post("/api/v1/admin/clock", admin, Api.obj("now", now.plusSeconds(seconds + 1).toString()))
			.status()).isEqualTo(200);
	}

	@Test
	void failedLoginsFromOneAddressAreThrottledWhateverTheNamesTried() {
		World.Party enterprise = world().enterprise();
		FromAddress attacker = from("127.0.0.21");
		for (int i = 0; i < 10; i++) {
			Answer wrong = attacker.post("/api/v1/auth/token", credentials("nobody-" + i, "guess-" + i));
			assertThat(wrong.status()).as("%s", wrong).isEqualTo(401);
		}
		long retryAfter = assertThrottled(attacker.post("/api/v1/auth/token", credentials(enterprise.username(),
				World.PASSWORD)));
		// a minute from the first refusal, less what a slow machine spent since
		assertThat(retryAfter).isBetween(1L, 60L);
		// another address is not affected
		assertThat(from("127.0.0.31").post("/api/v1/auth/token", credentials(enterprise.username(), World.PASSWORD))
			.status()).isEqualTo(200);
		passTheWait(retryAfter);
		assertThat(attacker.post("/api/v1/auth/token", credentials(enterprise.username(), World.PASSWORD)).status())
			.isEqualTo(200);
	}

	@Test
	void failedLoginsOfOneAccountAreThrottledFromEveryAddressUntilTheWaitIsOver() {
		World.Party enterprise = world().enterprise();
		FromAddress attacker = from("127.0.0.22");
		for (int i = 0; i < 5; i++) {
			assertThat(attacker.post("/api/v1/auth/token", credentials(enterprise.username(), "guess-" + i)).status())
				.isEqualTo(401);
		}
		// even the right password, even from elsewhere: the account waits
		long retryAfter = assertThrottled(from("127.0.0.32").post("/api/v1/auth/token",
				credentials(enterprise.username(), World.PASSWORD)));
		// a minute from the first refusal, less what a slow machine spent since
		assertThat(retryAfter).isBetween(1L, 60L);
		assertThat(api.post("/api/v1/auth/token", null, credentials(enterprise.username(), World.PASSWORD)).status())
			.isEqualTo(429);
		// other accounts log in as usual
		assertThat(from("127.0.0.32").post("/api/v1/auth/token", credentials("admin", ADMIN_PASSWORD)).status())
			.isEqualTo(200);
		passTheWait(retryAfter);
		// not locked for good: the right password works after the wait
		assertThat(from("127.0.0.32").post("/api/v1/auth/token", credentials(enterprise.username(), World.PASSWORD))
			.status()).isEqualTo(200);
		// an unknown name is throttled the same way, so the answers tell nothing about which names exist
		String unknown = TestData.username("ghost");
		for (int i = 0; i < 5; i++) {
			assertThat(from("127.0.0.33").post("/api/v1/auth/token", credentials(unknown, "guess-" + i)).status())
				.isEqualTo(401);
		}
		assertThrottled(from("127.0.0.33").post("/api/v1/auth/token", credentials(unknown, "guess")));
	}

	@Test
	void registrationsFromOneAddressAreThrottled() {
		FromAddress attacker = from("127.0.0.24");
		for (int i = 0; i < 3; i++) {
			assertThat(attacker.post("/api/v1/registrations/enterprises", "{}").status()).isEqualTo(400);
		}
		assertThrottled(attacker.post("/api/v1/registrations/enterprises", "{}"));
		assertThrottled(attacker.post("/api/v1/registrations/institutions", "{}"));
		assertThat(from("127.0.0.34").post("/api/v1/registrations/enterprises", "{}").status()).isEqualTo(400);
	}

	@Test
	void theRegistrationFormsShareTheApisCountAndSayPlainlyWhenToTryAgain() {
		FromAddress attacker = from("127.0.0.25");
		FromAddress.Raw form = attacker.page("/register/enterprise", null);
		String session = form.headers().get("set-cookie").split(";")[0];
		String csrf = "_csrf=" + PageVisitor.csrf(form.body());
		// the check page's post counts even without answers (it sends the person to the first page), as the
		// API's refusals do; one attempt comes back every 20 minutes
		FromAddress.Raw refused = attacker.form("/register/enterprise", session, csrf);
		assertThat(refused.status()).isEqualTo(302);
		assertThat(refused.headers().get("location")).endsWith("/register/enterprise?restart");
		// the pages before it are not registrations: they do not count
		for (int i = 0; i < 3; i++) {
			assertThat(attacker.form("/register/enterprise/step/who", session, csrf).status()).isEqualTo(400);
		}
		for (int i = 0; i < 2; i++) {
			assertThat(attacker.post("/api/v1/registrations/enterprises", "{}").status()).isEqualTo(400);
		}

		FromAddress.Raw throttled = attacker.form("/register/institution", session, csrf);
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.headers().get("content-type")).startsWith("text/html");
		assertThat(throttled.body()).contains("短时间内来自您网络的注册过多",
				"请等待 20 分钟后再试。").doesNotContain("TOO_MANY_REQUESTS");
		assertThrottled(attacker.post("/api/v1/registrations/institutions", "{}"));
	}

	@Test
	void anonymousObjectionsFromOneAddressAreThrottled() {
		FromAddress attacker = from("127.0.0.26");
		Map<String, Object> objection = Api.obj("redemptionId", "x", "name", "张三", "contact", "z@example.cn",
				"reason", "not real");
		for (int i = 0; i < 3; i++) {
			assertThat(attacker.post("/api/v1/public/notices/no-such-notice/objections", objection).status())
				.isEqualTo(404);
		}
		assertThrottled(attacker.post("/api/v1/public/notices/no-such-notice/objections", objection));
		assertThat(from("127.0.0.36").post("/api/v1/public/notices/no-such-notice/objections", objection).status())
			.isEqualTo(404);
	}
}
