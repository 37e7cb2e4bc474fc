package org.innovoucher.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Audit hash chain: each entry's hash covers its content and the previous hash")
class AuditHashUnitTest {

	static final String GENESIS = "0".repeat(64);
	static final Instant AT = Instant.parse("2026-06-01T01:02:03.123456Z");

	static String hash(String previous, long seq, String reason) {
		return AuditTrail.hash(previous, seq, AT, "reviewer", "CLAIM_APPROVED", "REDEMPTION", "claim-1", "UNDER_REVIEW",
				"APPROVED", reason);
	}

	@Test
	void the_hash_is_the_sha256_of_the_fields_joined_by_the_unit_separator() throws Exception {
		String canonical = String.join("\u001f", GENESIS, "1", AT.toString(), "reviewer", "CLAIM_APPROVED", "REDEMPTION",
				"claim-1", "UNDER_REVIEW", "APPROVED", "fine");
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		assertThat(hash(GENESIS, 1, "fine")).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void the_same_content_gives_the_same_hash() {
		assertThat(hash(GENESIS, 1, "fine")).isEqualTo(hash(GENESIS, 1, "fine"));
	}

	@Test
	void changing_any_part_changes_the_hash() {
		String original = hash(GENESIS, 1, "fine");
		assertThat(hash(GENESIS, 2, "fine")).isNotEqualTo(original);
		assertThat(hash(GENESIS, 1, "fine!")).isNotEqualTo(original);
		assertThat(hash("1".repeat(64), 1, "fine")).isNotEqualTo(original);
		assertThat(AuditTrail.hash(GENESIS, 1, AT.plusNanos(1000), "reviewer", "CLAIM_APPROVED", "REDEMPTION", "claim-1",
				"UNDER_REVIEW", "APPROVED", "fine")).isNotEqualTo(original);
		assertThat(AuditTrail.hash(GENESIS, 1, AT, "admin", "CLAIM_APPROVED", "REDEMPTION", "claim-1", "UNDER_REVIEW",
				"APPROVED", "fine")).isNotEqualTo(original);
		assertThat(AuditTrail.hash(GENESIS, 1, AT, "reviewer", "CLAIM_APPROVED", "REDEMPTION", "claim-1",
				"UNDER_REVIEW", "REJECTED", "fine")).isNotEqualTo(original);
	}

	@Test
	void missing_states_and_reasons_hash_as_empty_text() {
		assertThat(AuditTrail.hash(GENESIS, 1, AT, "system", "USER_CREATED", "USER", "u-1", null, null, null))
			.isEqualTo(AuditTrail.hash(GENESIS, 1, AT, "system", "USER_CREATED", "USER", "u-1", "", "", ""));
	}

	@Test
	void the_separator_keeps_fields_apart() {
		// "ab" + "c" and "a" + "bc" must not collide
		assertThat(AuditTrail.hash(GENESIS, 1, AT, "ab", "c", "T", "id", null, null, null))
			.isNotEqualTo(AuditTrail.hash(GENESIS, 1, AT, "a", "bc", "T", "id", null, null, null));
	}

	@Test
	void a_chain_detects_a_changed_entry_by_its_successors() {
		String first = hash(GENESIS, 1, "fine");
		String second = hash(first, 2, "next");
		String forgedFirst = hash(GENESIS, 1, "forged");
		assertThat(hash(forgedFirst, 2, "next")).isNotEqualTo(second);
	}
}
