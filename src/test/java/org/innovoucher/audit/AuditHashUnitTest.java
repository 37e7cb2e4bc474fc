package org.innovoucher.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Audit chain: each entry's seal is an HMAC under a key outside the database, over its content and the previous seal")
class AuditHashUnitTest {

	static final String GENESIS = "0".repeat(64);
	static final Instant AT = Instant.parse("2026-06-01T01:02:03.123456Z");
	static final String SECRET = "an audit key of at least 32 characters";
	static final ChainKey KEY = new ChainKey(SECRET);

	static String seal(ChainKey key, String previous, long seq, String reason, String region) {
		return key.seal(AuditChain.canonical(previous, seq, AT, "reviewer", "CLAIM_APPROVED", "REDEMPTION", "claim-1",
				"UNDER_REVIEW", "APPROVED", reason, region));
	}

	static String seal(String previous, long seq, String reason) {
		return seal(KEY, previous, seq, reason, "140100");
	}

	@Test
	void the_seal_is_the_hmac_sha256_of_the_fields_joined_by_the_unit_separator() throws Exception {
		String canonical = String.join("\u001f", GENESIS, "1", AT.toString(), "reviewer", "CLAIM_APPROVED", "REDEMPTION",
				"claim-1", "UNDER_REVIEW", "APPROVED", "fine", "140100");
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
		assertThat(seal(GENESIS, 1, "fine")).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void whoever_edits_the_rows_without_the_key_cannot_recompute_the_seal() throws Exception {
		String canonical = AuditChain.canonical(GENESIS, 1, AT, "reviewer", "CLAIM_APPROVED", "REDEMPTION", "claim-1",
				"UNDER_REVIEW", "APPROVED", "forged", "140100");
		String plainHash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		ChainKey guessed = new ChainKey("another key of at least 32 characters");
		assertThat(KEY.verify(canonical, plainHash)).isFalse();
		assertThat(KEY.verify(canonical, guessed.seal(canonical))).isFalse();
		assertThat(KEY.verify(canonical, KEY.seal(canonical))).isTrue();
	}

	@Test
	void a_key_shorter_than_32_characters_is_refused() {
		assertThatThrownBy(() -> new ChainKey("too-short")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("32");
	}

	@Test
	void the_same_content_gives_the_same_seal() {
		assertThat(seal(GENESIS, 1, "fine")).isEqualTo(seal(GENESIS, 1, "fine"));
	}

	@Test
	void changing_any_part_changes_the_seal() {
		String original = seal(GENESIS, 1, "fine");
		assertThat(seal(GENESIS, 2, "fine")).isNotEqualTo(original);
		assertThat(seal(GENESIS, 1, "fine!")).isNotEqualTo(original);
		assertThat(seal("1".repeat(64), 1, "fine")).isNotEqualTo(original);
		assertThat(seal(KEY, GENESIS, 1, "fine", "140200")).isNotEqualTo(original);
		assertThat(KEY.seal(AuditChain.canonical(GENESIS, 1, AT.plusNanos(1000), "reviewer", "CLAIM_APPROVED",
				"REDEMPTION", "claim-1", "UNDER_REVIEW", "APPROVED", "fine", "140100"))).isNotEqualTo(original);
		assertThat(KEY.seal(AuditChain.canonical(GENESIS, 1, AT, "admin", "CLAIM_APPROVED", "REDEMPTION", "claim-1",
				"UNDER_REVIEW", "APPROVED", "fine", "140100"))).isNotEqualTo(original);
		assertThat(KEY.seal(AuditChain.canonical(GENESIS, 1, AT, "reviewer", "CLAIM_APPROVED", "REDEMPTION", "claim-1",
				"UNDER_REVIEW", "REJECTED", "fine", "140100"))).isNotEqualTo(original);
	}

	@Test
	void missing_states_reasons_and_regions_are_sealed_as_empty_text() {
		assertThat(AuditChain.canonical(GENESIS, 1, AT, "system", "USER_CREATED", "USER", "u-1", null, null, null, null))
			.isEqualTo(AuditChain.canonical(GENESIS, 1, AT, "system", "USER_CREATED", "USER", "u-1", "", "", "", ""));
	}

	@Test
	void the_separator_keeps_fields_apart() {
		// "ab" + "c" and "a" + "bc" must not collide
		assertThat(KEY.seal(AuditChain.canonical(GENESIS, 1, AT, "ab", "c", "T", "id", null, null, null, null)))
			.isNotEqualTo(KEY.seal(AuditChain.canonical(GENESIS, 1, AT, "a", "bc", "T", "id", null, null, null, null)));
	}

	@Test
	void a_chain_detects_a_changed_entry_by_its_successors() {
		String first = seal(GENESIS, 1, "fine");
		String second = seal(first, 2, "next");
		String forgedFirst = seal(GENESIS, 1, "forged");
		assertThat(seal(forgedFirst, 2, "next")).isNotEqualTo(second);
	}
}
