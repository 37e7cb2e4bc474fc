package org.innovoucher.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The embedded default's audit key: generated once into the data folder, owner-only, reused")
class KeyFileUnitTest {

	@TempDir
	Path data;

	static ChainKey keyOf(String key, Path file) {
		return new ChainKey(new AuditProperties(key, file, Duration.ofHours(1)));
	}

	@Test
	void without_a_configured_key_one_is_generated_into_the_data_folder_readable_by_its_owner_only() throws Exception {
		Path file = data.resolve("nested/audit.key");
		keyOf(null, file);
		assertThat(file).exists();
		assertThat(Files.readString(file).trim()).matches("[0-9a-f]{64}");
		assertThat(Files.getPosixFilePermissions(file))
			.isEqualTo(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		try (var left = Files.list(file.getParent())) {
			assertThat(left.map(p -> p.getFileName().toString())).containsExactly("audit.key");
		}
	}

	@Test
	void a_restart_reuses_the_generated_key() {
		Path file = data.resolve("audit.key");
		String sealed = keyOf(null, file).seal("entry");
		assertThat(keyOf(null, file).seal("entry")).isEqualTo(sealed);
		assertThat(keyOf("", file).seal("entry")).isEqualTo(sealed);
	}

	@Test
	void a_configured_key_wins_and_no_file_is_written() {
		Path file = data.resolve("audit.key");
		ChainKey configured = keyOf("a configured key of at least 32 chars", file);
		assertThat(file).doesNotExist();
		assertThat(configured.seal("entry")).isEqualTo(new ChainKey("a configured key of at least 32 chars").seal("entry"));
	}

	@Test
	void a_damaged_key_file_stops_the_start_instead_of_sealing_with_something_else() throws Exception {
		Path file = data.resolve("audit.key");
		Files.writeString(file, "short\n");
		assertThatThrownBy(() -> keyOf(null, file)).hasMessageContaining("damaged");
		assertThat(Files.readString(file)).isEqualTo("short\n");
	}

	@Test
	void a_configured_key_shorter_than_32_characters_stops_the_start() {
		assertThatThrownBy(() -> keyOf("secret", data.resolve("audit.key"))).hasMessageContaining("32");
	}
}
