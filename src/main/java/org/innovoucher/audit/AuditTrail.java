package org.innovoucher.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the hash chain in the caller's transaction, so that a change and its record commit or
 * roll back together. Appends are serialised through the chain's head row, taken at commit time.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;
	private final BusinessClock clock;
	private final TransactionTemplate transactions;
	private final EntityManager entityManager;

	AuditTrail(JdbcClient jdbc, BusinessClock clock, PlatformTransactionManager transactionManager,
			EntityManager entityManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Records a change made by the current caller (or "system" for scheduled work). */
	public void record(String action, String entityType, String entityId, String from, String to, String reason) {
		recordAs(CurrentUser.actorName(), action, entityType, entityId, from, to, reason);
	}

	/**
	 * Records a change in the caller's transaction. The entry is written just before that transaction
	 * commits, so the chain's head row is always the last lock a transaction takes: appends never
	 * deadlock with the locks business operations take in between.
	 */
	public void recordAs(String actor, String action, String entityType, String entityId, String from, String to,
			String reason) {
		String trimmedReason = reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason;
		Pending pending = new Pending(clock.now().truncatedTo(ChronoUnit.MICROS), actor, action, entityType, entityId,
				from, to, trimmedReason);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			transactions.executeWithoutResult(status -> append(List.of(pending)));
			return;
		}
		@SuppressWarnings("unchecked")
		List<Pending> buffer = (List<Pending>) TransactionSynchronizationManager.getResource(this);
		if (buffer == null) {
			List<Pending> created = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					// the entity changes take their row locks first; the chain's head is the very last lock
					entityManager.flush();
					append(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
				}
			});
			buffer = created;
		}
		buffer.add(pending);
	}

	/** An entry waiting for its transaction to commit. */
	private record Pending(Instant at, String actor, String action, String entityType, String entityId, String from,
			String to, String reason) {
	}

	private void append(List<Pending> entries) {
		if (entries.isEmpty()) {
			return;
		}
		record Head(long seq, String hash) {
		}
		Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long seq = head.seq();
		String previous = head.hash();
		for (Pending e : entries) {
			seq++;
			String hash = hash(previous, seq, e.at(), e.actor(), e.action(), e.entityType(), e.entityId(), e.from(),
					e.to(), e.reason());
			jdbc.sql("""
					insert into audit_entry (seq, at, actor, action, entity_type, entity_id, from_state, to_state, reason, prev_hash, hash)
					values (:seq, :at, :actor, :action, :type, :id, :from, :to, :reason, :prev, :hash)""")
				.param("seq", seq)
				.param("at", OffsetDateTime.ofInstant(e.at(), BusinessClock.ZONE))
				.param("actor", e.actor())
				.param("action", e.action())
				.param("type", e.entityType())
				.param("id", e.entityId())
				.param("from", e.from())
				.param("to", e.to())
				.param("reason", e.reason())
				.param("prev", previous)
				.param("hash", hash)
				.update();
			previous = hash;
		}
		jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", previous)
			.update();
	}

	public PageResult<AuditEntry> find(String entityType, String entityId, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (entityType != null) {
			where.append(" and entity_type = :type");
			params.put("type", entityType);
		}
		if (entityId != null) {
			where.append(" and entity_id = :id");
			params.put("id", entityId);
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> items = jdbc.sql("select * from audit_entry" + where + " order by seq limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> map(rs))
			.list();
		return new PageResult<>(items, page, size, total);
	}

	/** The outcome of walking the whole chain. */
	public record Verification(boolean valid, long entries, AuditEntry firstBrokenEntry, String problem) {
	}

	/** Recomputes every hash from the start; reports the first entry that does not fit. */
	@Transactional(readOnly = true)
	public Verification verify() {
		String previous = "0".repeat(64);
		long checked = 0;
		long lastSeq = 0;
		final int batch = 1000;
		while (true) {
			List<AuditEntry> entries = jdbc.sql("select * from audit_entry where seq > :after order by seq limit :limit")
				.param("after", lastSeq)
				.param("limit", batch)
				.query((rs, n) -> map(rs))
				.list();
			for (AuditEntry entry : entries) {
				if (entry.seq() != lastSeq + 1) {
					return new Verification(false, checked, entry, "entry " + (lastSeq + 1) + " is missing");
				}
				if (!entry.prevHash().equals(previous)) {
					return new Verification(false, checked, entry, "previous hash does not match the chain");
				}
				String expected = hash(previous, entry.seq(), entry.at().toInstant(), entry.actor(), entry.action(),
						entry.entityType(), entry.entityId(), entry.from(), entry.to(), entry.reason());
				if (!expected.equals(entry.hash())) {
					return new Verification(false, checked, entry, "content does not match its hash");
				}
				previous = entry.hash();
				lastSeq = entry.seq();
				checked++;
			}
			if (entries.size() < batch) {
				break;
			}
		}
		String head = jdbc.sql("select last_hash from audit_head where id = 1").query(String.class).single();
		if (!head.equals(previous)) {
			return new Verification(false, checked, null, "the chain ends before its recorded head");
		}
		return new Verification(true, checked, null, null);
	}

	private static AuditEntry map(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("seq"),
				rs.getObject("at", OffsetDateTime.class).toInstant().atZone(BusinessClock.ZONE).toOffsetDateTime(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("from_state"), rs.getString("to_state"), rs.getString("reason"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	static String hash(String previous, long seq, Instant at, String actor, String action, String entityType,
			String entityId, String from, String to, String reason) {
		String canonical = String.join("\u001f", previous, Long.toString(seq), at.toString(), actor, action, entityType,
				entityId, Objects.toString(from, ""), Objects.toString(to, ""), Objects.toString(reason, ""));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
