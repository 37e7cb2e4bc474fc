package org.innovoucher.institution.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.innovoucher.institution.CatalogQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's own search index of the catalog, on disk ({@link CatalogStore}) or in memory:
 * opened from its last commit or built from the database at start, then kept current by
 * {@link CatalogFollower} (this instance's writes at once, every instance's by reading what
 * changed). Searches never wait for writes: they read the last refreshed view.
 *
 * <p>Longer than 300 lines on purpose: the current generation, the watermark, the uncommitted
 * changes and the commit that records them change together under one lock ({@code writing}); split
 * across classes that lock would have to be shared and the invariant would live nowhere.
 */
@Component
public class CatalogIndex implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);
	private static final int BATCH = 500;

	/** One index: its memory, its writer and the searchers on it; a rebuild makes a new one. */
	record Generation(CatalogStore.Place place, IndexWriter writer, SearcherManager searchers) {

		/** The directory is left to the collector: a search still running may read from it. */
		void retire() {
			try {
				searchers.close();
				writer.close();
			}
			catch (IOException | RuntimeException e) {
				log.warn("could not close a replaced catalog index: {}", e.getMessage());
			}
		}
	}

	private final CatalogRows rows;
	private final CatalogFields fields;
	private final CatalogAnalyzers analyzers;
	private final CatalogSearcher searcher;
	private final Duration overlap;
	private final CatalogStore store;
	private final Object writing = new Object();
	private volatile Generation current;
	private volatile Instant watermark = Instant.EPOCH;
	/** When the last read of the rows began, by this instance's clock; null until this instance has read. */
	private Instant lastLook;
	/** Changes applied since the last commit to disk. */
	private boolean dirty;
	private String database;
	private boolean opened;

	CatalogIndex(CatalogRows rows, CatalogFields fields, CatalogAnalyzers analyzers,
			@Value("${innovoucher.catalog.catch-up-overlap:PT1M}") Duration overlap,
			@Value("${innovoucher.catalog.index-dir:}") String indexDir) {
		this.rows = rows;
		this.fields = fields;
		this.analyzers = analyzers;
		this.searcher = new CatalogSearcher(analyzers);
		this.overlap = overlap;
		this.store = new CatalogStore(indexDir == null || indexDir.isBlank() ? null : Path.of(indexDir));
	}

	/** Searches the current view of the index. */
	public CatalogSearcher.Hits search(CatalogQuery query) {
		SearcherManager searchers = current.searchers();
		try {
			IndexSearcher view = searchers.acquire();
			try {
				return searcher.search(view, query);
			}
			finally {
				searchers.release(view);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Builds a new index from every searchable row and puts it in place of the old one, which answers
	 * searches until then. Returns how many items it holds.
	 */
	public int rebuild() {
		synchronized (writing) {
			long started = System.nanoTime();
			Instant looking = Instant.now();
			// read before the rows: what is written meanwhile is caught up afterwards
			Instant last = rows.lastChange();
			// an empty catalog: whatever is written from now on is new
			Instant mark = last == null ? Instant.now() : last;
			Generation fresh = open(store.fresh(), IndexWriterConfig.OpenMode.CREATE);
			AtomicInteger count = new AtomicInteger();
			int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			Semaphore inFlight = new Semaphore(threads * 2);
			try {
				List<CatalogRow> batch = new ArrayList<>(BATCH);
				rows.forEachSearchable(row -> {
					batch.add(row);
					if (batch.size() == BATCH) {
						submit(pool, inFlight, fresh.writer(), List.copyOf(batch), count);
						batch.clear();
					}
				});
				submit(pool, inFlight, fresh.writer(), List.copyOf(batch), count);
				inFlight.acquireUninterruptibly(threads * 2);
				fresh.writer().forceMerge(8);
				if (store.onDisk()) {
					CatalogStore.commit(fresh.writer(), mark, database());
				}
				fresh.searchers().maybeRefreshBlocking();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			finally {
				pool.shutdown();
			}
			Generation old = current;
			current = fresh;
			watermark = mark;
			lastLook = looking;
			dirty = false;
			if (old != null) {
				old.retire();
			}
			store.deleteAllBut(fresh.place());
			log.info("catalog index built: {} items in {} ms, {} bytes", count.get(),
					(System.nanoTime() - started) / 1_000_000, sizeInBytes());
			return count.get();
		}
	}

	private void submit(ExecutorService pool, Semaphore inFlight, IndexWriter writer, List<CatalogRow> batch,
			AtomicInteger count) {
		inFlight.acquireUninterruptibly();
		pool.execute(() -> {
			try {
				for (CatalogRow row : batch) {
					writer.addDocument(fields.document(row));
				}
				count.addAndGet(batch.size());
			}
			catch (IOException e) {
				log.error("could not index a batch of the catalog", e);
			}
			finally {
				inFlight.release();
			}
		});
	}

	/**
	 * Reads what changed since the last look (less an overlap, for writes whose transactions committed
	 * after a later one's) and applies it. Returns how many items changed in the index.
	 */
	public int catchUp() {
		synchronized (writing) {
			Instant looking = Instant.now();
			Instant since = readFrom(watermark, lastLook, overlap);
			int[] changed = { 0 };
			Instant[] latest = { watermark };
			rows.forEachChangedSince(since, row -> {
				changed[0] += apply(row) ? 1 : 0;
				if (row.changedAt().isAfter(latest[0])) {
					latest[0] = row.changedAt();
				}
			});
			watermark = latest[0];
			lastLook = looking;
			refresh(changed[0]);
			commitIfDirty();
			return changed[0];
		}
	}

	/**
	 * Where a catch-up reads from: an overlap before the latest write the index holds, for a write
	 * stamped before it whose transaction committed after it; yet never further back than an overlap
	 * before the last look, since everything committed by then was read then. (From the latest write
	 * alone, a quiet catalog's last minute of writes, an import's thousands, was read again every
	 * round.) Both bounds take the writers' clocks to agree within the overlap.
	 */
	static Instant readFrom(Instant watermark, Instant lastLook, Duration overlap) {
		return (lastLook != null && lastLook.isAfter(watermark) ? lastLook : watermark).minus(overlap);
	}

	/** Applies one item as the database has it now, or the items of one institution. */
	public void reindex(List<CatalogRow> now) {
		synchronized (writing) {
			int changed = 0;
			for (CatalogRow row : now) {
				changed += apply(row) ? 1 : 0;
			}
			refresh(changed);
		}
	}

	/** Whether the row changed the index: added, replaced or removed. */
	private boolean apply(CatalogRow row) {
		Term id = new Term(CatalogFields.ID, row.id());
		try {
			String held = stampOf(row.id());
			if (row.searchable()) {
				if (row.stamp().equals(held)) {
					return false;
				}
				current.writer().updateDocument(id, fields.document(row));
				dirty = true;
				return true;
			}
			if (held == null) {
				return false;
			}
			current.writer().deleteDocuments(id);
			dirty = true;
			return true;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String stampOf(String id) throws IOException {
		SearcherManager searchers = current.searchers();
		IndexSearcher view = searchers.acquire();
		try {
			TopDocs found = view.search(new TermQuery(new Term(CatalogFields.ID, id)), 1);
			if (found.scoreDocs.length == 0) {
				return null;
			}
			Document doc = view.storedFields().document(found.scoreDocs[0].doc);
			return doc.get(CatalogFields.STAMP);
		}
		finally {
			searchers.release(view);
		}
	}

	private void refresh(int changed) {
		if (changed == 0) {
			return;
		}
		try {
			current.searchers().maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** On disk: makes the applied changes durable with the watermark they cover. Called holding {@code writing}. */
	private void commitIfDirty() {
		if (!dirty || !store.onDisk()) {
			return;
		}
		try {
			CatalogStore.commit(current.writer(), watermark, database());
			dirty = false;
		}
		catch (IOException e) {
			// the next round commits again; until then a restart catches up from the older watermark
			log.warn("could not commit the catalog index: {}", e.getMessage());
		}
	}

	/** The bytes the index takes, in memory or on disk. */
	public long sizeInBytes() {
		try {
			Directory directory = current.place().directory();
			long total = 0;
			for (String file : directory.listAll()) {
				total += directory.fileLength(file);
			}
			return total;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Generation open(CatalogStore.Place place, IndexWriterConfig.OpenMode mode) {
		try {
			IndexWriterConfig config = CatalogFields.writerConfig(analyzers).setOpenMode(mode).setRAMBufferSizeMB(128);
			IndexWriter writer = new IndexWriter(place.directory(), config);
			return new Generation(place, writer, new SearcherManager(writer, searcher.searchers()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether this start opened the index kept on disk (and caught up) instead of building it anew. */
	public boolean openedFromDisk() {
		return opened;
	}

	private String database() {
		if (database == null) {
			database = rows.databaseIdentity();
		}
		return database;
	}

	@Override
	public void start() {
		opened = reopen();
		if (!opened) {
			rebuild();
		}
	}

	/** Opens the newest build on disk of this database and catches up from its watermark; false when there is none. */
	private boolean reopen() {
		var found = store.latest(database());
		if (found.isEmpty()) {
			return false;
		}
		synchronized (writing) {
			try {
				current = open(found.get().place(), IndexWriterConfig.OpenMode.APPEND);
			}
			catch (RuntimeException e) {
				log.warn("catalog index on disk cannot be opened, building it anew: {}", e.getMessage());
				return false;
			}
			watermark = found.get().watermark();
			store.deleteAllBut(found.get().place());
		}
		int changed = catchUp();
		log.info("catalog index opened from {}: {} items, {} changed since {}", found.get().place().folder(),
				current.writer().getDocStats().numDocs, changed, found.get().watermark());
		return true;
	}

	/** Built before the web server takes its first request (it starts in the phase just below the last). */
	@Override
	public int getPhase() {
		return 0;
	}

	@Override
	public void stop() {
		synchronized (writing) {
			if (current != null) {
				commitIfDirty();
			}
		}
		Generation old = current;
		current = null;
		if (old != null) {
			old.retire();
		}
	}

	@Override
	public boolean isRunning() {
		return current != null;
	}
}
