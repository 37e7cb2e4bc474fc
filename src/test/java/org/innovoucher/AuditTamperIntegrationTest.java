package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Tampering;
import org.innovoucher.support.Tampering.AuditSnapshot;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An attacker with the database administrator's rights edits, deletes, reorders and cuts off audit
 * entries, working around the append-only triggers; verification names the first broken entry. This
 * class (and {@link LedgerTamperIntegrationTest}) runs on a database of its own, so that an attack
 * left behind by a failure cannot spill into other tests.
 */
@TestPropertySource(properties = "innovoucher.test.database-of-its-own=tamper")
class AuditTamperIntegrationTest extends IntegrationTestBase {

	@Autowired
	JdbcClient jdbc;

	private JsonNode verification(World w) {
		Response response = api.get("/api/v1/audit/verification", w.supervisor);
		assertThat(response.status()).isEqualTo(200);
		return response.body();
	}

	private long lastSeq() {
		return jdbc.sql("select last_seq from audit_head where id = 1").query(Long.class).single();
	}

	/** What the chain used to be: plain SHA-256 over the fields, which anyone can recompute. */
	private static String plainHash(String previous, Map<String, Object> row) throws Exception {
		OffsetDateTime at = row.get("at") instanceof OffsetDateTime o ? o
				: ((java.sql.Timestamp) row.get("at")).toInstant().atOffset(java.time.ZoneOffset.UTC);
		String canonical = String.join("\u001f", previous, row.get("seq").toString(), at.toInstant().toString(),
				(String) row.get("actor"), (String) row.get("action"), (String) row.get("entity_type"),
				(String) row.get("entity_id"), Objects.toString(row.get("from_state"), ""),
				Objects.toString(row.get("to_state"), ""), Objects.toString(row.get("reason"), ""));
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void an_edited_entry_is_named_even_when_the_attacker_recomputes_every_hash_after_it() {
		World w = world();
		World.Party enterprise = w.enterprise();
		w.enterprise();
		long seq = jdbc.sql("select min(seq) from audit_entry where entity_id = :id").param("id", enterprise.id())
			.query(Long.class).single();
		AuditSnapshot before = Tampering.snapshotAudit(jdbc, seq);
		String previous = jdbc.sql("select prev_hash from audit_entry where seq = :seq").param("seq", seq)
			.query(String.class).single();
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				String link = previous;
				for (Map<String, Object> row : before.rows()) {
					Map<String, Object> forged = new java.util.HashMap<>(row);
					if (((Number) row.get("seq")).longValue() == seq) {
						forged.put("reason", "nothing to see here");
					}
					try {
						String hash = plainHash(link, forged);
						jdbc.sql("update audit_entry set reason = :reason, prev_hash = :prev, hash = :hash where seq = :seq")
							.param("reason", forged.get("reason")).param("prev", link).param("hash", hash)
							.param("seq", row.get("seq")).update();
						link = hash;
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}
				jdbc.sql("update audit_head set last_hash = :hash where id = 1").param("hash", link).update();
			});
			JsonNode result = verification(w);
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.at("/firstBrokenEntry/seq").asLong()).isEqualTo(seq);
			assertThat(result.get("problem").asText()).contains("seal");
		}
		finally {
			Tampering.restore(jdbc, before);
		}
		assertThat(verification(w).get("valid").asBoolean()).isTrue();
	}

	@Test
	void an_entry_moved_to_another_region_is_named() {
		World w = world();
		World.Party enterprise = w.enterprise();
		long seq = jdbc.sql("select min(seq) from audit_entry where entity_id = :id").param("id", enterprise.id())
			.query(Long.class).single();
		AuditSnapshot before = Tampering.snapshotAudit(jdbc, seq);
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> jdbc
				.sql("update audit_entry set region_code = '140200' where seq = :seq").param("seq", seq).update());
			JsonNode result = verification(w);
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.at("/firstBrokenEntry/seq").asLong()).isEqualTo(seq);
		}
		finally {
			Tampering.restore(jdbc, before);
		}
	}

	@Test
	void a_deleted_entry_is_named_by_the_gap_it_leaves() {
		World w = world();
		w.enterprise();
		w.enterprise();
		long seq = lastSeq() - 2;
		AuditSnapshot before = Tampering.snapshotAudit(jdbc, seq);
		try {
			Tampering.asDatabaseAdministrator(jdbc,
					() -> jdbc.sql("delete from audit_entry where seq = :seq").param("seq", seq).update());
			JsonNode result = verification(w);
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.get("problem").asText()).isEqualTo("entry " + seq + " is missing");
			assertThat(result.at("/firstBrokenEntry/seq").asLong()).isEqualTo(seq + 1);
		}
		finally {
			Tampering.restore(jdbc, before);
		}
		assertThat(verification(w).get("valid").asBoolean()).isTrue();
	}

	@Test
	void two_entries_swapped_in_order_are_caught_at_the_first_of_them() {
		World w = world();
		w.enterprise();
		w.enterprise();
		long seq = lastSeq() - 2;
		AuditSnapshot before = Tampering.snapshotAudit(jdbc, seq);
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				jdbc.sql("update audit_entry set seq = -1 where seq = :seq").param("seq", seq).update();
				jdbc.sql("update audit_entry set seq = :seq where seq = :next").param("seq", seq).param("next", seq + 1)
					.update();
				jdbc.sql("update audit_entry set seq = :next where seq = -1").param("next", seq + 1).update();
			});
			JsonNode result = verification(w);
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.at("/firstBrokenEntry/seq").asLong()).isEqualTo(seq);
			assertThat(result.at("/firstBrokenEntry/hash").asText())
				.isEqualTo(before.rows().get(1).get("hash").toString());
		}
		finally {
			Tampering.restore(jdbc, before);
		}
		assertThat(verification(w).get("valid").asBoolean()).isTrue();
	}

	@Test
	void a_tail_cut_off_after_a_checkpoint_is_caught_though_the_rest_still_chains() {
		World w = world();
		w.enterprise();
		Response checkpoint = api.post("/api/v1/admin/jobs/audit-checkpoint", w.admin, Map.of());
		assertThat(checkpoint.status()).isEqualTo(200);
		assertThat(checkpoint.body().get("handled").asInt()).isPositive();
		long last = lastSeq();
		AuditSnapshot before = Tampering.snapshotAudit(jdbc, last - 1);
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				jdbc.sql("delete from audit_entry where seq >= :from").param("from", last - 1).update();
				jdbc.sql("update audit_head set last_seq = :seq, last_hash = (select hash from audit_entry where seq = :seq)")
					.param("seq", last - 2).update();
			});
			JsonNode result = verification(w);
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.get("problem").asText()).contains("counted " + last).contains("tail was cut off");
			assertThat(result.get("checkpoints").asLong()).isPositive();
		}
		finally {
			Tampering.restore(jdbc, before);
		}
		assertThat(verification(w).get("valid").asBoolean()).isTrue();
	}

	@Test
	void a_chain_cut_back_and_grown_again_after_a_checkpoint_is_caught_at_the_checkpointed_entry() {
		World w = world();
		w.enterprise();
		assertThat(api.post("/api/v1/admin/jobs/audit-checkpoint", w.admin, Map.of()).status()).isEqualTo(200);
		long last = lastSeq();
		AuditSnapshot before = Tampering.snapshotAudit(jdbc, last);
		try {
			Tampering.asDatabaseAdministrator(jdbc, () -> {
				jdbc.sql("delete from audit_entry where seq = :seq").param("seq", last).update();
				jdbc.sql("update audit_head set last_seq = :seq, last_hash = (select hash from audit_entry where seq = :seq)")
					.param("seq", last - 1).update();
			});
			// the application carries on, sealing new entries onto the shortened chain
			w.enterprise();
			JsonNode result = verification(w);
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.at("/firstBrokenEntry/seq").asLong()).isEqualTo(last);
			assertThat(result.get("problem").asText()).contains("rewritten");
		}
		finally {
			Tampering.restore(jdbc, before);
		}
		assertThat(verification(w).get("valid").asBoolean()).isTrue();
	}

	@Test
	void a_checkpoint_not_signed_with_the_key_is_named() {
		World w = world();
		w.enterprise();
		var head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1").query().singleRow();
		jdbc.sql("""
				insert into chain_checkpoint (chain, entries, head_hash, at, signature)
				values ('audit', :entries, :hash, current_timestamp, :signature)""")
			.param("entries", head.get("last_seq")).param("hash", head.get("last_hash"))
			.param("signature", "0".repeat(64)).update();
		try {
			JsonNode result = verification(w);
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.get("problem").asText()).contains("does not bear the key's signature");
		}
		finally {
			Tampering.asDatabaseAdministrator(jdbc,
					() -> jdbc.sql("delete from chain_checkpoint where signature = :s").param("s", "0".repeat(64)).update());
		}
		assertThat(verification(w).get("valid").asBoolean()).isTrue();
	}

	@Test
	void the_database_refuses_plain_updates_and_deletes_of_audit_entries() {
		World w = world();
		w.enterprise();
		long last = lastSeq();
		assertThat(List.of("update audit_entry set reason = 'x' where seq = :seq", "delete from audit_entry where seq = :seq"))
			.allSatisfy(sql -> org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> jdbc.sql(sql).param("seq", last).update())
				.isInstanceOf(org.springframework.dao.DataAccessException.class)
				.hasMessageContaining("append-only"));
		assertThat(verification(w).get("valid").asBoolean()).isTrue();
	}
}
