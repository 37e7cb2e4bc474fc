package org.innovoucher.audit;

import java.util.Optional;

/**
 * A chain of records sealed with the {@link ChainKey}: the audit trail's, and the ledger's (which
 * implements this in its module). Checkpoints record each chain's head; verification walks each.
 */
public interface SealedChain {

	/** The chain's name in checkpoints and reports, e.g. "audit". */
	String name();

	/** The committed head: how many links and the last link's hash (64 zeros for none). */
	Head head();

	/** The stored link at a position (1 is the first), or empty where there is none. */
	Optional<Link> linkAt(long seq);

	/** Walks the links up to {@code head}, recomputing each seal; reports the first that does not fit. */
	Verification verify(Head head);

	String GENESIS = "0".repeat(64);

	record Head(long entries, String hash) {
	}

	/** A link: its position, its stored hash and what it records (shown as the broken entry). */
	record Link(long seq, String hash, Object entry) {
	}

	/** The outcome of walking one chain: valid, or the first broken link and why. */
	record Verification(String chain, boolean valid, long entries, Object firstBroken, String problem) {

		public static Verification valid(String chain, long entries) {
			return new Verification(chain, true, entries, null, null);
		}

		public static Verification broken(String chain, long entries, Object firstBroken, String problem) {
			return new Verification(chain, false, entries, firstBroken, problem);
		}
	}
}
