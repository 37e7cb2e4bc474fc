package org.innovoucher.benchmark;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.catalog.CatalogIndex;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog at national scale: loads N service items (default 1,000,000) of 5,000 recognised
 * institutions in every city and district, with Chinese titles over every category and prices from
 * 200 to 200,000 yuan, rebuilds the search index, then measures {@code GET /api/v1/services} over
 * HTTP with a mix of words (a hundred of them, one or two at a time), filters, orders and pages
 * (every answer with its facet counts) for 1 and for 8 clients at once, each run with searches of its
 * own, printing p50/p95/p99, the index's size and the heap; then the same for the catalog page.
 *
 * <p>Not part of the test suite (the name matches no surefire include). Run it with
 * <pre>./mvnw test -Dtest=CatalogSearchBenchmark -DskipPostgresTests=true</pre>
 * and add {@code -Dinnovoucher.test.database=postgresql} for PostgreSQL, {@code -Dbenchmark.items=N}
 * for another size. With {@code -Dbenchmark.reuse=true} an H2 run measures the last H2 run's million
 * rows and index again instead of loading and indexing them anew (minutes saved per try of a change
 * to the searches; not a change to what is indexed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"innovoucher.jobs.interval=PT24H", "logging.level.org.innovoucher=WARN",
		// on disk, as in production (the tests keep theirs in memory)
		"innovoucher.catalog.index-dir=${java.io.tmpdir}/innovoucher-benchmark-catalog-index",
		"logging.level.org.innovoucher.institution.catalog=INFO" })
@ContextConfiguration(initializers = TestDatabase.class)
class CatalogSearchBenchmark {

	private static final int ITEMS = Integer.getInteger("benchmark.items", 1_000_000);
	private static final int INSTITUTIONS = 5_000;
	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 2_000);
	private static final int WARM_UP = Math.min(REQUESTS, 1_500);
	private static final int WARM_UP_ROUNDS = Integer.getInteger("benchmark.warmUpRounds", 3);
	private static final int MAX_WARM_UP_ROUNDS = 45;
	private static final boolean REUSE = Boolean.getBoolean("benchmark.reuse");
	/** How many of a one-client run's slowest requests to print, with their addresses: what to work on next. */
	private static final int SLOWEST = Integer.getInteger("benchmark.slowest", 0);

	private static final String[] SUBJECTS = { "新能源汽车电池", "锂离子电池", "光伏组件", "食品", "药品", "医疗器械", "建筑材料", "环境水质",
			"土壤", "电子元器件", "集成电路芯片", "工业软件", "工业机器人", "纺织品", "化妆品", "农产品", "高分子新材料", "煤炭", "钢铁",
			"汽车零部件", "智能家电", "通信设备", "精密仪器", "化工产品", "生物制品" };
	private static final String[][] SERVICES = {
			{ "研究开发", "技术开发", "工艺优化", "中试验证", "联合研发" },
			{ "成果转化", "技术转让评估", "技术经纪" },
			{ "检验检测", "安全检测", "性能测试", "成分分析", "可靠性试验", "电磁兼容检测", "认证咨询" },
			{ "创业孵化", "众创空间入驻", "加速器服务" },
			{ "专利申请代理", "专利分析", "商标注册", "知识产权贯标" },
			{ "技术咨询", "管理咨询", "可行性研究" },
			{ "科技金融咨询", "知识产权质押融资" },
			{ "科普展览", "科学普及培训" },
			{ "数据分析", "科学数据服务" },
			{ "种质资源鉴定", "种质资源保藏" },
			{ "科技查新", "文献检索" } };
	private static final String[] COMMON_WORDS = { "检测", "检验", "测试", "电池", "芯片", "专利", "研发", "咨询", "查新", "材料",
			"分析", "孵化", "数据", "认证", "新能源", "软件", "食品", "机器人", "可靠性", "知识产权", "加急", "报告", "标准", "技术支持",
			"量子通信", "航天" };
	/** What visitors type: common words, and every subject and service of the catalog as a word of its own. */
	private static final String[] WORDS = java.util.stream.Stream.of(Arrays.stream(COMMON_WORDS), Arrays.stream(SUBJECTS),
			Arrays.stream(SERVICES).flatMap(Arrays::stream)).flatMap(w -> w).distinct().toArray(String[]::new);
	private static final String[] SORTS = { "relevance", "price_asc", "price_desc", "lead_time", "newest" };
	private static final String[] PROVINCES = { "140000", "110000", "320000", "440000", "510000" };

	@Autowired JdbcTemplate jdbc;
	@Autowired CatalogIndex index;
	@Autowired TransactionTemplate transactions;
	@LocalServerPort int port;

	static {
		// one kept-alive connection per client (the JDK keeps five by default and opens the others anew)
		System.setProperty("http.maxConnections", "16");
		// H2 in a file, as the application keeps it (in memory its million rows would fill the heap
		// the searches share, and its young collections would pause for a tenth of a second); the
		// last run's database goes first
		java.nio.file.Path databases = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "innovoucher-benchmark-db");
		if (!REUSE) {
			org.springframework.util.FileSystemUtils.deleteRecursively(databases.toFile());
		}
		System.setProperty("innovoucher.test.h2.dir", databases.toString());
		if (!TestDatabase.isPostgresql()) {
			System.setProperty("innovoucher.test.h2.name", "catalog");
		}
	}

	@Test
	void search_a_national_catalog() throws Exception {
		List<String> regions = jdbc.queryForList("select code from region where level <> 'PROVINCE' and code <> '000000'",
				String.class);
		long started = System.nanoTime();
		boolean loaded = REUSE && jdbc.queryForObject("select count(*) from service_item", Long.class) == ITEMS;
		if (!loaded) {
			List<String> institutions = loadInstitutions(regions);
			loadItems(institutions);
		}
		double loadSeconds = (System.nanoTime() - started) / 1e9;
		started = System.nanoTime();
		int indexed = loaded && index.openedFromDisk() ? ITEMS : index.rebuild();
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

		// every run searches anew (its own seed): what repeats is what a visitor's searches repeat
		StringBuilder out = new StringBuilder(String.format(
				"%nCatalog search: %,d items of %,d institutions, %s database%n", ITEMS, INSTITUTIONS,
				TestDatabase.isPostgresql() ? "PostgreSQL" : "H2"));
		out.append(String.format("  %s %.1f s; index %s in %.1f s (%,d items), %d MB; heap in use after GC %d MB%n",
				loaded ? "last run's rows counted in" : "load", loadSeconds, loaded && index.openedFromDisk() ? "opened" : "rebuilt", buildSeconds, indexed, index.sizeInBytes() / (1024 * 1024), heap / (1024 * 1024)));
		out.append(warmUp(regions));
		int seed = 100;
		for (String what : new String[] { "GET /api/v1/services", "GET /services (page)" }) {
			for (int clients : new int[] { 1, 8 }) {
				List<String> queries = queries(regions, new Random(seed++));
				List<String> sent = what.startsWith("GET /api") ? queries : pages(queries);
				long t = System.nanoTime();
				long cpu = processCpuNanos();
				long jit = compilationMillis();
				long[] latencies = run(sent, clients);
				double seconds = (System.nanoTime() - t) / 1e9;
				double cpuPerRequest = (processCpuNanos() - cpu) / 1e6 / latencies.length;
				double jitShare = (compilationMillis() - jit) / 1e3 / seconds;
				if (clients == 1) {
					out.append(slowest(sent, latencies));
				}
				Arrays.sort(latencies);
				out.append(String.format(
						"  %s, %d client(s): %,d requests, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, CPU %.1f ms per request, JIT %.0f%%%n",
						what, clients, latencies.length, latencies.length / seconds, pct(latencies, 50), pct(latencies, 95),
						pct(latencies, 99), latencies[latencies.length - 1] / 1e6, cpuPerRequest, jitShare * 100));
			}
		}
		// a restart opens the index on disk instead of building it again
		index.stop();
		started = System.nanoTime();
		index.start();
		out.append(String.format("  restart: index %s in %.1f s%n", index.openedFromDisk() ? "opened from disk" : "rebuilt",
				(System.nanoTime() - started) / 1e9));
		System.out.println(out);
	}

	private List<String> loadInstitutions(List<String> regions) {
		Random random = new Random(1);
		List<String> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		InstitutionType[] types = InstitutionType.values();
		Timestamp at = Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS));
		for (int n = 0; n < INSTITUTIONS; n++) {
			String id = UUID.randomUUID().toString();
			ids.add(id);
			String region = regions.get(random.nextInt(regions.size()));
			rows.add(new Object[] { id, String.format("B%017d", n), "科技服务机构" + n + "号", region,
					types[random.nextInt(types.length)].name(), String.join(",", names(ServiceCategory.values())),
					"CMA", "", "RECOGNISED", at, at, 0L, at });
		}
		transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
				insert into institution (id, uscc, name, region_code, type, categories, qualifications, related_parties,
				status, status_reason, created_at, version, changed_at) values (?,?,?,?,?,?,?,?,?,null,?,?,?)""",
				rows.stream().map(r -> new Object[] { r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[11], r[12] })
					.toList()));
		return ids;
	}

	/**
	 * Items in batches; their write times spread over the past day and more, as a catalog grows, so
	 * the catch-up's overlap re-reads a minute's worth, not the whole import.
	 */
	private void loadItems(List<String> institutions) {
		Random random = new Random(2);
		ServiceCategory[] categories = ServiceCategory.values();
		Instant first = Instant.now().minus(30, ChronoUnit.HOURS);
		List<Object[]> batch = new ArrayList<>();
		for (int n = 0; n < ITEMS; n++) {
			int c = random.nextInt(categories.length);
			String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
			String service = SERVICES[c][random.nextInt(SERVICES[c].length)];
			String title = subject + service + (random.nextInt(4) == 0 ? "（加急）" : "服务");
			String description = "依据国家和行业标准，为" + subject + "企业提供" + service + "，出具具有法律效力的报告，全程技术支持。编号" + n;
			long yuan = Math.round(Math.exp(Math.log(200) + random.nextDouble() * Math.log(1000)) / 10) * 10;
			Timestamp at = Timestamp.from(first.plusMillis(n * 100L));
			batch.add(new Object[] { UUID.randomUUID().toString(), institutions.get(random.nextInt(institutions.size())),
					title, categories[c].name(), description, BigDecimal.valueOf(yuan).setScale(2), "次",
					1 + random.nextInt(60), "GB/T 27025", true, at, 0L, at });
			if (batch.size() == 5_000 || n == ITEMS - 1) {
				// one commit per batch: H2 otherwise commits every row of a batch on its own
				List<Object[]> rows = List.copyOf(batch);
				transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
						insert into service_item (id, institution_id, title, category, description, price, price_unit,
						lead_time_days, standards, active, created_at, version, changed_at)
						values (?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows));
				batch.clear();
			}
		}
	}

	/** The same searches as the catalog page a visitor sees: the HTML with its filters and counts. */
	private static List<String> pages(List<String> queries) {
		return queries.stream()
			.map(q -> q.replace("/api/v1/services?size=20", "/services?lang=zh-CN").replace("regionCode=", "region="))
			.toList();
	}

	/** A realistic mix: mostly words, often a filter or two, every order, mostly the first pages. */
	private static List<String> queries(List<String> regions, Random random) {
		List<String> queries = new ArrayList<>();
		InstitutionType[] types = InstitutionType.values();
		ServiceCategory[] categories = ServiceCategory.values();
		for (int n = 0; n < REQUESTS; n++) {
			StringBuilder q = new StringBuilder("/api/v1/services?size=20");
			if (random.nextInt(10) < 7) {
				q.append("&q=").append(URLEncoder.encode(WORDS[random.nextInt(WORDS.length)]
						+ (random.nextInt(5) == 0 ? " " + WORDS[random.nextInt(WORDS.length)] : ""), StandardCharsets.UTF_8));
			}
			if (random.nextInt(10) < 3) {
				q.append("&category=").append(categories[random.nextInt(categories.length)]);
			}
			if (random.nextInt(10) < 3) {
				q.append("&regionCode=").append(random.nextBoolean() ? PROVINCES[random.nextInt(PROVINCES.length)]
						: regions.get(random.nextInt(regions.size())));
			}
			if (random.nextInt(10) < 2) {
				q.append("&type=").append(types[random.nextInt(types.length)]);
			}
			if (random.nextInt(10) < 2) {
				q.append("&minPrice=1000&maxPrice=").append(5000 + 5000 * random.nextInt(10));
			}
			q.append("&sort=").append(SORTS[random.nextInt(SORTS.length)]);
			q.append("&page=").append(random.nextInt(10) < 8 ? 0 : random.nextInt(5));
			queries.add(q.toString());
		}
		return queries;
	}

	/**
	 * As a server up a while: rounds of searches and catalog pages from 8 clients until the JIT has
	 * settled (it spends under a tenth of a round's time compiling), at least
	 * {@code benchmark.warmUpRounds}. On two cores the JIT otherwise compiles through the runs
	 * measured, on the cores they share: a fixed three rounds left it compiling half of one core's
	 * time, a method deoptimised by a new kind of search compiled again and again.
	 */
	private String warmUp(List<String> regions) throws Exception {
		long started = System.nanoTime();
		StringBuilder compiling = new StringBuilder();
		int round = 0;
		double share;
		do {
			long t = System.nanoTime();
			long jit = compilationMillis();
			run(queries(regions, new Random(1_000 + round)).subList(0, WARM_UP), 8);
			run(pages(queries(regions, new Random(2_000 + round))).subList(0, WARM_UP), 8);
			share = (compilationMillis() - jit) / ((System.nanoTime() - t) / 1e6);
			compiling.append(String.format(" %.0f%%", share * 100));
			round++;
		}
		while (round < WARM_UP_ROUNDS || share > 0.10 && round < MAX_WARM_UP_ROUNDS);
		return String.format(
				"  warmed up in %.0f s: %d rounds of %,d searches and %,d pages from 8 clients, the JIT compiling for%s of each round%n",
				(System.nanoTime() - started) / 1e9, round, WARM_UP, WARM_UP, compiling);
	}

	/** How long the JIT has compiled, in all its threads. */
	private static long compilationMillis() {
		return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
	}

	/**
	 * Each client a thread with its own kept-alive connection, blocking on its answer: plain
	 * {@link HttpURLConnection}, as light as a client gets (the JDK's HttpClient hands every request
	 * between threads and took a tenth of the two cores the server shares with the clients).
	 */
	private long[] run(List<String> queries, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<long[]>> parts = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int from = c;
				parts.add(pool.submit(() -> {
					List<Long> mine = new ArrayList<>();
					for (int n = from; n < queries.size(); n += clients) {
						long t = System.nanoTime();
						HttpURLConnection connection = (HttpURLConnection) URI
							.create("http://127.0.0.1:" + port + queries.get(n)).toURL().openConnection();
						int status = connection.getResponseCode();
						byte[] body;
						// read to the end and closed: the connection goes back to be used again
						try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
							body = in.readAllBytes();
						}
						mine.add(System.nanoTime() - t);
						if (status != 200) {
							throw new IllegalStateException(
									queries.get(n) + " answered " + status + ": " + new String(body, StandardCharsets.UTF_8));
						}
					}
					return mine.stream().mapToLong(Long::longValue).toArray();
				}));
			}
			List<long[]> all = new ArrayList<>();
			for (Future<long[]> part : parts) {
				all.add(part.get());
			}
			return all.stream().flatMapToLong(Arrays::stream).toArray();
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The CPU time this process (server and clients) has used: per request it tells what a search
	 * costs even on a machine busy with other work, where latencies do not.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** One client's requests come back in the order sent: the slowest of them, each with its address. */
	private static String slowest(List<String> sent, long[] latencies) {
		StringBuilder out = new StringBuilder();
		java.util.stream.IntStream.range(0, latencies.length)
			.boxed()
			.sorted(java.util.Comparator.comparingLong((Integer n) -> latencies[n]).reversed())
			.limit(SLOWEST)
			.forEach(n -> out.append(String.format("    %.1f ms %s%n", latencies[n] / 1e6,
					java.net.URLDecoder.decode(sent.get(n), StandardCharsets.UTF_8))));
		return out.toString();
	}

	private static double pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	private static List<String> names(ServiceCategory[] categories) {
		return Arrays.stream(categories).map(Enum::name).sorted().toList();
	}
}
