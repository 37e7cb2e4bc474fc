package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.AppProcess;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power cut as the operating system sees it: the application runs as its own process (the
 * embedded H2 file database by default, PostgreSQL with {@code -Dinnovoucher.test.database=postgresql}),
 * is killed with SIGKILL, and is started again on the same data. Whatever it acknowledged must be
 * there; whatever it was doing must be either done or not done, and a retry with the same
 * Idempotency-Key must finish it exactly once.
 */
class CrashRecoveryIntegrationTest {

	private static final int SIGKILLED = 128 + 9;

	@TempDir
	Path data;

	private AppProcess app;

	@AfterEach
	void stop() {
		if (app != null) {
			app.stop();
		}
	}

	/**
	 * One power cut in the middle of paying (each start of the process is a JVM and a fresh database,
	 * the dearest step of the build, so one cut serves both checks): a payment acknowledged just
	 * before must be there after it, with its answer kept; payments in flight when it came must each be
	 * finished exactly once by the clients' retries with the same keys.
	 */
	@Test
	void aPowerCutDuringPaymentsLosesNothingAcknowledgedAndRetriesFinishEachPaymentExactlyOnce() throws Exception {
		app = AppProcess.install(data).start();
		Api api = new Api(app.port());
		World w = World.create(api, AppProcess.ADMIN_PASSWORD, World.DEFAULT_NOW);
		int inFlight = 4;
		String program = w.program("1000000.00", "annualCapPerEnterprise", "1000000.00", "maxVouchersPerEnterprise",
				inFlight + 1);
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		List<String> claims = new ArrayList<>();
		for (int i = 0; i <= inFlight; i++) {
			String voucher = w.voucher(enterprise, program, "50000.00");
			String contract = w.signedContract(enterprise, institution, voucher, "80000.00");
			String claim = w.submittedClaim(enterprise, contract, "80000.00");
			assertThat(w.confirm(institution, claim).status()).isEqualTo(200);
			assertThat(w.approveClaim(claim, null).status()).isEqualTo(200);
			claims.add(claim);
		}
		Response notice = api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", claims));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		w.setClock("2026-03-09T18:00:00+08:00");
		assertThat(api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of()).status())
			.isEqualTo(200);
		BigDecimal payable = new BigDecimal(api.get("/api/v1/redemptions/" + claims.get(0), w.finance).text("approvedAmount"));

		// one payment acknowledged; then the others at once, and the process dies as soon as the first
		// of them is acknowledged, before any background writer had its turn, the rest in flight
		String first = claims.get(0);
		Response paid = pay(api, w, first);
		assertThat(paid.status()).as("pay %s", paid).isEqualTo(200);
		List<String> racing = claims.subList(1, claims.size());
		ExecutorService pool = Executors.newFixedThreadPool(inFlight);
		List<CompletableFuture<Response>> payments = new ArrayList<>();
		for (String claim : racing) {
			payments.add(CompletableFuture.supplyAsync(() -> pay(api, w, claim), pool));
		}
		CompletableFuture.anyOf(payments.toArray(CompletableFuture[]::new)).join();
		assertThat(app.kill()).as("killed by SIGKILL").isEqualTo(SIGKILLED);
		List<String> acknowledged = new ArrayList<>(List.of(first));
		for (int i = 0; i < inFlight; i++) {
			Response answer = payments.get(i).handle((r, failed) -> r).join();
			if (answer != null && answer.status() == 200) {
				acknowledged.add(racing.get(i));
			}
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

		app.start();
		for (String claim : acknowledged) {
			Response after = api.get("/api/v1/redemptions/" + claim, enterprise.token());
			assertThat(after.status()).as("claim after the restart: %s\n%s", after, app.tail()).isEqualTo(200);
			assertThat(after.text("status")).as("acknowledged %s", claim).isEqualTo("PAID");
			assertThat(after.text("paymentReference")).isEqualTo("FIN-" + claim);
		}
		// the acknowledged answer is still the answer to its key
		Response repeated = pay(api, w, first);
		assertThat(repeated.status()).isEqualTo(200);
		assertThat(repeated.body()).isEqualTo(paid.body());

		// past the lease an interrupted request held on its key, the clients retry every payment
		w.setClock("2026-03-09T18:10:00+08:00");
		int carriedOutAgain = 0;
		for (String claim : racing) {
			Response retried = pay(api, w, claim);
			carriedOutAgain += retried.raw().headers().firstValue("Idempotent-Replayed").isEmpty() ? 1 : 0;
			if (retried.status() != 200) {
				// killed after the payment committed but before its answer was kept: the payment refuses
				// to be made twice, which is the answer now kept for the key
				assertThat(retried.status()).as("retry of %s: %s\n%s", claim, retried, app.tail()).isEqualTo(409);
				assertThat(retried.code()).isIn("INVALID_STATE", "DUPLICATE_REFERENCE");
			}
			assertThat(api.get("/api/v1/redemptions/" + claim, w.finance).text("status")).isEqualTo("PAID");
			assertThat(pay(api, w, claim).body()).as("the answer is kept").isEqualTo(retried.body());
		}
		System.out.printf("killed with %d of %d payments acknowledged; %d carried out again on retry%n",
				acknowledged.size(), claims.size(), carriedOutAgain);
		// each claim paid exactly once
		assertThat(new BigDecimal(w.ledgerTotal(program).get("paid")))
			.isEqualByComparingTo(payable.multiply(BigDecimal.valueOf(claims.size())));
		assertThat(w.ledgerTotal(program)).containsEntry("approved", "0.00");
		assertBooksAndTrailIntact(w, program);
	}

	private static Response pay(Api api, World w, String claim) {
		return api.post("/api/v1/redemptions/" + claim + "/payment", w.finance,
				Api.obj("paidOn", "2026-03-09", "reference", "FIN-" + claim), Map.of("Idempotency-Key", "pay-" + claim));
	}

	private static void assertBooksAndTrailIntact(World w, String program) {
		Response ledger = w.ledger(program);
		assertThat(ledger.body().get("balanced").asBoolean()).as("balanced %s", ledger).isTrue();
		assertThat(ledger.body().get("reconciled").asBoolean()).as("reconciled %s", ledger).isTrue();
		Response verification = w.api.get("/api/v1/audit/verification", w.admin);
		assertThat(verification.status()).isEqualTo(200);
		assertThat(verification.body().get("valid").asBoolean()).as("audit chain %s", verification).isTrue();
	}
}
