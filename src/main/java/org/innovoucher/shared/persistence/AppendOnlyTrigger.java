package org.innovoucher.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's trigger for append-only tables (audit trail, ledger, their chains and checkpoints): refuses
 * every UPDATE and DELETE it is attached to. PostgreSQL does the same with a plpgsql function.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("table " + table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
				+ " refused", "23000");
	}
}
