package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Scenarios;
import org.innovoucher.support.Tampering;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ledger's transactions are sealed into a chain too: an attacker with the database
 * administrator's rights who edits, deletes, reorders or slips in ledger rows is named by the first
 * broken transaction. The database itself refuses plain edits, negative balances, a voucher balance
 * outside its face value and a second payment of a claim. Shares {@link AuditTamperIntegrationTest}'s
 * database of its own.
 */
@TestPropertySource(properties = "innovoucher.test.database-of-its-own=tamper")
class LedgerTamperIntegrationTest extends IntegrationTestBase {

	@Autowired
	JdbcClient jdbc;

	private JsonNode ledgerVerification(World w) {
		Response response = api.get("/api/v1/audit/verification", w.admin);
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("ledger");
	}

	/** A program with a budget and one voucher: two chained transactions, the voucher's the later. */
	private record Books(World world, String programId, String budgetTx, String voucherTx) {
	}

	private Books books() {
		World w = world();
		String program = w.program("1000000.00");
		String voucher = w.voucher(w.enterprise(), program, "50000.00");
		String budgetTx = jdbc.sql("select id from ledger_transaction where program_id = :p and type = 'BUDGET_ALLOCATED'")
			.param("p", program).query(String.class).single();
		String voucherTx = jdbc.sql("select id from ledger_transaction where reference_id = :v").param("v", voucher)
			.query(String.class).single();
		return new Books(w, program, budgetTx, voucherTx);
	}

	private long seqOf(String transactionId) {
		return jdbc.sql("select seq from ledger_chain where transaction_id = :tx").param("tx", transactionId)
			.query(Long.class).single();
	}

	@Test
	void lines_edited_so_that_the_books_still_balance_are_named_at_their_transaction() {
		Books b = books();
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> jdbc
				.sql("update ledger_entry set amount = amount * 0.8 where transaction_id = :tx").param("tx", b.voucherTx())
				.update());
			// the sums still hold; the program's own check sees the seal broken
			JsonNode books = b.world().ledger(b.programId()).body();
			assertThat(books.get("balanced").asBoolean()).isTrue();
			assertThat(books.get("sealed").asBoolean()).isFalse();
			JsonNode result = ledgerVerification(b.world());
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.at("/firstBrokenEntry/transactionId").asText()).isEqualTo(b.voucherTx());
			assertThat(result.get("problem").asText()).contains("seal");
		}
		finally {
			Tampering.asDatabaseAdministrator(jdbc, () -> jdbc
				.sql("update ledger_entry set amount = amount / 0.8 where transaction_id = :tx").param("tx", b.voucherTx())
				.update());
		}
		assertThat(ledgerVerification(b.world()).get("valid").asBoolean()).isTrue();
	}

	@Test
	void a_deleted_transaction_is_named_by_the_gap_it_leaves() {
		Books b = books();
		long seq = seqOf(b.budgetTx());
		Map<String, Object> chain = jdbc.sql("select * from ledger_chain where seq = :seq").param("seq", seq).query()
			.singleRow();
		Map<String, Object> transaction = jdbc.sql("select id, program_id, type, reference_type, reference_id, posted_at, memo from ledger_transaction where id = :tx")
			.param("tx", b.budgetTx()).query().singleRow();
		List<Map<String, Object>> lines = jdbc.sql("select * from ledger_entry where transaction_id = :tx order by id")
			.param("tx", b.budgetTx()).query().listOfRows();
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				jdbc.sql("delete from ledger_chain where seq = :seq").param("seq", seq).update();
				jdbc.sql("delete from ledger_entry where transaction_id = :tx").param("tx", b.budgetTx()).update();
				jdbc.sql("delete from ledger_transaction where id = :tx").param("tx", b.budgetTx()).update();
			});
			JsonNode result = ledgerVerification(b.world());
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.get("problem").asText()).isEqualTo("transaction " + seq + " of the chain is missing");
			assertThat(result.at("/firstBrokenEntry/seq").asLong()).isEqualTo(seq + 1);
		}
		finally {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				jdbc.sql("""
						insert into ledger_transaction (id, program_id, type, reference_type, reference_id, posted_at, memo)
						values (:id, :program_id, :type, :reference_type, :reference_id, :posted_at, :memo)""")
					.params(transaction).update();
				for (Map<String, Object> line : lines) {
					jdbc.sql("""
							insert into ledger_entry (id, transaction_id, program_id, region_code, account, amount)
							values (:id, :transaction_id, :program_id, :region_code, :account, :amount)""")
						.params(line).update();
				}
				jdbc.sql("insert into ledger_chain (seq, transaction_id, prev_hash, hash) values (:seq, :transaction_id, :prev_hash, :hash)")
					.params(chain).update();
			});
		}
		assertThat(ledgerVerification(b.world()).get("valid").asBoolean()).isTrue();
	}

	@Test
	void two_transactions_swapped_in_the_chain_are_caught_at_the_first_of_them() {
		Books b = books();
		long seq = seqOf(b.budgetTx());
		long next = seqOf(b.voucherTx());
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				jdbc.sql("update ledger_chain set seq = -1 where seq = :a").param("a", seq).update();
				jdbc.sql("update ledger_chain set seq = :a where seq = :b").param("a", seq).param("b", next).update();
				jdbc.sql("update ledger_chain set seq = :b where seq = -1").param("b", next).update();
			});
			JsonNode result = ledgerVerification(b.world());
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.at("/firstBrokenEntry/seq").asLong()).isEqualTo(seq);
			assertThat(result.at("/firstBrokenEntry/transactionId").asText()).isEqualTo(b.voucherTx());
			assertThat(b.world().ledger(b.programId()).body().get("sealed").asBoolean()).isFalse();
		}
		finally {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				jdbc.sql("update ledger_chain set seq = -1 where seq = :a").param("a", seq).update();
				jdbc.sql("update ledger_chain set seq = :a where seq = :b").param("a", seq).param("b", next).update();
				jdbc.sql("update ledger_chain set seq = :b where seq = -1").param("b", next).update();
			});
		}
		assertThat(ledgerVerification(b.world()).get("valid").asBoolean()).isTrue();
	}

	@Test
	void a_transaction_slipped_in_beside_the_chain_is_named() {
		Books b = books();
		String forged = "forged-" + b.programId().substring(0, 8);
		jdbc.sql("""
				insert into ledger_transaction (id, program_id, type, reference_type, reference_id, posted_at, memo)
				values (:id, :program, 'BUDGET_ALLOCATED', 'PROGRAM', :program, current_timestamp, 'more budget')""")
			.param("id", forged).param("program", b.programId()).update();
		try {
			JsonNode result = ledgerVerification(b.world());
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.get("problem").asText()).isEqualTo("a transaction is outside the chain");
			assertThat(result.at("/firstBrokenEntry/transactionId").asText()).isEqualTo(forged);
			assertThat(b.world().ledger(b.programId()).body().get("sealed").asBoolean()).isFalse();
		}
		finally {
			Tampering.asDatabaseAdministrator(jdbc,
					() -> jdbc.sql("delete from ledger_transaction where id = :id").param("id", forged).update());
		}
		assertThat(ledgerVerification(b.world()).get("valid").asBoolean()).isTrue();
		assertThat(b.world().ledger(b.programId()).body().get("sealed").asBoolean()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ledger_transaction", "ledger_entry", "ledger_chain", "chain_checkpoint" })
	void the_database_refuses_plain_updates_and_deletes_of_ledger_rows(String table) {
		Books b = books();
		assertThat(api.post("/api/v1/admin/jobs/audit-checkpoint", b.world().admin, Map.of()).status()).isEqualTo(200);
		String column = switch (table) {
			case "ledger_transaction" -> "memo";
			case "ledger_entry" -> "amount";
			case "ledger_chain" -> "hash";
			default -> "signature";
		};
		assertThatThrownBy(() -> jdbc.sql("update " + table + " set " + column + " = " + column).update())
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from " + table).update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(ledgerVerification(b.world()).get("valid").asBoolean()).isTrue();
		assertThat(b.world().ledger(b.programId()).body().get("sealed").asBoolean()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "update voucher set balance = face_value + 1 where program_id = :p",
			"update voucher set balance = -1 where program_id = :p",
			"update ledger_balance set balance = -1 where program_id = :p and account = 'AVAILABLE'",
			"update ledger_balance set balance = 1 where program_id = :p and account = 'FUNDING'",
			"update program_budget set amount = -1 where program_id = :p" })
	void the_database_refuses_balances_the_ledger_never_allows(String sql) {
		Books b = books();
		assertThatThrownBy(() -> jdbc.sql(sql).param("p", b.programId()).update())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void the_database_refuses_a_second_payment_transaction_for_a_claim() {
		World w = world();
		String claim = Scenarios.paid(Scenarios.deal(w, "50000.00", "40000.00"), "40000.00");
		Map<String, Object> paid = jdbc.sql("select program_id from ledger_transaction where reference_id = :c and type = 'CLAIM_PAID'")
			.param("c", claim).query().singleRow();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into ledger_transaction (id, program_id, type, reference_type, reference_id, posted_at, memo)
				values ('second-payment', :program, 'CLAIM_PAID', 'REDEMPTION', :claim, current_timestamp, 'again')""")
			.param("program", paid.get("program_id")).param("claim", claim).update())
			.isInstanceOf(DataAccessException.class);
		// other transactions of the same claim are not payments and are not held back
		assertThat(jdbc.sql("select count(*) from ledger_transaction where reference_id = :c").param("c", claim)
			.query(Long.class).single()).isGreaterThan(1);
	}
}
