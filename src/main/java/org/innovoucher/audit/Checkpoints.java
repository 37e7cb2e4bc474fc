package org.innovoucher.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.innovoucher.shared.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints of the sealed chains (head hash, count, time), and the verification of each
 * chain against them. A keyed chain cannot be rewritten without the key, but its tail can still be
 * cut off: a checkpoint remembers how far the chain reached and with which hash. Each checkpoint is
 * also logged, so that a copy lives outside the database.
 */
@Service
public class Checkpoints {

	private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

	/** A stored checkpoint. */
	public record Checkpoint(long id, String chain, long entries, String headHash, OffsetDateTime at,
			String signature) {
	}

	private final JdbcClient jdbc;
	private final ChainKey key;
	private final BusinessClock clock;
	private final List<SealedChain> chains;

	Checkpoints(JdbcClient jdbc, ChainKey key, BusinessClock clock, List<SealedChain> chains) {
		this.jdbc = jdbc;
		this.key = key;
		this.clock = clock;
		this.chains = List.copyOf(chains);
	}

	public List<SealedChain> chains() {
		return chains;
	}

	/** Writes a checkpoint of every chain whose head moved since its last one; returns how many. */
	@Transactional
	public int write() {
		int written = 0;
		for (SealedChain chain : chains) {
			SealedChain.Head head = chain.head();
			Optional<Checkpoint> last = latest(chain.name());
			if (last.isPresent() && last.get().entries() == head.entries() && last.get().headHash().equals(head.hash())) {
				continue;
			}
			Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
			String signature = key.seal(canonical(chain.name(), head.entries(), head.hash(), at));
			jdbc.sql("""
					insert into chain_checkpoint (chain, entries, head_hash, at, signature)
					values (:chain, :entries, :hash, :at, :signature)""")
				.param("chain", chain.name())
				.param("entries", head.entries())
				.param("hash", head.hash())
				.param("at", Timestamp.from(at))
				.param("signature", signature)
				.update();
			log.info("checkpoint of the {} chain: {} entries, head {}, at {}, signature {}", chain.name(),
					head.entries(), head.hash(), at, signature);
			written++;
		}
		return written;
	}

	/** {@link #verifyAll} for a system administrator or a supervisor, whom verification is for. */
	@Transactional(readOnly = true)
	public List<SealedChain.Verification> verifyAllFor(org.innovoucher.shared.CurrentUser user) {
		if (!user.hasAny(org.innovoucher.shared.Role.SYSTEM_ADMIN, org.innovoucher.shared.Role.SUPERVISOR)) {
			throw org.innovoucher.shared.DomainException
				.forbidden("verification is for system administrators and supervisors");
		}
		return verifyAll();
	}

	/** Every chain walked and checked against its checkpoints. */
	@Transactional(readOnly = true)
	public List<SealedChain.Verification> verifyAll() {
		List<SealedChain.Verification> result = new ArrayList<>();
		for (SealedChain chain : chains) {
			result.add(verify(chain));
		}
		return result;
	}

	/**
	 * Walks the chain and checks every checkpoint: signed with the key, not beyond the chain's end (a
	 * cut tail), and naming the hash the chain still has at that position (a rewritten chain).
	 * The checkpoints are read before the head, so none can count more than the head read.
	 */
	@Transactional(readOnly = true)
	public SealedChain.Verification verify(SealedChain chain) {
		List<Checkpoint> checkpoints = of(chain.name());
		SealedChain.Head head = chain.head();
		SealedChain.Verification walked = chain.verify(head);
		if (!walked.valid()) {
			return walked;
		}
		for (Checkpoint checkpoint : checkpoints) {
			String name = "checkpoint " + checkpoint.id() + " of " + checkpoint.at();
			if (!key.verify(canonical(chain.name(), checkpoint.entries(), checkpoint.headHash(),
					checkpoint.at().toInstant()), checkpoint.signature())) {
				return SealedChain.Verification.broken(chain.name(), walked.entries(), checkpoint,
						name + " does not bear the key's signature");
			}
			if (checkpoint.entries() > walked.entries()) {
				return SealedChain.Verification.broken(chain.name(), walked.entries(), checkpoint, "the chain ends at "
						+ walked.entries() + " but " + name + " counted " + checkpoint.entries() + ": its tail was cut off");
			}
			if (checkpoint.entries() == 0) {
				if (!SealedChain.GENESIS.equals(checkpoint.headHash())) {
					return SealedChain.Verification.broken(chain.name(), walked.entries(), checkpoint,
							name + " does not start the chain");
				}
				continue;
			}
			Optional<SealedChain.Link> link = chain.linkAt(checkpoint.entries());
			if (link.isEmpty() || !link.get().hash().equals(checkpoint.headHash())) {
				return SealedChain.Verification.broken(chain.name(), walked.entries(),
						link.<Object>map(SealedChain.Link::entry).orElse(checkpoint),
						"entry " + checkpoint.entries() + " is not the one " + name + " sealed: the chain was rewritten");
			}
		}
		return walked;
	}

	public long count() {
		return jdbc.sql("select count(*) from chain_checkpoint").query(Long.class).single();
	}

	private Optional<Checkpoint> latest(String chain) {
		return jdbc.sql("select * from chain_checkpoint where chain = :chain order by id desc limit 1")
			.param("chain", chain)
			.query((rs, n) -> map(rs))
			.optional();
	}

	private List<Checkpoint> of(String chain) {
		return jdbc.sql("select * from chain_checkpoint where chain = :chain order by id")
			.param("chain", chain)
			.query((rs, n) -> map(rs))
			.list();
	}

	private static Checkpoint map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Checkpoint(rs.getLong("id"), rs.getString("chain"), rs.getLong("entries"), rs.getString("head_hash"),
				rs.getObject("at", OffsetDateTime.class).toInstant().atZone(BusinessClock.ZONE).toOffsetDateTime(),
				rs.getString("signature"));
	}

	static String canonical(String chain, long entries, String headHash, Instant at) {
		return String.join("\u001f", "checkpoint", chain, Long.toString(entries), headHash, at.toString());
	}
}
