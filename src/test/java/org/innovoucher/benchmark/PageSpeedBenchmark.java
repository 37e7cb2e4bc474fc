package org.innovoucher.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.innovoucher.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every page of the portal on the demo data, as a visitor and as each kind of signed-in person:
 * {@value #ROUNDS} requests of each page, one after another over HTTP, the whole HTML answer read,
 * printing p50/p95/p99 per page (target: p95 under 100 ms). Pages are found by following the links
 * of the pages before, so the benchmark walks what a person can reach.
 *
 * <p>Not part of the test suite (the name matches no surefire include). Run it with
 * <pre>./mvnw test -Dtest=PageSpeedBenchmark -DskipPostgresTests=true</pre>
 * and add {@code -Dinnovoucher.test.database=postgresql} for PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"innovoucher.jobs.interval=PT24H", "logging.level.org.innovoucher=WARN" })
@ContextConfiguration(initializers = TestDatabase.class)
@ActiveProfiles("demo")
class PageSpeedBenchmark {

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 200);
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void every_page_on_the_demo_data() throws Exception {
		Map<String, long[]> figures = new LinkedHashMap<>();
		HttpClient visitor = client();
		List<String> pages = new ArrayList<>(List.of("/", "/programs", "/services", "/services?q="
				+ URLEncoder.encode("检测", StandardCharsets.UTF_8), "/institutions", "/notices", "/stats", "/guides", "/faq",
				"/login", "/register/enterprise", "/register/institution"));
		pages.add(first(visitor, "/programs", "/programs/[^\"?#/]+"));
		pages.add(first(visitor, "/services", "/services/[^\"?#/]+"));
		pages.add(first(visitor, "/institutions", "/institutions/[^\"?#/]+"));
		pages.add(first(visitor, "/notices", "/notices/[^\"?#/]+"));
		pages.add(first(visitor, "/guides", "/articles/[^\"?#/]+"));
		for (String page : pages) {
			figures.put("visitor " + page, measure(visitor, page));
		}
		for (String username : new String[] { "demo-enterprise", "demo-agency", "demo-lab", "demo-reviewer",
				"demo-operator", "demo-finance" }) {
			HttpClient signedIn = signIn(username);
			// the pages of the workspace this person reaches in one step from it
			List<String> reached = new ArrayList<>(List.of("/workspace"));
			reached.addAll(links(get(signedIn, "/workspace"), "/workspace/[^\"?#]*"));
			for (String page : reached.stream().distinct().limit(12).toList()) {
				// a page that sends this person elsewhere (nothing to apply for today) is not a page to time
				if (status(signedIn, page) == 200) {
					figures.put(username + " " + page, measure(signedIn, page));
				}
			}
		}
		StringBuilder out = new StringBuilder(String.format("%nPages on the demo data, %s database, %d requests each:%n",
				TestDatabase.isPostgresql() ? "PostgreSQL" : "H2", ROUNDS));
		long[] all = figures.values().stream().flatMapToLong(Arrays::stream).sorted().toArray();
		figures.forEach((page, latencies) -> out.append(String.format("  %-60s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n",
				page, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99))));
		out.append(String.format("  %-60s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", "all pages", pct(all, 50),
				pct(all, 95), pct(all, 99)));
		System.out.println(out);
	}

	private long[] measure(HttpClient client, String page) throws Exception {
		for (int n = 0; n < 20; n++) {
			get(client, page); // warm-up: the JIT, the template cache
		}
		long[] latencies = new long[ROUNDS];
		for (int n = 0; n < ROUNDS; n++) {
			long t = System.nanoTime();
			get(client, page);
			latencies[n] = System.nanoTime() - t;
		}
		Arrays.sort(latencies);
		return latencies;
	}

	private String get(HttpClient client, String page) throws Exception {
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(page)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException(page + " answered " + answer.statusCode());
		}
		return answer.body();
	}

	private int status(HttpClient client, String page) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpClient signIn(String username) throws Exception {
		HttpClient client = client();
		Matcher token = CSRF.matcher(get(client, "/login"));
		if (!token.find()) {
			throw new IllegalStateException("the login page has no CSRF token");
		}
		String form = "username=" + username + "&password=demo-password&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException(username + " could not sign in: " + answer.statusCode());
		}
		return client;
	}

	private String first(HttpClient client, String page, String link) throws Exception {
		return links(get(client, page), link).stream().findFirst()
			.orElseThrow(() -> new IllegalStateException(page + " links to no " + link));
	}

	/** The addresses of {@code href}s matching {@code link}, in the page's order. */
	private static List<String> links(String html, String link) {
		Matcher m = Pattern.compile("href=\"(" + link + ")\"").matcher(html);
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1).replace("&amp;", "&"));
		}
		return found;
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private URI uri(String page) {
		return URI.create("http://127.0.0.1:" + port + page);
	}

	private static double pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}
}
