package org.innovoucher.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} of the API for a page's form that moves money: the form carries a key
 * of its own in a hidden field, and a second submit of the same form (a double click, a reload after
 * a lost answer) gets the first one's result (the id it made) instead of being carried out again.
 * The keys live beside the API's ({@link IdempotencyFilter}, one table), under a scope of their own.
 * A key whose first submit died mid-way is taken over once its lease is over; the operation's own
 * checks (a claim is paid once, a reference recorded once) still refuse to move money twice.
 */
@Component
public class PageIdempotency {

	private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);
	private static final Duration POLL = Duration.ofMillis(25);

	private final JdbcClient jdbc;
	private final BusinessClock clock;

	PageIdempotency(JdbcClient jdbc, BusinessClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private record Stored(String hash, String result, Instant leaseUntil) {
	}

	/**
	 * Carries {@code action} out once per key and caller, or answers as the first submit with this key
	 * did. {@code content} is what the form said: the same key with other content is refused with
	 * {@code IDEMPOTENCY_KEY_REUSED}. A refusal of the action frees the key for a corrected submit.
	 */
	public String once(String key, CurrentUser user, String content, Supplier<String> action) {
		if (key == null || key.isBlank() || key.length() > 100) {
			// a form without its key is carried out as it is: the operation's own checks still hold
			return action.get();
		}
		String scope = "page:" + user.id() + ":" + key.strip();
		String hash = sha256(content);
		String owner = UUID.randomUUID().toString();
		long waitUntil = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
		while (true) {
			Optional<Stored> stored = find(scope);
			if (stored.isEmpty()) {
				try {
					jdbc.sql("""
							insert into idempotency_record (scope_key, request_hash, created_at, lease_until, lease_owner)
							values (:k, :h, :at, :until, :owner)""")
						.param("k", scope).param("h", hash).param("at", Timestamp.from(clock.now()))
						.param("until", Timestamp.from(clock.now().plus(IdempotencyFilter.LEASE))).param("owner", owner)
						.update();
					break;
				}
				catch (DataIntegrityViolationException raced) {
					continue;
				}
			}
			if (!stored.get().hash().equals(hash)) {
				throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "this form was already sent with other content");
			}
			if (stored.get().result() != null) {
				return stored.get().result();
			}
			if (stored.get().leaseUntil() == null || stored.get().leaseUntil().isBefore(clock.now())) {
				jdbc.sql("delete from idempotency_record where scope_key = :k and status is null").param("k", scope).update();
				continue;
			}
			if (System.nanoTime() > waitUntil || !pause()) {
				throw DomainException.invalidState("this form is still being carried out");
			}
		}
		String result;
		try {
			result = action.get();
		}
		catch (RuntimeException e) {
			jdbc.sql("delete from idempotency_record where scope_key = :k and lease_owner = :owner and status is null")
				.param("k", scope).param("owner", owner).update();
			throw e;
		}
		jdbc.sql("""
				update idempotency_record set status = 200, content_type = 'text/plain', body = :b, lease_until = null
				where scope_key = :k and lease_owner = :owner and status is null""")
			.param("b", result).param("k", scope).param("owner", owner).update();
		return result;
	}

	private Optional<Stored> find(String scope) {
		return jdbc.sql("select request_hash, body, lease_until from idempotency_record where scope_key = :k")
			.param("k", scope)
			.query((rs, n) -> {
				Timestamp lease = rs.getTimestamp(3);
				return new Stored(rs.getString(1), rs.getString(2), lease == null ? null : lease.toInstant());
			})
			.optional();
	}

	private static boolean pause() {
		try {
			Thread.sleep(POLL.toMillis());
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
