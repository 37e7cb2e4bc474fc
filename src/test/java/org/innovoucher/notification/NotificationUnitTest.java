package org.innovoucher.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Notification: told what to do and by when; read once")
class NotificationUnitTest {

	static final Instant CREATED = Instant.parse("2026-06-01T01:00:00Z");

	static Notification confirmRequest(String body) {
		return new Notification("n-1", "user-1", "lab@example.cn", "CONFIRMATION_REQUESTED", "Please confirm claim",
				body, "REDEMPTION", "claim-1", LocalDate.of(2026, 6, 8), CREATED);
	}

	@Test
	void a_notification_names_the_deadline_and_starts_unread_and_not_emailed() {
		Notification notification = confirmRequest("Confirm by 2026-06-08");
		assertThat(notification.getDueOn()).isEqualTo(LocalDate.of(2026, 6, 8));
		assertThat(notification.getReadAt()).isNull();
		assertThat(notification.getEmailStatus()).isEqualTo(Notification.EmailStatus.NOT_CONFIGURED);
	}

	@Test
	void the_first_reading_counts() {
		Notification notification = confirmRequest("x");
		notification.markRead(CREATED.plusSeconds(60));
		notification.markRead(CREATED.plusSeconds(120));
		assertThat(notification.getReadAt()).isEqualTo(CREATED.plusSeconds(60));
	}

	@Test
	void the_email_outcome_is_recorded() {
		Notification sent = confirmRequest("x");
		sent.emailed(true);
		assertThat(sent.getEmailStatus()).isEqualTo(Notification.EmailStatus.SENT);
		Notification failed = confirmRequest("x");
		failed.emailed(false);
		assertThat(failed.getEmailStatus()).isEqualTo(Notification.EmailStatus.FAILED);
	}

	@Test
	void a_long_body_is_cut_to_4000_characters() {
		assertThat(confirmRequest("字".repeat(5000)).getBody()).hasSize(4000);
		assertThat(confirmRequest("short").getBody()).isEqualTo("short");
	}
}
