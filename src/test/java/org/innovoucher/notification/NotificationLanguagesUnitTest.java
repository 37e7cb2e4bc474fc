package org.innovoucher.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Notification languages: a page shows the half of the message in its own language")
class NotificationLanguagesUnitTest {

	private static Notification written(String subject, String body) {
		return new Notification("n-1", "user-1", "a@example.cn", "voucher.issued", subject, body, "VOUCHER", "v-1",
				null, Instant.parse("2026-03-02T01:00:00Z"));
	}

	@Test
	void a_chinese_page_shows_the_chinese_half_and_an_english_page_the_english_half() {
		Notification n = written("创新券 A 已发放 / Voucher A issued", "创新券已发放。\n\nVoucher A was issued.");
		assertThat(Notifications.subjectIn(n, Locale.SIMPLIFIED_CHINESE)).isEqualTo("创新券 A 已发放");
		assertThat(Notifications.subjectIn(n, Locale.ENGLISH)).isEqualTo("Voucher A issued");
		assertThat(Notifications.bodyIn(n, Locale.SIMPLIFIED_CHINESE)).isEqualTo("创新券已发放。");
		assertThat(Notifications.bodyIn(n, Locale.ENGLISH)).isEqualTo("Voucher A was issued.");
	}

	@Test
	void a_text_that_does_not_split_into_the_two_languages_is_shown_whole() {
		Notification n = written("A / B / C", "only one part");
		assertThat(Notifications.subjectIn(n, Locale.ENGLISH)).isEqualTo("A / B / C");
		assertThat(Notifications.bodyIn(n, Locale.SIMPLIFIED_CHINESE)).isEqualTo("only one part");
	}
}
