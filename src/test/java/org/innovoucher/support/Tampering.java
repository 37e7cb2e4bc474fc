package org.innovoucher.support;

import java.util.List;
import java.util.Map;

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

	/** The audit entries from {@code fromSeq} on and the head, as they were before an attack. */
	public record AuditSnapshot(long fromSeq, List<Map<String, Object>> rows, long headSeq, String headHash) {
	}

	public static AuditSnapshot snapshotAudit(JdbcClient jdbc, long fromSeq) {
		List<Map<String, Object>> rows = jdbc.sql("select * from audit_entry where seq >= :from order by seq")
			.param("from", fromSeq)
			.query()
			.listOfRows();
		return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
			.query((rs, n) -> new AuditSnapshot(fromSeq, rows, rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** Puts the entries and the head back as the snapshot has them (the attacker's own undo). */
	public static void restore(JdbcClient jdbc, AuditSnapshot snapshot) {
		asDatabaseAdministrator(jdbc, () -> {
			jdbc.sql("delete from audit_entry where seq >= :from or seq < 0").param("from", snapshot.fromSeq()).update();
			for (Map<String, Object> row : snapshot.rows()) {
				jdbc.sql("""
						insert into audit_entry (seq, at, actor, action, entity_type, entity_id, from_state, to_state,
						  reason, region_code, prev_hash, hash)
						values (:seq, :at, :actor, :action, :entity_type, :entity_id, :from_state, :to_state, :reason,
						  :region_code, :prev_hash, :hash)""")
					.params(row)
					.update();
			}
			jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
				.param("seq", snapshot.headSeq())
				.param("hash", snapshot.headHash())
				.update();
		});
	}
}
