package org.innovoucher.institution.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads catalog rows for the index straight from the tables: a million of them at start. */
@Component
public class CatalogRows {

	private static final String SELECT = """
			select s.id, s.institution_id, s.title, s.category, s.description, s.standards, s.price, s.lead_time_days,
			s.created_at, s.active, s.version, s.changed_at, i.name, i.region_code, i.type, i.status, i.version,
			i.changed_at
			from service_item s join institution i on i.id = s.institution_id""";
	/**
	 * The same rows found from the items' side: an outer join keeps H2 from starting at the (smaller)
	 * institution table and reading every item of every institution to test the item's condition, a
	 * million rows every catch-up. Every item has its institution (a foreign key), so no row differs.
	 */
	private static final String SELECT_BY_ITEM = SELECT.replace(" join institution", " left join institution");

	private final JdbcClient jdbc;
	private final JdbcTemplate streaming;
	private final TransactionTemplate readOnly;

	CatalogRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		// a cursor, not the whole table in memory: PostgreSQL streams only inside a transaction
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(2000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Every searchable row, streamed. */
	public void forEachSearchable(Consumer<CatalogRow> each) {
		readOnly.executeWithoutResult(status -> streaming.query(
				SELECT + " where s.active = true and i.status = 'RECOGNISED'", (RowCallbackHandler) rs -> {
					each.accept(row(rs));
				}));
	}

	/**
	 * Which database this is: when its first migration ran. A database dropped and created again
	 * under the same name has another, so an index kept on disk is not opened against it.
	 */
	public String databaseIdentity() {
		return jdbc.sql("select installed_on from flyway_schema_history where installed_rank = 1")
			.query((rs, n) -> rs.getTimestamp(1).toInstant().toString())
			.optional()
			.orElse("empty");
	}

	/** The latest write to the catalog or its institutions, or null when there is none. */
	public Instant lastChange() {
		Instant a = latest("select max(changed_at) from service_item");
		Instant b = latest("select max(changed_at) from institution");
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	private Instant latest(String sql) {
		Timestamp at = jdbc.sql(sql).query((rs, n) -> rs.getTimestamp(1)).list().get(0);
		return at == null ? null : at.toInstant();
	}

	/** Items written since {@code since}, and every item of an institution written since then. */
	public void forEachChangedSince(Instant since, Consumer<CatalogRow> each) {
		Timestamp from = Timestamp.from(since);
		readOnly.executeWithoutResult(status -> {
			streaming.query(SELECT_BY_ITEM + " where s.changed_at > ?", (RowCallbackHandler) rs -> {
				each.accept(row(rs));
			}, from);
			streaming.query(SELECT + " where i.changed_at > ?", (RowCallbackHandler) rs -> {
				each.accept(row(rs));
			}, from);
		});
	}

	public List<CatalogRow> item(String id) {
		return jdbc.sql(SELECT_BY_ITEM + " where s.id = :id").param("id", id).query((rs, n) -> row(rs)).list();
	}

	public List<CatalogRow> ofInstitution(String institutionId) {
		return jdbc.sql(SELECT + " where s.institution_id = :id").param("id", institutionId)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static CatalogRow row(ResultSet rs) throws SQLException {
		Instant itemChanged = rs.getTimestamp(12).toInstant();
		Instant ownerChanged = rs.getTimestamp(18).toInstant();
		return new CatalogRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getBigDecimal(7).movePointRight(2).longValueExact(), rs.getInt(8),
				rs.getTimestamp(9).getTime(), rs.getBoolean(10), rs.getString(13), rs.getString(14), rs.getString(15),
				rs.getString(16), rs.getLong(11) + "/" + rs.getLong(17),
				itemChanged.isAfter(ownerChanged) ? itemChanged : ownerChanged);
	}
}
