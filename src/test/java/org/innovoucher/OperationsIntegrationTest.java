package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.notification.Notifications;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.internet.MimeMessage;

/** The application as an operator runs it: jobs side by side, work in pages, mail after commit, bounded SMTP. */
class OperationsIntegrationTest extends IntegrationTestBase {

	@Autowired
	TaskScheduler scheduler;
	@Autowired
	Notifications notifications;
	@Autowired
	Accounts accounts;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JavaMailSenderImpl mailSender;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aJobThatTakesLongDoesNotHoldUpTheOthers() throws Exception {
		CountDownLatch longJobRunning = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch otherJobRan = new CountDownLatch(1);
		scheduler.schedule(() -> {
			longJobRunning.countDown();
			try {
				release.await(2, TimeUnit.MINUTES);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, Instant.now());
		assertThat(longJobRunning.await(1, TimeUnit.MINUTES)).isTrue();
		try {
			scheduler.schedule(otherJobRan::countDown, Instant.now());

			assertThat(otherJobRan.await(1, TimeUnit.MINUTES)).as("ran while the long job still runs").isTrue();
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void vouchersEndingOnOneDateExpireAPageAtATimeAndNoneIsLeftOut() {
		World w = world();
		// more vouchers than a page (two in the tests), so the job goes through several pages
		String program = w.program("1000000.00", "validUntil", "2026-06-30", "annualCapPerEnterprise", "1000000.00",
				"maxVouchersPerEnterprise", 5);
		List<Party> enterprises = List.of(w.enterprise(), w.enterprise());
		List<String> vouchers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			vouchers.add(w.voucher(enterprises.get(i % 2), program, "50000.00"));
		}
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "250000.00");

		// moving the clock runs the expiry at once
		w.setClock("2026-07-01T08:00:00+08:00");

		for (int i = 0; i < vouchers.size(); i++) {
			Response voucher = api.get("/api/v1/vouchers/" + vouchers.get(i), enterprises.get(i % 2).token());
			assertThat(voucher.text("status")).as("voucher %d", i).isEqualTo("EXPIRED");
		}
		assertThat(w.ledgerTotal(program)).containsEntry("reserved", "0.00").containsEntry("released", "250000.00");
		Response again = api.post("/api/v1/admin/jobs/voucher-expiry", w.admin, Map.of());
		assertThat(again.body().get("handled").asInt()).isZero();
	}

	@Test
	void noMailLeavesFromATransactionThatRollsBack() {
		World w = world();
		UserAccount recipient = accounts.findByUsername(w.enterprise().username()).orElseThrow();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			notifications.tell(List.of(recipient), "voucher.expired", "VOUCHER", "rolled-back", null, "SN-1", "1.00");
			status.setRollbackOnly();
		});

		// had it been sent from inside the transaction, it would be here already
		assertThat(mailTo(recipient.getEmail())).isEmpty();
	}

	@Test
	void mailLeavesOnlyAfterTheTransactionCommitted() {
		World w = world();
		UserAccount recipient = accounts.findByUsername(w.enterprise().username()).orElseThrow();
		List<Integer> mailsWhileOpen = new ArrayList<>();

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			notifications.tell(List.of(recipient), "voucher.expired", "VOUCHER", "committed", null, "SN-2", "2.00");
			// a slow mail server would hold this transaction open if mail left from inside it
			mailsWhileOpen.add(mailTo(recipient.getEmail()).size());
		});

		assertThat(mailsWhileOpen).containsExactly(0);
		await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(recipient.getEmail()).size() == 1);
		Response mine = api.get("/api/v1/notifications?size=5", World.login(api, recipient.getUsername(), World.PASSWORD));
		assertThat(mine.body().get("items").get(0).get("entityId").asText()).isEqualTo("committed");
	}

	@Test
	void aNotificationWhoseMailACrashCutOffIsEmailedByTheRetryJob() {
		World w = world();
		UserAccount recipient = accounts.findByUsername(w.enterprise().username()).orElseThrow();
		// what a crash between the commit and the mail leaves: a committed notification awaiting its email
		String id = UUID.randomUUID().toString();
		jdbc.sql("""
				insert into notification (id, recipient_user_id, recipient_email, kind, subject, body, entity_type,
				entity_id, email_status, created_at, version)
				values (:id, :user, :email, 'voucher.expired', 'Voucher SN-3 expired', 'Voucher SN-3 expired.', 'VOUCHER',
				'cut-off', 'PENDING', :at, 0)""")
			.param("id", id).param("user", recipient.getId()).param("email", recipient.getEmail())
			.param("at", Timestamp.from(Instant.parse("2026-03-02T00:00:00Z")))
			.update();

		Response ran = api.post("/api/v1/admin/jobs/notification-mail", w.admin, Map.of());

		assertThat(ran.status()).isEqualTo(200);
		assertThat(ran.body().get("handled").asInt()).isPositive();
		assertThat(mailTo(recipient.getEmail())).hasSize(1);
		assertThat(jdbc.sql("select email_status from notification where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("SENT");
		// sent once
		api.post("/api/v1/admin/jobs/notification-mail", w.admin, Map.of());
		assertThat(mailTo(recipient.getEmail())).hasSize(1);
	}

	@Test
	void theMailServerGetsConnectReadAndWriteTimeouts() {
		// without them, an SMTP server that accepts and never answers holds the mail thread forever
		assertThat(mailSender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "30000")
			.containsEntry("mail.smtp.writetimeout", "30000");
	}

	private static List<MimeMessage> mailTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}
}
