package org.innovoucher.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.shared.Money;
import org.innovoucher.voucher.Voucher.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Voucher raises exactly one audited event per move, with its from and to")
class VoucherEventsUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static Voucher issued() {
		return VoucherFixtures.issued();
	}

	static Voucher partlyUsed() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(30000), TODAY, "claim-0");
		return voucher;
	}

	static Voucher usedUp() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(50000), TODAY, "claim-0");
		return voucher;
	}

	/** Every move a voucher makes: its starting point, the operation, the action and the status it ends in. */
	static Stream<Arguments> moves() {
		return Stream.of(
				move("ISSUED", VoucherEventsUnitTest::issued, v -> v.bind(Money.ZERO, TODAY, "claim-1"), "VOUCHER_BOUND",
						Status.ISSUED, "0.00 by claim claim-1"),
				move("ISSUED", VoucherEventsUnitTest::issued, v -> v.bind(Money.of(10000), TODAY, "claim-1"),
						"VOUCHER_BOUND", Status.PARTLY_USED, "10000.00 by claim claim-1"),
				move("ISSUED", VoucherEventsUnitTest::issued, v -> v.bind(Money.of(50000), TODAY, "claim-1"),
						"VOUCHER_BOUND", Status.USED_UP, "50000.00 by claim claim-1"),
				move("PARTLY_USED", VoucherEventsUnitTest::partlyUsed, v -> v.bind(Money.of(10000), TODAY, "claim-1"),
						"VOUCHER_BOUND", Status.PARTLY_USED, "10000.00 by claim claim-1"),
				move("PARTLY_USED", VoucherEventsUnitTest::partlyUsed, v -> v.bind(Money.of(20000), TODAY, "claim-1"),
						"VOUCHER_BOUND", Status.USED_UP, "20000.00 by claim claim-1"),
				move("PARTLY_USED", VoucherEventsUnitTest::partlyUsed, v -> v.unbind(Money.of(10000), TODAY, "claim-0"),
						"VOUCHER_UNBOUND", Status.PARTLY_USED, "10000.00 from claim claim-0"),
				move("PARTLY_USED", VoucherEventsUnitTest::partlyUsed, v -> v.unbind(Money.of(30000), TODAY, "claim-0"),
						"VOUCHER_UNBOUND", Status.ISSUED, "30000.00 from claim claim-0"),
				move("USED_UP", VoucherEventsUnitTest::usedUp, v -> v.unbind(Money.ZERO, TODAY, "claim-0"),
						"VOUCHER_UNBOUND", Status.USED_UP, "0.00 from claim claim-0"),
				move("USED_UP", VoucherEventsUnitTest::usedUp, v -> v.unbind(Money.of(10000), TODAY, "claim-0"),
						"VOUCHER_UNBOUND", Status.PARTLY_USED, "10000.00 from claim claim-0"),
				move("USED_UP", VoucherEventsUnitTest::usedUp, v -> v.unbind(Money.of(50000), TODAY, "claim-0"),
						"VOUCHER_UNBOUND", Status.ISSUED, "50000.00 from claim claim-0"),
				move("ISSUED", VoucherEventsUnitTest::issued, Voucher::expire, "VOUCHER_EXPIRED", Status.EXPIRED,
						"released 50000.00"),
				move("PARTLY_USED", VoucherEventsUnitTest::partlyUsed, Voucher::expire, "VOUCHER_EXPIRED", Status.EXPIRED,
						"released 20000.00"),
				move("ISSUED", VoucherEventsUnitTest::issued, v -> v.revoke("issued in error"), "VOUCHER_REVOKED",
						Status.REVOKED, "issued in error"),
				move("PARTLY_USED", VoucherEventsUnitTest::partlyUsed, v -> v.revoke("fraud"), "VOUCHER_REVOKED",
						Status.REVOKED, "fraud"));
	}

	static Arguments move(String from, java.util.function.Supplier<Voucher> start, Consumer<Voucher> operation,
			String action, Status to, String reason) {
		return Arguments.of(from + " -> " + to + " (" + action + ")", start, operation, action, to, reason);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("moves")
	void every_move_raises_exactly_one_audited_event_with_its_from_and_to(String name,
			java.util.function.Supplier<Voucher> start, Consumer<Voucher> operation, String action, Status to,
			String reason) {
		Voucher voucher = start.get();
		Status from = voucher.getStatus();
		int before = voucher.raisedEvents().size();
		operation.accept(voucher);
		List<Object> events = voucher.raisedEvents().subList(before, voucher.raisedEvents().size());
		assertThat(voucher.getStatus()).isEqualTo(to);
		assertThat(events).singleElement().isInstanceOfSatisfying(AuditedEvent.class, e -> {
			assertThat(e.action()).isEqualTo(action);
			assertThat(e.entityType()).isEqualTo("VOUCHER");
			assertThat(e.entityId()).isEqualTo("voucher-1");
			assertThat(e.from()).isEqualTo(from.name());
			assertThat(e.to()).isEqualTo(to.name());
			assertThat(e.reason()).isEqualTo(reason);
		});
	}

	@Test
	void issuing_raises_voucher_issued_with_what_the_holder_is_told() {
		Voucher voucher = VoucherFixtures.issued();
		assertThat(voucher.raisedEvents()).singleElement()
			.isInstanceOfSatisfying(VoucherEvents.VoucherIssued.class, e -> {
				assertThat(e.action()).isEqualTo("VOUCHER_ISSUED");
				assertThat(e.from()).isNull();
				assertThat(e.to()).isEqualTo("ISSUED");
				assertThat(e.reason()).isEqualTo(voucher.getSerialNumber() + " 50000.00");
				assertThat(e.enterpriseId()).isEqualTo("enterprise-1");
				assertThat(e.validUntil()).isEqualTo(VoucherFixtures.VALID_UNTIL);
			});
	}

	@Test
	void a_binding_a_dead_voucher_does_not_take_back_raises_nothing() {
		Voucher voucher = partlyUsed();
		voucher.expire();
		int before = voucher.raisedEvents().size();
		assertThat(voucher.unbind(Money.of(10000), TODAY, "claim-0")).isFalse();
		assertThat(voucher.raisedEvents()).hasSize(before);
	}
}
