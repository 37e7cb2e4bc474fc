package org.innovoucher.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An attacker with the database's DDL rights: lifts the append-only triggers (drops them on H2,
 * disables them on PostgreSQL) while the work runs, then puts them back. What the triggers alone
 * cannot stop, verification must still find.
 */
public final class Tampering {

	/** The tables whose rows may only be inserted. */
	public static final List<String> APPEND_ONLY = List.of("audit_entry", "ledger_transaction", "ledger_entry",
			"ledger_chain", "chain_checkpoint");

	private Tampering() {
	}

	public static void asDatabaseAdministrator(JdbcClient jdbc, Runnable work) {
		APPEND_ONLY.forEach(table -> lift(jdbc, table));
		try {
			work.run();
		}
		finally {
			APPEND_ONLY.forEach(table -> restore(jdbc, table));
		}
	}

	private static void lift(JdbcClient jdbc, String table) {
		if (TestDatabase.isPostgresql()) {
			jdbc.sql("alter table " + table + " disable trigger " + table + "_append_only").update();
		}
		else {
			jdbc.sql("drop trigger if exists " + table + "_append_only").update();
		}
	}

	private static void restore(JdbcClient jdbc, String table) {
		if (TestDatabase.isPostgresql()) {
			jdbc.sql("alter table " + table + " enable trigger " + table + "_append_only").update();
		}
		else {
			jdbc.sql("create trigger " + table + "_append_only before update, delete on " + table
					+ " for each row call 'org.innovoucher.shared.persistence.AppendOnlyTrigger'").update();
		}
	}
}
