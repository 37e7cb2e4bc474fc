package org.innovoucher.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.voucher.Voucher.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Voucher: issued, partly used, used up, expired, revoked; bound amounts never exceed the face value")
class VoucherUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
	static final LocalDate AFTER_VALIDITY = VoucherFixtures.VALID_UNTIL.plusDays(1);

	static void assertCode(Runnable operation, ErrorCode code) {
		assertThatThrownBy(operation::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	static Voucher expired() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.expire();
		return voucher;
	}

	static Voucher revoked() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.revoke();
		return voucher;
	}

	static Voucher usedUp() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(50000), TODAY);
		return voucher;
	}

	@Test
	void an_issued_voucher_carries_its_application_and_a_valid_serial_number() {
		Voucher voucher = VoucherFixtures.issued();
		assertThat(voucher.getStatus()).isEqualTo(Status.ISSUED);
		assertThat(voucher.getFaceValue()).isEqualTo(Money.of(50000));
		assertThat(voucher.getBalance()).isEqualTo(Money.of(50000));
		assertThat(voucher.getEnterpriseId()).isEqualTo("enterprise-1");
		assertThat(voucher.getProgramVersion()).isEqualTo(1);
		assertThat(voucher.getBudgetRegionCode()).isEqualTo("140100");
		assertThat(SerialNumbers.isValid(voucher.getSerialNumber())).isTrue();
	}

	@Test
	void binding_part_of_the_balance_makes_it_partly_used() {
		Voucher voucher = VoucherFixtures.issued();
		assertThat(voucher.bind(Money.of(30000), TODAY)).isEqualTo(Status.ISSUED);
		assertThat(voucher.getStatus()).isEqualTo(Status.PARTLY_USED);
		assertThat(voucher.getBalance()).isEqualTo(Money.of(20000));
	}

	@Test
	void binding_the_whole_balance_uses_it_up() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(30000), TODAY);
		assertThat(voucher.bind(Money.of(20000), TODAY)).isEqualTo(Status.PARTLY_USED);
		assertThat(voucher.getStatus()).isEqualTo(Status.USED_UP);
		assertThat(voucher.getBalance()).isEqualTo(Money.ZERO);
	}

	@Test
	void binding_nothing_leaves_an_untouched_voucher_issued() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.ZERO, TODAY);
		assertThat(voucher.getStatus()).isEqualTo(Status.ISSUED);
		assertThat(voucher.getBalance()).isEqualTo(Money.of(50000));
	}

	@Test
	void nobody_can_bind_more_than_the_balance() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(30000), TODAY);
		assertCode(() -> voucher.bind(Money.of("20000.01"), TODAY), ErrorCode.VOUCHER_BALANCE_EXCEEDED);
		assertThat(voucher.getBalance()).isEqualTo(Money.of(20000));
		assertThat(voucher.getStatus()).isEqualTo(Status.PARTLY_USED);
	}

	@Test
	void a_negative_binding_is_a_programming_error() {
		assertThatThrownBy(() -> VoucherFixtures.issued().bind(Money.of(-1), TODAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_voucher_past_its_validity_cannot_be_bound_even_before_the_expiry_job_ran() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.requireUsable(VoucherFixtures.VALID_UNTIL);
		assertCode(() -> voucher.bind(Money.of(1), AFTER_VALIDITY), ErrorCode.VOUCHER_EXPIRED);
		assertCode(() -> voucher.requireUsable(AFTER_VALIDITY), ErrorCode.VOUCHER_EXPIRED);
	}

	@Test
	void expired_vouchers_are_refused_as_expired_and_revoked_or_used_up_ones_as_not_active() {
		assertCode(() -> expired().bind(Money.of(1), TODAY), ErrorCode.VOUCHER_EXPIRED);
		assertCode(() -> revoked().bind(Money.of(1), TODAY), ErrorCode.VOUCHER_NOT_ACTIVE);
		assertCode(() -> usedUp().requireUsable(TODAY), ErrorCode.VOUCHER_NOT_ACTIVE);
		assertCode(() -> usedUp().bind(Money.of(1), TODAY), ErrorCode.VOUCHER_NOT_ACTIVE);
	}

	@Test
	void unbinding_gives_the_balance_back_and_the_status_follows_it() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(30000), TODAY);
		voucher.bind(Money.of(20000), TODAY);
		assertThat(voucher.unbind(Money.of(20000), TODAY)).isTrue();
		assertThat(voucher.getStatus()).isEqualTo(Status.PARTLY_USED);
		assertThat(voucher.getBalance()).isEqualTo(Money.of(20000));
		assertThat(voucher.unbind(Money.of(30000), TODAY)).isTrue();
		assertThat(voucher.getStatus()).isEqualTo(Status.ISSUED);
		assertThat(voucher.getBalance()).isEqualTo(Money.of(50000));
	}

	@Test
	void unbinding_nothing_from_a_used_up_voucher_leaves_it_used_up() {
		Voucher voucher = usedUp();
		assertThat(voucher.unbind(Money.ZERO, TODAY)).isTrue();
		assertThat(voucher.getStatus()).isEqualTo(Status.USED_UP);
		assertThat(voucher.getBalance()).isEqualTo(Money.ZERO);
	}

	@Test
	void unbinding_more_than_was_bound_is_refused_and_changes_nothing() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(10000), TODAY);
		assertThatThrownBy(() -> voucher.unbind(Money.of(10001), TODAY)).isInstanceOf(IllegalStateException.class);
		assertThat(voucher.getBalance()).isEqualTo(Money.of(40000));
		assertThat(voucher.getStatus()).isEqualTo(Status.PARTLY_USED);
	}

	@Test
	void a_negative_unbinding_is_a_programming_error() {
		Voucher voucher = VoucherFixtures.issued();
		voucher.bind(Money.of(10000), TODAY);
		assertThatThrownBy(() -> voucher.unbind(Money.of(-10000), TODAY)).isInstanceOf(IllegalArgumentException.class);
		assertThat(voucher.getBalance()).isEqualTo(Money.of(40000));
	}

	@Test
	void an_expired_revoked_or_out_of_date_voucher_takes_nothing_back() {
		Voucher outOfDate = VoucherFixtures.issued();
		outOfDate.bind(Money.of(10000), TODAY);
		assertThat(outOfDate.unbind(Money.of(10000), AFTER_VALIDITY)).isFalse();
		assertThat(outOfDate.getBalance()).isEqualTo(Money.of(40000));

		Voucher expired = VoucherFixtures.issued();
		expired.bind(Money.of(10000), TODAY);
		expired.expire();
		assertThat(expired.unbind(Money.of(10000), TODAY)).isFalse();
		assertThat(expired.getStatus()).isEqualTo(Status.EXPIRED);

		Voucher revoked = VoucherFixtures.issued();
		revoked.bind(Money.of(10000), TODAY);
		revoked.revoke();
		assertThat(revoked.unbind(Money.of(10000), TODAY)).isFalse();
		assertThat(revoked.getStatus()).isEqualTo(Status.REVOKED);
	}

	@Test
	void expiry_releases_the_unused_balance() {
		Voucher issued = VoucherFixtures.issued();
		assertThat(issued.expire()).isEqualTo(Money.of(50000));
		assertThat(issued.getStatus()).isEqualTo(Status.EXPIRED);

		Voucher partly = VoucherFixtures.issued();
		partly.bind(Money.of(30000), TODAY);
		assertThat(partly.expire()).isEqualTo(Money.of(20000));
		assertThat(partly.getStatus()).isEqualTo(Status.EXPIRED);
	}

	@Test
	void revocation_releases_the_unused_balance() {
		Voucher partly = VoucherFixtures.issued();
		partly.bind(Money.of(30000), TODAY);
		assertThat(partly.revoke()).isEqualTo(Money.of(20000));
		assertThat(partly.getStatus()).isEqualTo(Status.REVOKED);
	}

	@Test
	void only_live_vouchers_expire_or_are_revoked() {
		assertCode(() -> usedUp().expire(), ErrorCode.INVALID_STATE);
		assertCode(() -> expired().expire(), ErrorCode.INVALID_STATE);
		assertCode(() -> revoked().expire(), ErrorCode.INVALID_STATE);
		assertCode(() -> usedUp().revoke(), ErrorCode.INVALID_STATE);
		assertCode(() -> expired().revoke(), ErrorCode.INVALID_STATE);
		assertCode(() -> revoked().revoke(), ErrorCode.INVALID_STATE);
	}

	@Test
	void issued_and_partly_used_are_the_live_statuses() {
		assertThat(Status.ISSUED.isLive()).isTrue();
		assertThat(Status.PARTLY_USED.isLive()).isTrue();
		assertThat(Status.USED_UP.isLive()).isFalse();
		assertThat(Status.EXPIRED.isLive()).isFalse();
		assertThat(Status.REVOKED.isLive()).isFalse();
	}

	@Test
	void a_voucher_is_usable_while_live_until_its_last_valid_day_and_not_once_used_up_or_revoked() {
		Voucher voucher = VoucherFixtures.issued();
		assertThat(voucher.isUsableOn(VoucherFixtures.VALID_UNTIL)).isTrue();
		assertThat(voucher.isUsableOn(VoucherFixtures.VALID_UNTIL.plusDays(1))).isFalse();
		voucher.bind(Money.of(30000), TODAY);
		assertThat(voucher.isUsableOn(TODAY)).as("partly used").isTrue();
		voucher.bind(Money.of(20000), TODAY);
		assertThat(voucher.isUsableOn(TODAY)).as("used up").isFalse();
		Voucher revoked = VoucherFixtures.issued();
		revoked.revoke("fraud");
		assertThat(revoked.isUsableOn(TODAY)).as("revoked").isFalse();
	}
}
