package org.innovoucher.institution.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.innovoucher.institution.CatalogQuery;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The index kept on disk: a restart opens the last commit and catches up with what changed while
 * the instance was down, instead of reading the whole catalog again; an index of another database,
 * or with fields of another version, is never opened.
 */
class CatalogIndexOnDiskIntegrationTest extends IntegrationTestBase {

	@Autowired
	private CatalogRows rows;
	@Autowired
	private CatalogFields fields;
	@Autowired
	private CatalogAnalyzers analyzers;

	@TempDir
	Path folder;

	private CatalogIndex index() {
		return new CatalogIndex(rows, fields, analyzers, Duration.ofMinutes(1), folder.toString());
	}

	private static List<String> found(CatalogIndex index, String words) {
		return index.search(new CatalogQuery(words, null, null, null, null, null, CatalogQuery.Order.RELEVANCE, 0, 20))
			.ids();
	}

	@Test
	void a_restart_opens_the_index_on_disk_and_catches_up_with_what_changed_while_it_was_down() throws IOException {
		World w = world();
		String tag = "盘存" + TestData.username("d").replace("-", "");
		World.Party lab = w.institution(World.TAIYUAN, "TESTING_CERTIFICATION", "晋中检测所", List.of("TESTING_CERTIFICATION"));
		String before = w.service(lab, "电磁兼容检测 " + tag, "TESTING_CERTIFICATION", "8000.00", 10);

		CatalogIndex first = index();
		first.start();
		assertThat(first.openedFromDisk()).isFalse();
		assertThat(found(first, tag)).containsExactly(before);
		first.stop();

		// while the instance is down: one item added, the first withdrawn
		String added = w.service(lab, "材料检验 " + tag, "TESTING_CERTIFICATION", "3000.00", 5);
		assertThat(api.delete("/api/v1/institutions/" + lab.id() + "/services/" + before, lab.token()).status())
			.isEqualTo(200);

		CatalogIndex second = index();
		second.start();
		try {
			assertThat(second.openedFromDisk()).isTrue();
			// 检测 finds 检验 by its synonym: the caught-up item went through the same analysis
			assertThat(found(second, tag + " 检测")).containsExactly(added);
			try (Stream<Path> builds = Files.list(folder)) {
				assertThat(builds.toList()).hasSize(1);
			}

			// a rebuild replaces the build on disk with a new one, and the old one is deleted
			second.rebuild();
			assertThat(found(second, tag)).containsExactly(added);
			try (Stream<Path> builds = Files.list(folder)) {
				assertThat(builds.toList()).hasSize(1);
			}
		}
		finally {
			second.stop();
		}
	}

	@Test
	void an_index_on_disk_built_from_another_database_is_not_opened() {
		CatalogIndex built = index();
		built.start();
		built.stop();

		assertThat(new CatalogStore(folder).latest(rows.databaseIdentity())).isPresent();
		assertThat(new CatalogStore(folder).latest("2020-01-01T00:00:00Z")).isEmpty();
	}

	@Test
	void an_index_on_disk_written_with_fields_of_another_version_is_not_opened_but_built_anew() throws IOException {
		CatalogIndex built = index();
		built.start();
		built.stop();
		Path build;
		try (Stream<Path> builds = Files.list(folder)) {
			build = builds.findFirst().orElseThrow();
		}
		// as an older release left it: the same database, another version of the fields
		try (IndexWriter writer = new IndexWriter(FSDirectory.open(build), CatalogFields.writerConfig(analyzers))) {
			Map<String, String> older = new HashMap<>(DirectoryReader.listCommits(writer.getDirectory()).get(0).getUserData());
			older.put("layout", "1");
			writer.setLiveCommitData(older.entrySet());
			writer.commit();
		}
		assertThat(new CatalogStore(folder).latest(rows.databaseIdentity())).isEmpty();

		CatalogIndex next = index();
		next.start();
		try {
			assertThat(next.openedFromDisk()).isFalse();
			assertThat(new CatalogStore(folder).latest(rows.databaseIdentity())).isPresent();
		}
		finally {
			next.stop();
		}
	}
}
