package org.innovoucher.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.innovoucher.shared.BusinessClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail as a sealed chain: each entry's HMAC covers its content and the previous HMAC. */
@Component
class AuditChain implements SealedChain {

	static final String NAME = "audit";

	private final JdbcClient jdbc;
	private final ChainKey key;

	AuditChain(JdbcClient jdbc, ChainKey key) {
		this.jdbc = jdbc;
		this.key = key;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Head head() {
		return jdbc.sql("select last_seq, last_hash from audit_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	@Override
	public Optional<Link> linkAt(long seq) {
		return jdbc.sql("select * from audit_entry where seq = :seq")
			.param("seq", seq)
			.query((rs, n) -> map(rs))
			.optional()
			.map(e -> new Link(e.seq(), e.hash(), e));
	}

	/** Recomputes every seal from the start up to the head read before the walk began. */
	@Override
	public Verification verify(Head head) {
		String previous = GENESIS;
		long lastSeq = 0;
		final int batch = 1000;
		while (lastSeq < head.entries()) {
			List<AuditEntry> entries = jdbc.sql("""
					select * from audit_entry where seq > :after and seq <= :upto order by seq limit :limit""")
				.param("after", lastSeq)
				.param("upto", head.entries())
				.param("limit", batch)
				.query((rs, n) -> map(rs))
				.list();
			if (entries.isEmpty()) {
				break;
			}
			for (AuditEntry entry : entries) {
				if (entry.seq() != lastSeq + 1) {
					return Verification.broken(NAME, lastSeq, entry, "entry " + (lastSeq + 1) + " is missing");
				}
				if (!entry.prevHash().equals(previous)) {
					return Verification.broken(NAME, lastSeq, entry, "previous hash does not match the chain");
				}
				if (!key.verify(canonical(entry), entry.hash())) {
					return Verification.broken(NAME, lastSeq, entry, "content does not match its seal");
				}
				previous = entry.hash();
				lastSeq = entry.seq();
			}
		}
		if (lastSeq != head.entries() || !head.hash().equals(previous)) {
			return Verification.broken(NAME, lastSeq, null, "the chain ends before its recorded head (entry "
					+ (lastSeq + 1) + " of " + head.entries() + " is missing)");
		}
		return Verification.valid(NAME, lastSeq);
	}

	static AuditEntry map(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("seq"),
				rs.getObject("at", OffsetDateTime.class).toInstant().atZone(BusinessClock.ZONE).toOffsetDateTime(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("from_state"), rs.getString("to_state"), rs.getString("reason"), rs.getString("region_code"),
				rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static String canonical(AuditEntry e) {
		return canonical(e.prevHash(), e.seq(), e.at().toInstant(), e.actor(), e.action(), e.entityType(), e.entityId(),
				e.from(), e.to(), e.reason(), e.regionCode());
	}

	/** The sealed text: every field, the unit separator between them, missing ones as empty text. */
	static String canonical(String previous, long seq, Instant at, String actor, String action, String entityType,
			String entityId, String from, String to, String reason, String regionCode) {
		return String.join("\u001f", previous, Long.toString(seq), at.toString(), actor, action, entityType, entityId,
				Objects.toString(from, ""), Objects.toString(to, ""), Objects.toString(reason, ""),
				Objects.toString(regionCode, ""));
	}

	String seal(String previous, long seq, Instant at, String actor, String action, String entityType, String entityId,
			String from, String to, String reason, String regionCode) {
		return key.seal(canonical(previous, seq, at, actor, action, entityType, entityId, from, to, reason, regionCode));
	}
}
