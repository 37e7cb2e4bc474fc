package org.innovoucher.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PaymentRun: recorded at once, or released by a second finance officer")
class PaymentRunUnitTest {

	static final Instant NOW = Instant.parse("2026-03-09T02:00:00Z");
	static final BankAccount ACCOUNT = new BankAccount("某公司", "中国银行", "104161000012", "62220202001122");
	static final List<PaymentRunItem> ITEMS = List.of(item("claim-1", "20000.00"), item("claim-2", "15000.50"));

	static PaymentRunItem item(String claim, String amount) {
		return new PaymentRunItem(claim, Money.of(amount), PaymentRunItem.PayeeType.ENTERPRISE, "enterprise-1", "某公司",
				ACCOUNT);
	}

	static PaymentRun run(boolean needsRelease) {
		return PaymentRun.record("run-1", "program-1", "140000", "RUN-1", LocalDate.of(2026, 3, 9), ITEMS, needsRelease,
				"finance-1", NOW);
	}

	@Test
	void a_run_counts_and_sums_its_claims_and_is_recorded_at_once_below_the_threshold() {
		PaymentRun run = run(false);
		assertThat(run.getStatus()).isEqualTo(PaymentRun.Status.RECORDED);
		assertThat(run.paysNow()).isTrue();
		assertThat(run.getCount()).isEqualTo(2);
		assertThat(run.getTotal()).isEqualTo(Money.of("35000.50"));
		assertThat(run.raisedEvents()).singleElement().isInstanceOf(PaymentRunEvents.PaymentRunRecorded.class);
	}

	@Test
	void a_run_above_the_threshold_waits_and_is_released_by_another_officer_only() {
		PaymentRun run = run(true);
		assertThat(run.getStatus()).isEqualTo(PaymentRun.Status.AWAITING_RELEASE);
		assertThat(run.paysNow()).isFalse();
		DomainException sameOfficer = catchThrowableOfType(DomainException.class, () -> run.release("finance-1", NOW));
		assertThat(sameOfficer.code()).isEqualTo(ErrorCode.SEPARATION_OF_DUTIES);
		run.release("finance-2", NOW);
		assertThat(run.getStatus()).isEqualTo(PaymentRun.Status.RECORDED);
		assertThat(run.getReleasedBy()).isEqualTo("finance-2");
		DomainException twice = catchThrowableOfType(DomainException.class, () -> run.release("finance-3", NOW));
		assertThat(twice.code()).isEqualTo(ErrorCode.INVALID_STATE);
	}

	@Test
	void a_recorded_run_is_never_released() {
		DomainException refused = catchThrowableOfType(DomainException.class, () -> run(false).release("finance-2", NOW));
		assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_STATE);
	}

	@Test
	void a_run_without_claims_is_refused() {
		DomainException refused = catchThrowableOfType(DomainException.class, () -> PaymentRun.record("run-1",
				"program-1", "140000", "RUN-1", LocalDate.of(2026, 3, 9), List.of(), false, "finance-1", NOW));
		assertThat(refused.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("redemptionIds");
	}

	@Test
	void only_a_total_above_the_programs_threshold_needs_a_release_and_without_one_none_does() {
		ProgramRules.Payment threshold = new ProgramRules.Payment(Money.of(35000));
		assertThat(threshold.needsRelease(Money.of("35000.00"))).isFalse();
		assertThat(threshold.needsRelease(Money.of("35000.01"))).isTrue();
		assertThat(new ProgramRules.Payment(ProgramRules.Payment.PAYMENT_RELEASE_THRESHOLD)
			.needsRelease(Money.of(Long.MAX_VALUE / 1000))).isFalse();
	}

	@Test
	void a_refused_run_names_the_most_basic_reason_first_and_every_claim() {
		PaymentRunRefused refused = new PaymentRunRefused(List.of(
				new PaymentRunRefused.Refusal("claim-1", ErrorCode.BANK_ACCOUNT_MISSING, "no account"),
				new PaymentRunRefused.Refusal("claim-2", ErrorCode.SEPARATION_OF_DUTIES, "approved by you"),
				new PaymentRunRefused.Refusal("claim-3", ErrorCode.INVALID_STATE, "PAID")));
		assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(refused.properties().get("refusals")).asList().hasSize(3);
		assertThat(new PaymentRunRefused(refused.refusals().subList(0, 2)).code())
			.isEqualTo(ErrorCode.SEPARATION_OF_DUTIES);
	}
}
