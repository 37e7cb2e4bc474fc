package org.innovoucher.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells the audit trail in which region an audited entity's file lies, so that staff read only the
 * entries of their regions. Each module answers for the entity types it records, as a bean; the
 * region is asked for when the entry is written and sealed with it.
 */
public interface AuditedEntities {

	/** The entity types (as passed to {@code AuditTrail.record}) this module answers for. */
	Set<String> entityTypes();

	/** The region of the entity's file; empty where it has none (system-wide records). */
	Optional<String> regionOf(String entityType, String entityId);

	/**
	 * The usual answer: one query per entity type, with the entity's id as {@code :id}, selecting the
	 * region code. The query runs in the recording transaction, so it sees what that transaction wrote.
	 */
	abstract class Queries implements AuditedEntities {

		private final JdbcClient jdbc;
		private final Map<String, String> queries;

		protected Queries(JdbcClient jdbc, Map<String, String> queriesByEntityType) {
			this.jdbc = jdbc;
			this.queries = Map.copyOf(queriesByEntityType);
		}

		@Override
		public Set<String> entityTypes() {
			return queries.keySet();
		}

		@Override
		public Optional<String> regionOf(String entityType, String entityId) {
			String query = queries.get(entityType);
			if (query == null) {
				return Optional.empty();
			}
			return jdbc.sql(query).param("id", entityId).query(String.class).optional();
		}
	}
}
