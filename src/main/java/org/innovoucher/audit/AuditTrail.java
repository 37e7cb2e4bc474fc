package org.innovoucher.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.persistence.BeforeCommitBuffer;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the sealed chain in the caller's transaction, so that a change and its record commit or
 * roll back together. Appends are serialised through the chain's head row, taken at commit time.
 * Each entry carries the region of its file, asked of the module that owns the entity type.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;
	private final BusinessClock clock;
	private final TransactionTemplate transactions;
	private final BeforeCommitBuffer<Pending> pending;
	private final AuditChain chain;
	private final Checkpoints checkpoints;
	private final Map<String, AuditedEntities> entities = new HashMap<>();
	private final Regions regions;

	AuditTrail(JdbcClient jdbc, BusinessClock clock, PlatformTransactionManager transactionManager,
			EntityManager entityManager, AuditChain chain, Checkpoints checkpoints, List<AuditedEntities> entities,
			Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
		// after the ledger's chain: every transaction takes the two heads in the same order
		this.pending = new BeforeCommitBuffer<>(entityManager, Ordered.LOWEST_PRECEDENCE, this::append);
		this.chain = chain;
		this.checkpoints = checkpoints;
		this.transactions = new TransactionTemplate(transactionManager);
		for (AuditedEntities module : entities) {
			for (String type : module.entityTypes()) {
				AuditedEntities other = this.entities.put(type, module);
				if (other != null) {
					throw new IllegalStateException("two modules answer for entity type " + type);
				}
			}
		}
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
		this.pending.add(pending);
	}

	/** An entry waiting for its transaction to commit. */
	private record Pending(Instant at, String actor, String action, String entityType, String entityId, String from,
			String to, String reason) {
	}

	private void append(List<Pending> entries) {
		if (entries.isEmpty()) {
			return;
		}
		// asked before the head is locked, to hold that lock no longer than the inserts take
		List<String> regionCodes = entries.stream().map(e -> regionOf(e.entityType(), e.entityId())).toList();
		record Head(long seq, String hash) {
		}
		Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long seq = head.seq();
		String previous = head.hash();
		for (int i = 0; i < entries.size(); i++) {
			Pending e = entries.get(i);
			String region = regionCodes.get(i);
			seq++;
			String hash = chain.seal(previous, seq, e.at(), e.actor(), e.action(), e.entityType(), e.entityId(),
					e.from(), e.to(), e.reason(), region);
			jdbc.sql("""
					insert into audit_entry (seq, at, actor, action, entity_type, entity_id, from_state, to_state, reason,
					  region_code, prev_hash, hash)
					values (:seq, :at, :actor, :action, :type, :id, :from, :to, :reason, :region, :prev, :hash)""")
				.param("seq", seq)
				.param("at", OffsetDateTime.ofInstant(e.at(), BusinessClock.ZONE))
				.param("actor", e.actor())
				.param("action", e.action())
				.param("type", e.entityType())
				.param("id", e.entityId())
				.param("from", e.from())
				.param("to", e.to())
				.param("reason", e.reason())
				.param("region", region)
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

	private String regionOf(String entityType, String entityId) {
		AuditedEntities module = entities.get(entityType);
		return module == null ? null : module.regionOf(entityType, entityId).orElse(null);
	}

	/**
	 * A page of entries, oldest first. {@code regions} null shows every region's; otherwise only
	 * entries of those regions, and the ones without a region where {@code withoutRegion}.
	 */
	public PageResult<AuditEntry> find(String entityType, String entityId, Collection<String> regions,
			boolean withoutRegion, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (entityType != null) {
			where.append(" and entity_type = :type");
			params.put("type", entityType);
		}
		if (entityId != null) {
			where.append(" and entity_id = :id");
			params.put("id", entityId);
		}
		if (regions != null) {
			List<String> parts = new ArrayList<>();
			if (!regions.isEmpty()) {
				parts.add("region_code in (:regions)");
				params.put("regions", regions);
			}
			if (withoutRegion) {
				parts.add("region_code is null");
			}
			where.append(parts.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", parts) + ")");
		}
		long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
		List<AuditEntry> items = jdbc.sql("select * from audit_entry" + where + " order by seq limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> AuditChain.map(rs))
			.list();
		return new PageResult<>(items, page, size, total);
	}

	/**
	 * The entries a staff member reads (the API's and the pages' one rule): those of files in their
	 * regions; entries without a region (accounts, system-wide records) are for staff of the whole
	 * country or of a province.
	 */
	public PageResult<AuditEntry> visibleTo(CurrentUser user, String entityType, String entityId, int page, int size) {
		if (!user.isStaff()) {
			throw DomainException.forbidden("the audit trail is for staff");
		}
		List<String> scope = user.regionCode() == null ? null : regions.scope(user.regionCode());
		boolean withoutRegion = user.regionCode() == null || Regions.COUNTRY.equals(user.regionCode())
				|| regions.find(user.regionCode()).map(r -> r.parentCode() == null).orElse(false);
		return find(entityType, entityId, scope, withoutRegion, page, size);
	}

	/** The entity types the trail records, as modules name them (e.g. REDEMPTION). */
	public java.util.SortedSet<String> entityTypes() {
		return new java.util.TreeSet<>(entities.keySet());
	}

	/** The outcome of walking the whole chain. */
	public record Verification(boolean valid, long entries, AuditEntry firstBrokenEntry, String problem) {
	}

	/**
	 * Recomputes every seal from the start and checks the checkpoints; reports the first entry that
	 * does not fit.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		SealedChain.Verification result = checkpoints.verify(chain);
		return new Verification(result.valid(), result.entries(),
				result.firstBroken() instanceof AuditEntry entry ? entry : null, result.problem());
	}
}
