package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the index lives: in memory, or on disk under {@code innovoucher.catalog.index-dir} so that a
 * restart opens the last commit and catches up from its watermark instead of reading a million rows
 * again. Each build goes into a folder of its own ({@code gen-<millis>}); the newest one with a
 * commit of this database is the one to open, older ones are deleted once replaced. A commit
 * records the watermark it covers, the database it was read from and the version of its fields, so
 * an index is never opened against another database (a test database dropped and created again
 * under the same name), nor one that lacks what searches now rely on (built by an older release).
 */
final class CatalogStore {

	private static final Logger log = LoggerFactory.getLogger(CatalogStore.class);
	private static final String WATERMARK = "watermark";
	private static final String DATABASE = "database";
	private static final String LAYOUT = "layout";
	private static final String PREFIX = "gen-";

	/** A directory to write into, and the folder it is in (null in memory). */
	record Place(Directory directory, Path folder) {
	}

	/** A committed index found on disk, and the watermark its last commit covers. */
	record Found(Place place, Instant watermark) {
	}

	private final Path home;

	/** @param home the folder of the index's builds; null keeps the index in memory */
	CatalogStore(Path home) {
		this.home = home;
	}

	boolean onDisk() {
		return home != null;
	}

	/** A new, empty place for a build. */
	Place fresh() {
		if (home == null) {
			return new Place(new ByteBuffersDirectory(), null);
		}
		try {
			Path folder = home.resolve(PREFIX + System.currentTimeMillis());
			Files.createDirectories(folder);
			return new Place(FSDirectory.open(folder), folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The newest build on disk committed from {@code database}, if there is one to open. */
	Optional<Found> latest(String database) {
		if (home == null || !Files.isDirectory(home)) {
			return Optional.empty();
		}
		for (Path folder : builds()) {
			try {
				Directory directory = FSDirectory.open(folder);
				if (DirectoryReader.indexExists(directory)) {
					Map<String, String> data = DirectoryReader.listCommits(directory).get(0).getUserData();
					if (!CatalogFields.LAYOUT.equals(data.get(LAYOUT))) {
						log.info("catalog index in {} has fields of another version: not used", folder);
					}
					else if (database.equals(data.get(DATABASE)) && data.get(WATERMARK) != null) {
						return Optional.of(new Found(new Place(directory, folder), Instant.parse(data.get(WATERMARK))));
					}
					else {
						log.info("catalog index in {} was built from another database: not used", folder);
					}
				}
				directory.close();
			}
			catch (IOException | RuntimeException e) {
				log.warn("catalog index in {} cannot be opened: {}", folder, e.getMessage());
			}
		}
		return Optional.empty();
	}

	/** Makes what the writer holds durable, with the watermark it covers and the database it came from. */
	static void commit(IndexWriter writer, Instant watermark, String database) throws IOException {
		Map<String, String> data = new HashMap<>();
		data.put(WATERMARK, watermark.toString());
		data.put(DATABASE, database);
		data.put(LAYOUT, CatalogFields.LAYOUT);
		writer.setLiveCommitData(data.entrySet());
		writer.commit();
	}

	/** Deletes every build on disk but {@code kept}'s (the replaced ones, and any a crash left). */
	void deleteAllBut(Place kept) {
		if (home == null) {
			return;
		}
		for (Path folder : builds()) {
			if (!folder.equals(kept.folder())) {
				delete(folder);
			}
		}
	}

	/** The builds on disk, newest first. */
	private List<Path> builds() {
		if (!Files.isDirectory(home)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(home)) {
			return folders.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
				.sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void delete(Path folder) {
		// a search still reading a replaced build keeps its open files: Linux frees them on close
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			log.warn("could not delete the replaced catalog index {}: {}", folder, e.getMessage());
		}
	}
}
