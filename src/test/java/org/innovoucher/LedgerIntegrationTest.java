package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The program ledger keeps running balances beside its append-only entries; the ledger endpoint shows
 * the balances and the auditor's checks, which catch a balance that no longer matches its entries.
 */
class LedgerIntegrationTest extends IntegrationTestBase {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_books_show_budget_reservations_and_pass_the_auditors_checks() {
		World w = world();
		String program = w.program("1000000.00");
		World.Party enterprise = w.enterprise();
		w.voucher(enterprise, program, "50000.00");

		Response ledger = w.ledger(program);
		assertThat(ledger.status()).isEqualTo(200);
		assertThat(ledger.body().get("balanced").asBoolean()).isTrue();
		assertThat(ledger.body().get("sealed").asBoolean()).isTrue();
		assertThat(ledger.body().get("reconciled").asBoolean()).isTrue();
		assertThat(ledger.body().at("/total/reserved").asText()).isEqualTo("50000.00");
		assertThat(new BigDecimal(ledger.body().at("/total/available").asText()))
			.isEqualByComparingTo(new BigDecimal(ledger.body().at("/total/budget").asText()).subtract(new BigDecimal("50000")));
	}

	@Test
	void a_running_balance_edited_behind_the_ledgers_back_is_reported_as_not_reconciled() {
		World w = world();
		String program = w.program("1000000.00");
		w.voucher(w.enterprise(), program, "50000.00");
		String where = "program_id = :program and account = 'RESERVED'";
		try {
			jdbc.sql("update ledger_balance set balance = balance + 1 where " + where).param("program", program).update();
			Response ledger = w.ledger(program);
			assertThat(ledger.body().get("balanced").asBoolean()).isTrue();
			assertThat(ledger.body().get("reconciled").asBoolean()).isFalse();
		}
		finally {
			jdbc.sql("update ledger_balance set balance = balance - 1 where " + where).param("program", program).update();
		}
		assertThat(w.ledger(program).body().get("reconciled").asBoolean()).isTrue();
	}

	@Test
	void the_ledger_is_for_staff_only() {
		World w = world();
		String program = w.program("1000000.00");
		World.Party enterprise = w.enterprise();
		Response refused = w.api.get("/api/v1/programs/" + program + "/ledger", enterprise.token());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.code()).isEqualTo("FORBIDDEN");
	}
}
