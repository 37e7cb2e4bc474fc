package org.innovoucher.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.redemption.Redemption.Status;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Redemption: submit, confirm, review, notice, objection, pay, clawback")
class RedemptionUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
	/** The worked example: 80,000 paid against a 50,000 voucher at 0.5 is 65,000 payable. */
	static final SubsidySchedule.Outcome PRICED = new SubsidySchedule.Outcome(Money.of(50000), Money.of(15000),
			Money.of(65000));
	static final Outputs OUTPUTS = new Outputs(1, 2, 0, 1, 3, 1, 4);
	static final String REVIEWER = "reviewer-1";
	static final String FINANCE = "finance-1";

	static Redemption draft() {
		return new Redemption("claim-1", "contract-1", "voucher-1", "enterprise-1", "institution-1", "program-1",
				"140105", "140100", Money.of(80000), "EMC test passed", OUTPUTS, PRICED, org.innovoucher.policy.Payee.ENTERPRISE, "user-1",
				Instant.parse("2026-05-20T02:00:00Z"));
	}

	static Redemption inStatus(Status status) {
		Redemption claim = draft();
		switch (status) {
			case DRAFT -> {
			}
			case WITHDRAWN -> claim.withdraw();
			default -> {
				claim.submit(TODAY, TODAY.plusDays(7), PRICED);
				switch (status) {
					case AWAITING_CONFIRMATION -> {
					}
					case DISPUTED -> claim.dispute("service not delivered");
					default -> {
						claim.confirm(TODAY.plusDays(2), TODAY.plusDays(16), PRICED);
						switch (status) {
							case UNDER_REVIEW -> {
							}
							case RETURNED -> claim.unbindAs(Status.RETURNED, TODAY.plusDays(5), "invoice unreadable");
							case REJECTED -> claim.unbindAs(Status.REJECTED, TODAY.plusDays(5), "not innovative");
							default -> {
								claim.approve(Money.of(65000), TODAY.plusDays(5), "fine", REVIEWER);
								if (status == Status.APPROVED) {
									break;
								}
								claim.enterNotice("notice-1", TODAY.plusDays(14));
								if (status == Status.IN_PUBLIC_NOTICE) {
									break;
								}
								claim.readyForPayment(TODAY.plusDays(28));
								if (status == Status.READY_FOR_PAYMENT) {
									break;
								}
								claim.pay(TODAY.plusDays(20), "BANK-REF-1", FINANCE);
								if (status == Status.CLAWED_BACK) {
									claim.clawBack("forged invoice");
								}
							}
						}
					}
				}
			}
		}
		assertThat(claim.getStatus()).isEqualTo(status);
		return claim;
	}

	/** Each named operation and the status it leads to. */
	static final Map<Status, Consumer<Redemption>> OPERATIONS = new LinkedHashMap<>();

	static {
		OPERATIONS.put(Status.AWAITING_CONFIRMATION, c -> c.submit(TODAY, TODAY.plusDays(7), PRICED));
		OPERATIONS.put(Status.DISPUTED, c -> c.dispute("not delivered"));
		OPERATIONS.put(Status.UNDER_REVIEW, c -> c.confirm(TODAY, TODAY.plusDays(14), PRICED));
		OPERATIONS.put(Status.APPROVED, c -> c.approve(Money.of(60000), TODAY, "approved", REVIEWER));
		OPERATIONS.put(Status.REJECTED, c -> c.unbindAs(Status.REJECTED, TODAY, "rejected"));
		OPERATIONS.put(Status.RETURNED, c -> c.unbindAs(Status.RETURNED, TODAY, "returned"));
		OPERATIONS.put(Status.IN_PUBLIC_NOTICE, c -> c.enterNotice("notice-9", TODAY.plusDays(7)));
		OPERATIONS.put(Status.READY_FOR_PAYMENT, c -> c.readyForPayment(TODAY.plusDays(14)));
		OPERATIONS.put(Status.PAID, c -> c.pay(TODAY, "REF", FINANCE));
		OPERATIONS.put(Status.CLAWED_BACK, c -> c.clawBack("fraud"));
		OPERATIONS.put(Status.WITHDRAWN, Redemption::withdraw);
	}

	/** The lifecycle of domain.md, by named operation (reopening is tested on its own). */
	static final Map<Status, Set<Status>> ALLOWED = Map.ofEntries(
			Map.entry(Status.DRAFT, EnumSet.of(Status.AWAITING_CONFIRMATION, Status.WITHDRAWN)),
			Map.entry(Status.AWAITING_CONFIRMATION, EnumSet.of(Status.UNDER_REVIEW, Status.DISPUTED, Status.WITHDRAWN)),
			Map.entry(Status.DISPUTED, EnumSet.of(Status.AWAITING_CONFIRMATION, Status.WITHDRAWN)),
			Map.entry(Status.UNDER_REVIEW, EnumSet.of(Status.APPROVED, Status.REJECTED, Status.RETURNED)),
			Map.entry(Status.RETURNED, EnumSet.of(Status.AWAITING_CONFIRMATION, Status.WITHDRAWN)),
			Map.entry(Status.APPROVED, EnumSet.of(Status.IN_PUBLIC_NOTICE)),
			Map.entry(Status.IN_PUBLIC_NOTICE, EnumSet.of(Status.READY_FOR_PAYMENT)),
			Map.entry(Status.READY_FOR_PAYMENT, EnumSet.of(Status.PAID)),
			Map.entry(Status.PAID, EnumSet.of(Status.CLAWED_BACK)),
			Map.entry(Status.REJECTED, EnumSet.noneOf(Status.class)),
			Map.entry(Status.CLAWED_BACK, EnumSet.noneOf(Status.class)),
			Map.entry(Status.WITHDRAWN, EnumSet.noneOf(Status.class)));

	static void assertCode(Runnable operation, ErrorCode code) {
		assertThatThrownBy(operation::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void every_allowed_move_is_made_and_every_other_refused_with_invalid_state(Status from) {
		for (Map.Entry<Status, Consumer<Redemption>> operation : OPERATIONS.entrySet()) {
			Redemption claim = inStatus(from);
			if (ALLOWED.get(from).contains(operation.getKey())) {
				operation.getValue().accept(claim);
				assertThat(claim.getStatus()).isEqualTo(operation.getKey());
			}
			else {
				assertCode(() -> operation.getValue().accept(claim), ErrorCode.INVALID_STATE);
				assertThat(claim.getStatus()).as("%s stays after refused %s", from, operation.getKey()).isEqualTo(from);
			}
		}
	}

	@Test
	void a_draft_carries_the_priced_schedule() {
		Redemption claim = draft();
		assertThat(claim.getStatus()).isEqualTo(Status.DRAFT);
		assertThat(claim.getPaidAmount()).isEqualTo(Money.of(80000));
		assertThat(claim.getVoucherPart()).isEqualTo(Money.of(50000));
		assertThat(claim.getPayableAmount()).isEqualTo(Money.of(65000));
		assertThat(claim.getBoundAmount()).isNull();
		assertThat(claim.getOutputs()).isEqualTo(OUTPUTS);
	}

	@Test
	void submission_reprices_and_sets_the_confirmation_deadline() {
		Redemption claim = draft();
		SubsidySchedule.Outcome repriced = new SubsidySchedule.Outcome(Money.of(40000), Money.ZERO, Money.of(40000));
		assertThat(claim.submit(TODAY, TODAY.plusDays(7), repriced)).isEqualTo(Status.DRAFT);
		assertThat(claim.getConfirmDueOn()).isEqualTo(TODAY.plusDays(7));
		assertThat(claim.getSubmittedOn()).isEqualTo(TODAY);
		assertThat(claim.getBoundYear()).as("the year is the confirmation's, not the submission's").isNull();
		assertThat(claim.getPayableAmount()).isEqualTo(Money.of(40000));
	}

	@Test
	void confirmation_binds_the_payable_and_sets_the_review_deadline() {
		Redemption claim = inStatus(Status.AWAITING_CONFIRMATION);
		assertThat(claim.confirm(TODAY, TODAY.plusDays(14), PRICED)).isEqualTo(Status.AWAITING_CONFIRMATION);
		assertThat(claim.getBoundAmount()).isEqualTo(Money.of(65000));
		assertThat(claim.getBoundVoucherPart()).isEqualTo(Money.of(50000));
		assertThat(claim.getConfirmedOn()).isEqualTo(TODAY);
		assertThat(claim.getReviewDueOn()).isEqualTo(TODAY.plusDays(14));
	}

	@Test
	void the_claim_counts_in_the_year_of_its_confirmation_not_of_its_submission() {
		Redemption claim = draft();
		claim.submit(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 8), PRICED);
		claim.confirm(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 15), PRICED);
		assertThat(claim.getBoundYear()).isEqualTo(2027);
	}

	@Test
	void rejection_and_return_take_the_claim_out_of_its_bound_year_and_reopening_keeps_it() {
		Redemption returned = inStatus(Status.RETURNED);
		assertThat(returned.getBoundYear()).isNull();
		Redemption reopened = inStatus(Status.IN_PUBLIC_NOTICE);
		reopened.reopen("objection upheld");
		assertThat(reopened.getBoundYear()).isEqualTo(TODAY.getYear());
	}

	@Test
	void confirmation_binds_what_the_annual_cap_leaves_when_it_trims_the_claim() {
		// the voucher itself was checked under its lock before (Vouchers.requireBindable); here the
		// enterprise's cap, used meanwhile by another claim, trims the payable
		Redemption claim = inStatus(Status.AWAITING_CONFIRMATION);
		SubsidySchedule.Outcome trimmed = new SubsidySchedule.Outcome(Money.of(20000), Money.of(30000), Money.of(50000));
		assertThat(claim.confirm(TODAY, TODAY.plusDays(14), trimmed)).isEqualTo(Status.AWAITING_CONFIRMATION);
		assertThat(claim.getStatus()).isEqualTo(Status.UNDER_REVIEW);
		assertThat(claim.getBoundVoucherPart()).isEqualTo(Money.of(20000));
		assertThat(claim.getPayableAmount()).isEqualTo(trimmed.payable());
		assertThat(claim.getBoundAmount()).isEqualTo(trimmed.payable());
	}

	@Test
	void confirmation_is_refused_with_annual_cap_exceeded_where_the_cap_leaves_nothing_payable() {
		Redemption claim = inStatus(Status.AWAITING_CONFIRMATION);
		// an exhausted cap also shrinks the voucher part to zero; the cap is what says no
		SubsidySchedule.Outcome capped = new SubsidySchedule.Outcome(Money.ZERO, Money.ZERO, Money.ZERO);
		assertCode(() -> claim.confirm(TODAY, TODAY.plusDays(14), capped), ErrorCode.ANNUAL_CAP_EXCEEDED);
		assertThat(claim.getStatus()).isEqualTo(Status.AWAITING_CONFIRMATION);
	}

	@Test
	void the_reviewer_approves_at_most_the_bound_payable() {
		Redemption claim = inStatus(Status.UNDER_REVIEW);
		assertCode(() -> claim.approve(Money.of("65000.01"), TODAY, "too much", REVIEWER), ErrorCode.AMOUNT_ABOVE_PAYABLE);
		assertCode(() -> claim.approve(Money.ZERO, TODAY, "nothing", REVIEWER), ErrorCode.VALIDATION_FAILED);
		assertThat(claim.getStatus()).isEqualTo(Status.UNDER_REVIEW);
		assertThat(claim.approve(Money.of(60000), TODAY, "partly", REVIEWER)).isEqualTo(Status.UNDER_REVIEW);
		assertThat(claim.getApprovedAmount()).isEqualTo(Money.of(60000));
		assertThat(claim.getApprovedBy()).isEqualTo(REVIEWER);
		assertThat(claim.getDecidedOn()).isEqualTo(TODAY);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  " })
	void approving_less_than_the_payable_says_why_or_is_refused_on_the_reason(String reason) {
		Redemption claim = inStatus(Status.UNDER_REVIEW);
		assertThatThrownBy(() -> claim.approve(Money.of(60000), TODAY, reason, REVIEWER))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("reason"));
		assertThat(claim.getStatus()).isEqualTo(Status.UNDER_REVIEW);
		assertThat(claim.approve(Money.of(65000), TODAY, reason, REVIEWER)).as("the whole payable needs no reason")
			.isEqualTo(Status.UNDER_REVIEW);
	}

	@Test
	void rejection_and_return_give_the_binding_back() {
		for (Status next : new Status[] { Status.REJECTED, Status.RETURNED }) {
			Redemption claim = inStatus(Status.UNDER_REVIEW);
			assertThat(claim.unbindAs(next, TODAY, "reason")).isEqualTo(Status.UNDER_REVIEW);
			assertThat(claim.getStatus()).isEqualTo(next);
			assertThat(claim.getBoundAmount()).isNull();
			assertThat(claim.getBoundVoucherPart()).isNull();
			assertThat(claim.getReason()).isEqualTo("reason");
		}
	}

	@Test
	void only_rejection_and_return_give_the_binding_back() {
		Redemption claim = inStatus(Status.UNDER_REVIEW);
		assertThatThrownBy(() -> claim.unbindAs(Status.APPROVED, TODAY, "no")).isInstanceOf(IllegalArgumentException.class);
		assertThat(claim.getBoundAmount()).isEqualTo(Money.of(65000));
		assertThat(claim.getStatus()).isEqualTo(Status.UNDER_REVIEW);
	}

	@Test
	void entering_a_notice_records_the_notice_and_its_end() {
		Redemption claim = inStatus(Status.APPROVED);
		claim.enterNotice("notice-1", TODAY.plusDays(7));
		assertThat(claim.getNoticeId()).isEqualTo("notice-1");
		assertThat(claim.getNoticeEndsOn()).isEqualTo(TODAY.plusDays(7));
	}

	@Test
	void an_upheld_objection_sends_the_claim_back_to_review_with_its_approval_undone() {
		Redemption claim = inStatus(Status.IN_PUBLIC_NOTICE);
		assertThat(claim.reopen("objection upheld")).isEqualTo(Status.IN_PUBLIC_NOTICE);
		assertThat(claim.getStatus()).isEqualTo(Status.UNDER_REVIEW);
		assertThat(claim.getApprovedAmount()).isNull();
		assertThat(claim.getBoundAmount()).isEqualTo(Money.of(65000));
		assertThat(claim.getNoticeId()).isNull();
		assertThat(claim.getNoticeEndsOn()).isNull();
		assertThat(claim.getReason()).isEqualTo("objection upheld");
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = "IN_PUBLIC_NOTICE", mode = EnumSource.Mode.EXCLUDE)
	void only_a_claim_in_public_notice_is_reopened(Status status) {
		Redemption claim = inStatus(status);
		assertCode(() -> claim.reopen("objection upheld"), ErrorCode.INVALID_STATE);
		assertThat(claim.getStatus()).isEqualTo(status);
	}

	@Test
	void payment_records_the_day_and_reference_and_a_second_payment_is_refused() {
		Redemption claim = inStatus(Status.READY_FOR_PAYMENT);
		assertThat(claim.pay(TODAY, "BANK-REF-1", FINANCE)).isEqualTo(Status.READY_FOR_PAYMENT);
		assertThat(claim.getPaidOn()).isEqualTo(TODAY);
		assertThat(claim.getPaymentReference()).isEqualTo("BANK-REF-1");
		assertCode(() -> claim.pay(TODAY, "BANK-REF-2", FINANCE), ErrorCode.INVALID_STATE);
		assertThat(claim.getPaymentReference()).isEqualTo("BANK-REF-1");
	}

	@Test
	void the_person_who_approved_the_claim_cannot_record_its_payment() {
		Redemption claim = inStatus(Status.READY_FOR_PAYMENT);
		assertCode(() -> claim.pay(TODAY, "BANK-REF-1", REVIEWER), ErrorCode.SEPARATION_OF_DUTIES);
		assertThat(claim.getStatus()).isEqualTo(Status.READY_FOR_PAYMENT);
		assertThat(claim.getPaymentReference()).isNull();
		claim.pay(TODAY, "BANK-REF-1", FINANCE);
		assertThat(claim.getStatus()).isEqualTo(Status.PAID);
	}

	@Test
	void a_claim_not_ready_for_payment_is_refused_as_invalid_state_even_for_its_approver() {
		Redemption claim = inStatus(Status.APPROVED);
		assertCode(() -> claim.pay(TODAY, "BANK-REF-1", REVIEWER), ErrorCode.INVALID_STATE);
	}

	@Test
	void a_claim_is_changed_only_while_it_is_the_claimants() {
		for (Status status : Status.values()) {
			Redemption claim = inStatus(status);
			SubsidySchedule.Outcome outcome = new SubsidySchedule.Outcome(Money.of(30000), Money.ZERO, Money.of(30000));
			if (status == Status.DRAFT || status == Status.RETURNED || status == Status.DISPUTED) {
				claim.revise(Money.of(30000), "revised", Outputs.NONE, outcome);
				assertThat(claim.getPaidAmount()).isEqualTo(Money.of(30000));
				assertThat(claim.getPayableAmount()).isEqualTo(Money.of(30000));
				assertThat(claim.getResultSummary()).isEqualTo("revised");
			}
			else {
				assertCode(() -> claim.revise(Money.of(30000), "revised", Outputs.NONE, outcome), ErrorCode.INVALID_STATE);
			}
		}
	}

	@Test
	void require_status_names_the_status_expected() {
		assertCode(() -> draft().requireStatus(Status.UNDER_REVIEW), ErrorCode.INVALID_STATE);
		draft().requireStatus(Status.DRAFT);
	}

	@Test
	void committed_claims_count_against_voucher_and_cap() {
		assertThat(EnumSet.allOf(Status.class).stream().filter(Status::isCommitted)).containsExactlyInAnyOrder(
				Status.UNDER_REVIEW, Status.APPROVED, Status.IN_PUBLIC_NOTICE, Status.READY_FOR_PAYMENT, Status.PAID);
		assertThat(EnumSet.allOf(Status.class).stream().filter(Status::isClosed))
			.containsExactlyInAnyOrder(Status.REJECTED, Status.WITHDRAWN);
	}

	@Test
	void recoveries_of_a_clawback_add_up_to_at_most_what_was_clawed_back() {
		Redemption paid = inStatus(Status.PAID);
		assertCode(() -> paid.recover(Money.of(1), TODAY, "REC-1"), ErrorCode.INVALID_STATE);
		Redemption claim = inStatus(Status.CLAWED_BACK);
		Money clawed = claim.getApprovedAmount();
		assertThat(claim.getOutstandingAmount()).isEqualTo(clawed);
		assertCode(() -> claim.recover(Money.ZERO, TODAY, "REC-1"), ErrorCode.VALIDATION_FAILED);
		assertCode(() -> claim.recover(clawed.plus(Money.of("0.01")), TODAY, "REC-1"), ErrorCode.VALIDATION_FAILED);
		claim.recover(Money.of(10000), TODAY, "REC-1");
		assertThat(claim.getRecoveredAmount()).isEqualTo(Money.of(10000));
		assertThat(claim.getOutstandingAmount()).isEqualTo(clawed.minus(Money.of(10000)));
		claim.recover(claim.getOutstandingAmount(), TODAY, "REC-2");
		assertThat(claim.getOutstandingAmount()).isEqualTo(Money.ZERO);
		assertThat(claim.getStatus()).isEqualTo(Status.CLAWED_BACK);
		assertCode(() -> claim.recover(Money.of("0.01"), TODAY, "REC-3"), ErrorCode.VALIDATION_FAILED);
	}
}
