package org.innovoucher.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.innovoucher.audit.ChainKey;
import org.innovoucher.audit.SealedChain;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.persistence.BeforeCommitBuffer;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals every posted transaction, with its lines, into one chain keyed like the audit trail's. The
 * links are written when the posting transaction commits, under the chain's head row, in a table of
 * their own: the transaction rows stay as they were inserted, and the books' locks are not held
 * behind a global one.
 */
@Component
class LedgerChain implements SealedChain {

	static final String NAME = "ledger";

	/** A chained transaction, as verification shows the first broken one. */
	record Link(long seq, String transactionId, String programId, String type, String referenceType,
			String referenceId, OffsetDateTime postedAt, String memo) {
	}

	/** A transaction posted in the current database transaction, waiting for its commit. */
	private record Pending(String id, Posting posting, Instant at) {
	}

	private final JdbcClient jdbc;
	private final ChainKey key;
	private final BeforeCommitBuffer<Pending> pending;

	LedgerChain(JdbcClient jdbc, ChainKey key, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.key = key;
		// before the audit trail's head: every transaction takes the two heads in one order
		this.pending = new BeforeCommitBuffer<>(entityManager, Ordered.LOWEST_PRECEDENCE - 100, this::link);
	}

	@Override
	public String name() {
		return NAME;
	}

	/** Chains a transaction just posted (rows inserted) when the caller's transaction commits. */
	void append(String id, Posting posting, Instant at) {
		pending.add(new Pending(id, posting, at));
	}

	private void link(List<Pending> pending) {
		if (pending.isEmpty()) {
			return;
		}
		Head head = jdbc.sql("select last_seq, last_hash from ledger_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long seq = head.entries();
		String previous = head.hash();
		for (Pending p : pending) {
			seq++;
			Posting posting = p.posting();
			List<String> lines = posting.lines().stream()
				.map(l -> line(posting.programId(), l.regionCode(), l.account().name(), l.amount().amount()))
				.toList();
			String hash = key.seal(canonical(previous, seq, p.id(), posting.programId(), posting.type().name(),
					posting.referenceType(), posting.referenceId(), p.at(), posting.memo(), lines));
			jdbc.sql("insert into ledger_chain (seq, transaction_id, prev_hash, hash) values (:seq, :tx, :prev, :hash)")
				.param("seq", seq)
				.param("tx", p.id())
				.param("prev", previous)
				.param("hash", hash)
				.update();
			previous = hash;
		}
		jdbc.sql("update ledger_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", previous)
			.update();
	}

	@Override
	public Head head() {
		return jdbc.sql("select last_seq, last_hash from ledger_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	@Override
	public Optional<SealedChain.Link> linkAt(long seq) {
		return links(seq - 1, seq).stream().findFirst().map(l -> new SealedChain.Link(l.link().seq(), l.hash(), l.link()));
	}

	/** A stored link with what it seals, as read back. */
	private record Stored(Link link, String prevHash, String hash, boolean transactionFound, String predecessorHash,
			List<String> lines) {

		boolean sealedBy(ChainKey key) {
			return transactionFound && key.verify(canonical(prevHash, link.seq(), link.transactionId(), link.programId(),
					link.type(), link.referenceType(), link.referenceId(), link.postedAt().toInstant(), link.memo(), lines),
					hash);
		}
	}

	@Override
	public Verification verify(Head head) {
		String previous = GENESIS;
		long lastSeq = 0;
		final int batch = 500;
		while (lastSeq < head.entries()) {
			List<Stored> links = links(lastSeq, Math.min(lastSeq + batch, head.entries()));
			if (links.isEmpty()) {
				break;
			}
			for (Stored stored : links) {
				Link link = stored.link();
				if (link.seq() != lastSeq + 1) {
					return Verification.broken(NAME, lastSeq, link, "transaction " + (lastSeq + 1) + " of the chain is missing");
				}
				if (!stored.transactionFound()) {
					return Verification.broken(NAME, lastSeq, link, "the chained transaction is missing");
				}
				if (!stored.prevHash().equals(previous)) {
					return Verification.broken(NAME, lastSeq, link, "previous hash does not match the chain");
				}
				if (!stored.sealedBy(key)) {
					return Verification.broken(NAME, lastSeq, link, "the transaction or its lines do not match its seal");
				}
				previous = stored.hash();
				lastSeq = link.seq();
			}
		}
		if (lastSeq != head.entries() || !head.hash().equals(previous)) {
			return Verification.broken(NAME, lastSeq, null, "the chain ends before its recorded head (transaction "
					+ (lastSeq + 1) + " of " + head.entries() + " is missing)");
		}
		// a transaction slipped in beside the chain: committed ones are always chained in their commit
		Optional<Link> outside = jdbc.sql("""
				select t.* from ledger_transaction t
				where not exists (select 1 from ledger_chain c where c.transaction_id = t.id)
				order by t.posted_at, t.id limit 1""")
			.query((rs, n) -> new Link(0, rs.getString("id"), rs.getString("program_id"), rs.getString("type"),
					rs.getString("reference_type"), rs.getString("reference_id"),
					rs.getObject("posted_at", OffsetDateTime.class), rs.getString("memo")))
			.optional();
		if (outside.isPresent()) {
			return Verification.broken(NAME, lastSeq, outside.get(), "a transaction is outside the chain");
		}
		return Verification.valid(NAME, lastSeq);
	}

	/**
	 * The ledger's own check for one program: each of its transactions matches its seal and links to
	 * the stored link before it, and none lies outside the chain. Cheaper than walking the whole chain
	 * (which verification does, naming the first broken transaction), but blind to a cut-off tail.
	 */
	boolean sealed(String programId) {
		long after = 0;
		final int batch = 500;
		while (true) {
			List<Long> seqs = jdbc.sql("""
					select c.seq from ledger_chain c join ledger_transaction t on t.id = c.transaction_id
					where t.program_id = :program and c.seq > :after order by c.seq limit :limit""")
				.param("program", programId)
				.param("after", after)
				.param("limit", batch)
				.query(Long.class)
				.list();
			if (seqs.isEmpty()) {
				break;
			}
			for (Stored stored : links("c.seq in (:seqs)", Map.of("seqs", seqs))) {
				if (!stored.prevHash().equals(stored.predecessorHash()) || !stored.sealedBy(key)) {
					return false;
				}
			}
			after = seqs.get(seqs.size() - 1);
		}
		return jdbc.sql("""
				select count(*) from ledger_transaction t where t.program_id = :program
				and not exists (select 1 from ledger_chain c where c.transaction_id = t.id)""")
			.param("program", programId)
			.query(Long.class)
			.single() == 0;
	}

	/** The links with seq in (after, upto], each with its transaction and lines in posting order. */
	private List<Stored> links(long after, long upto) {
		return links("c.seq > :after and c.seq <= :upto", Map.of("after", after, "upto", upto));
	}

	private List<Stored> links(String condition, Map<String, ?> params) {
		Map<Long, Stored> bySeq = new LinkedHashMap<>();
		jdbc.sql("""
				select c.seq, c.transaction_id, c.prev_hash, c.hash, t.id as found, t.program_id, t.type,
				  t.reference_type, t.reference_id, t.posted_at, t.memo, p.hash as before_hash,
				  e.program_id as line_program, e.region_code, e.account, e.amount
				from ledger_chain c
				left join ledger_transaction t on t.id = c.transaction_id
				left join ledger_chain p on p.seq = c.seq - 1
				left join ledger_entry e on e.transaction_id = c.transaction_id
				where %s
				order by c.seq, e.id""".formatted(condition))
			.params(params)
			.query((rs, n) -> {
				Stored stored = bySeq.computeIfAbsent(rs.getLong("seq"), seq -> {
					try {
						OffsetDateTime at = rs.getObject("posted_at", OffsetDateTime.class);
						return new Stored(new Link(seq, rs.getString("transaction_id"), rs.getString("program_id"),
								rs.getString("type"), rs.getString("reference_type"), rs.getString("reference_id"),
								at == null ? null : at.toInstant().atZone(BusinessClock.ZONE).toOffsetDateTime(),
								rs.getString("memo")), rs.getString("prev_hash"), rs.getString("hash"),
								rs.getString("found") != null, seq == 1 ? GENESIS : rs.getString("before_hash"),
								new ArrayList<>());
					}
					catch (java.sql.SQLException e) {
						throw new IllegalStateException(e);
					}
				});
				if (rs.getString("account") != null) {
					stored.lines().add(line(rs.getString("line_program"), rs.getString("region_code"),
							rs.getString("account"), rs.getBigDecimal("amount")));
				}
				return stored;
			})
			.list();
		return new ArrayList<>(bySeq.values());
	}

	private static String line(String programId, String regionCode, String account, BigDecimal amount) {
		return String.join("\u001e", programId, regionCode, account, amount.setScale(2, RoundingMode.UNNECESSARY)
			.toPlainString());
	}

	/** The sealed text of a transaction: its fields, then its lines in posting order. */
	static String canonical(String previous, long seq, String id, String programId, String type, String referenceType,
			String referenceId, Instant at, String memo, List<String> lines) {
		List<String> fields = new ArrayList<>(List.of("ledger", previous, Long.toString(seq), id, programId, type,
				referenceType, referenceId, at.toString(), Objects.toString(memo, "")));
		fields.addAll(lines);
		return String.join("\u001f", fields);
	}
}
