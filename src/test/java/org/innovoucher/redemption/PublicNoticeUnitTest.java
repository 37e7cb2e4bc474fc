package org.innovoucher.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PublicNotice and Objection: objections while open, closing only at the end date")
class PublicNoticeUnitTest {

	static final LocalDate STARTS = LocalDate.of(2026, 6, 1);
	static final LocalDate ENDS = LocalDate.of(2026, 6, 5);
	static final Instant NOW = Instant.parse("2026-06-05T10:00:00Z");

	static PublicNotice open() {
		return new PublicNotice("notice-1", "140100", STARTS, ENDS, Instant.parse("2026-06-01T01:00:00Z"));
	}

	static void assertCode(Runnable operation, ErrorCode code) {
		assertThatThrownBy(operation::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	static Objection objection() {
		return new Objection("objection-1", "notice-1", "claim-1", "李四", "13800000000", "the lab never did the test",
				Instant.parse("2026-06-03T01:00:00Z"));
	}

	@Test
	void a_new_notice_is_open() {
		PublicNotice notice = open();
		assertThat(notice.getStatus()).isEqualTo(PublicNotice.Status.OPEN);
		assertThat(notice.getStartsOn()).isEqualTo(STARTS);
		assertThat(notice.getEndsOn()).isEqualTo(ENDS);
	}

	@Test
	void objections_are_taken_up_to_and_including_the_end_date() {
		PublicNotice notice = open();
		notice.requireTakingObjections(STARTS);
		notice.requireTakingObjections(ENDS);
		assertCode(() -> notice.requireTakingObjections(ENDS.plusDays(1)), ErrorCode.INVALID_STATE);
	}

	@Test
	void closing_before_the_end_date_is_refused_with_notice_period_not_over() {
		PublicNotice notice = open();
		assertCode(() -> notice.close(ENDS.minusDays(1), NOW, 0, List.of(), c -> null), ErrorCode.NOTICE_PERIOD_NOT_OVER);
		assertThat(notice.getStatus()).isEqualTo(PublicNotice.Status.OPEN);
		assertThat(notice.getClosedAt()).isNull();
	}

	@Test
	void a_notice_closes_on_or_after_its_end_date() {
		PublicNotice onTheDay = open();
		onTheDay.close(ENDS, NOW, 0, List.of(), c -> null);
		assertThat(onTheDay.getStatus()).isEqualTo(PublicNotice.Status.CLOSED);
		assertThat(onTheDay.getClosedAt()).isEqualTo(NOW);
		PublicNotice later = open();
		later.close(ENDS.plusDays(3), NOW, 0, List.of(), c -> null);
		assertThat(later.getStatus()).isEqualTo(PublicNotice.Status.CLOSED);
	}

	@Test
	void a_closed_notice_neither_closes_again_nor_takes_objections() {
		PublicNotice notice = open();
		notice.close(ENDS, NOW, 0, List.of(), c -> null);
		assertCode(() -> notice.close(ENDS.plusDays(1), NOW, 0, List.of(), c -> null), ErrorCode.INVALID_STATE);
		assertCode(() -> notice.requireTakingObjections(ENDS), ErrorCode.INVALID_STATE);
	}

	@Test
	void a_notice_with_unresolved_objections_does_not_close() {
		PublicNotice notice = open();
		assertCode(() -> notice.close(ENDS.plusDays(1), NOW, 1, List.of(), c -> null), ErrorCode.OBJECTIONS_PENDING);
		assertThat(notice.getStatus()).isEqualTo(PublicNotice.Status.OPEN);
		assertThat(notice.getClosedAt()).isNull();
		notice.close(ENDS.plusDays(1), NOW, 0, List.of(), c -> null);
		assertThat(notice.getStatus()).isEqualTo(PublicNotice.Status.CLOSED);
	}

	@Test
	void before_the_end_date_the_period_is_what_refuses_the_close_even_with_objections_pending() {
		assertCode(() -> open().close(ENDS.minusDays(1), NOW, 2, List.of(), c -> null), ErrorCode.NOTICE_PERIOD_NOT_OVER);
	}

	@Test
	void a_notice_held_by_objections_asks_to_tell_the_operators_once_a_day() {
		PublicNotice notice = open();
		assertThat(notice.holdForObjections(ENDS.plusDays(1), 1)).isTrue();
		assertThat(notice.holdForObjections(ENDS.plusDays(1), 1)).isFalse();
		assertThat(notice.holdForObjections(ENDS.plusDays(2), 1)).isTrue();
		assertThat(notice.getHeldReportedOn()).isEqualTo(ENDS.plusDays(2));
		assertThat(notice.getStatus()).isEqualTo(PublicNotice.Status.OPEN);
		assertCode(() -> open().holdForObjections(ENDS.minusDays(1), 1), ErrorCode.INVALID_STATE);
	}

	@Test
	void objections_are_refused_after_the_end_date_even_while_the_notice_is_held_open() {
		PublicNotice notice = open();
		notice.holdForObjections(ENDS.plusDays(1), 1);
		assertCode(() -> notice.requireTakingObjections(ENDS.plusDays(1)), ErrorCode.INVALID_STATE);
	}

	@Test
	void an_objection_is_open_until_resolved() {
		Objection objection = objection();
		assertThat(objection.getStatus()).isEqualTo(Objection.Status.OPEN);
		assertThat(objection.getRedemptionId()).isEqualTo("claim-1");
		assertThat(objection.getNoticeId()).isEqualTo("notice-1");
	}

	@Test
	void an_objection_is_upheld_or_dismissed_once() {
		Objection upheld = objection();
		assertThat(upheld.resolve(true, "evidence forged", "operator", NOW)).isEqualTo(Objection.Status.OPEN);
		assertThat(upheld.getStatus()).isEqualTo(Objection.Status.UPHELD);
		assertThat(upheld.getNote()).isEqualTo("evidence forged");
		assertCode(() -> upheld.resolve(false, "changed my mind", "operator", NOW), ErrorCode.INVALID_STATE);
		assertThat(upheld.getStatus()).isEqualTo(Objection.Status.UPHELD);

		Objection dismissed = objection();
		dismissed.resolve(false, "test report checked", "operator", NOW);
		assertThat(dismissed.getStatus()).isEqualTo(Objection.Status.DISMISSED);
		assertCode(() -> dismissed.resolve(true, "x", "operator", NOW), ErrorCode.INVALID_STATE);
	}
}
