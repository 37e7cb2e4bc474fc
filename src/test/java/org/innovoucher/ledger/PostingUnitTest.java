package org.innovoucher.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Posting: balanced lines of a region's book")
class PostingUnitTest {

	static final ProgramId PROGRAM = ProgramId.of("program-1");

	@Test
	void a_move_is_two_lines_that_sum_to_zero() {
		Posting posting = Posting.of(PROGRAM, TransactionType.VOUCHER_ISSUED, "VOUCHER", "voucher-1")
			.move("140100", Account.AVAILABLE, Account.RESERVED, Money.of(50000));
		assertThat(posting.lines()).containsExactly(new Posting.Line("140100", Account.AVAILABLE, Money.of(-50000)),
				new Posting.Line("140100", Account.RESERVED, Money.of(50000)));
		assertThat(posting.sum()).isEqualTo(Money.ZERO);
	}

	@Test
	void a_claim_binding_moves_the_voucher_part_from_reserved_and_the_excess_from_available() {
		// the worked example: 50,000 from the voucher, 15,000 beyond it
		Posting posting = Posting.of(PROGRAM, TransactionType.CLAIM_BOUND, "REDEMPTION", "claim-1")
			.move("140100", Account.RESERVED, Account.BOUND, Money.of(50000))
			.move("140100", Account.AVAILABLE, Account.BOUND, Money.of(15000));
		assertThat(posting.lines()).hasSize(4);
		assertThat(posting.sum().isZero()).isTrue();
		assertThat(posting.lines().stream().filter(l -> l.account() == Account.BOUND).map(Posting.Line::amount)
			.reduce(Money.ZERO, Money::plus)).isEqualTo(Money.of(65000));
	}

	@Test
	void zero_lines_are_dropped() {
		Posting posting = Posting.of(PROGRAM, TransactionType.CLAIM_UNBOUND, "REDEMPTION", "claim-1")
			.move("140100", Account.BOUND, Account.RESERVED, Money.ZERO)
			.move("140100", Account.BOUND, Account.AVAILABLE, Money.of(15000));
		assertThat(posting.lines()).extracting(Posting.Line::account).containsExactly(Account.BOUND, Account.AVAILABLE);
		assertThat(Posting.of(PROGRAM, TransactionType.CLAIM_PAID, "R", "r").line("140100", Account.PAID, Money.ZERO).lines())
			.isEmpty();
	}

	@Test
	void single_lines_may_leave_a_posting_unbalanced_which_its_sum_shows() {
		Posting posting = Posting.of(PROGRAM, TransactionType.CLAIM_CLAWED_BACK, "REDEMPTION", "claim-1")
			.line("140100", Account.CLAWED_BACK, Money.of(-65000));
		assertThat(posting.sum()).isEqualTo(Money.of(-65000));
		posting.line("140100", Account.RECEIVABLE, Money.of(65000));
		assertThat(posting.sum().isZero()).isTrue();
	}

	@Test
	void the_posting_carries_its_program_type_reference_and_memo() {
		Posting posting = Posting.of(PROGRAM, TransactionType.CLAIM_PAID, "REDEMPTION", "claim-1").memo("ref 42");
		assertThat(posting.programId()).isEqualTo("program-1");
		assertThat(posting.type()).isEqualTo(TransactionType.CLAIM_PAID);
		assertThat(posting.referenceType()).isEqualTo("REDEMPTION");
		assertThat(posting.referenceId()).isEqualTo("claim-1");
		assertThat(posting.memo()).isEqualTo("ref 42");
	}

	@Test
	void the_lines_cannot_be_changed_from_outside() {
		Posting posting = Posting.of(PROGRAM, TransactionType.BUDGET_ALLOCATED, "PROGRAM", "program-1")
			.move("140100", Account.FUNDING, Account.AVAILABLE, Money.of(1000000));
		assertThatThrownBy(() -> posting.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThat(posting.lines()).hasSize(2);
	}

	@Test
	void a_whole_voucher_lifecycle_is_balanced_transaction_by_transaction() {
		Posting[] lifecycle = {
				Posting.of(PROGRAM, TransactionType.BUDGET_ALLOCATED, "PROGRAM", "p")
					.move("140100", Account.FUNDING, Account.AVAILABLE, Money.of(1000000)),
				Posting.of(PROGRAM, TransactionType.VOUCHER_ISSUED, "VOUCHER", "v")
					.move("140100", Account.AVAILABLE, Account.RESERVED, Money.of(50000)),
				Posting.of(PROGRAM, TransactionType.CLAIM_BOUND, "REDEMPTION", "c")
					.move("140100", Account.RESERVED, Account.BOUND, Money.of(50000))
					.move("140100", Account.AVAILABLE, Account.BOUND, Money.of(15000)),
				Posting.of(PROGRAM, TransactionType.CLAIM_APPROVED, "REDEMPTION", "c")
					.move("140100", Account.BOUND, Account.APPROVED, Money.of(60000))
					.move("140100", Account.BOUND, Account.AVAILABLE, Money.of(5000)),
				Posting.of(PROGRAM, TransactionType.CLAIM_PAID, "REDEMPTION", "c")
					.move("140100", Account.APPROVED, Account.PAID, Money.of(60000)),
				Posting.of(PROGRAM, TransactionType.CLAIM_CLAWED_BACK, "REDEMPTION", "c")
					.line("140100", Account.CLAWED_BACK, Money.of(-60000))
					.line("140100", Account.RECEIVABLE, Money.of(60000)) };
		for (Posting posting : lifecycle) {
			assertThat(posting.sum().isZero()).as(posting.type().name()).isTrue();
		}
	}
}
