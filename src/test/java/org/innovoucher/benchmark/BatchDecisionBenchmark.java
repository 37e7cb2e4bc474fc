package org.innovoucher.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.innovoucher.enterprise.EnterpriseBankAccount;
import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.Recognitions;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.ProgramAuthoring;
import org.innovoucher.policy.ProgramBudgets;
import org.innovoucher.policy.ProgramFixtures;
import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimDrafting;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.redemption.PublicNotice;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.BatchProperties;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.support.FastPasswords;
import org.innovoucher.support.TestDatabase;
import org.innovoucher.voucher.VoucherApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A city reviewer's batch: {@value BatchProperties#DEFAULT_MAX_ITEMS} voucher applications approved
 * in one request, then {@value BatchProperties#DEFAULT_MAX_ITEMS} claims (confirmed, awaiting review)
 * approved in one request; then, once their public notices have ended, the same claims paid in one
 * payment run, in one request (target: under 5 s each on PostgreSQL on 2 cores). The files are brought
 * to the reviewer through the services in process, a few threads at a time; the two decisions go
 * over HTTP, as a client sends them, and are timed from the request to the whole answer read, once
 * the listeners have caught up with the loading and after an untimed warm-up batch of
 * {@value #WARM_UP} files (a server runs warm). It prints both times and the machine's load average.
 *
 * <p>Not part of the test suite (the name matches no surefire include). Run it with
 * <pre>./mvnw test -Dtest=BatchDecisionBenchmark -DskipPostgresTests=true -Dinnovoucher.test.database=postgresql</pre>
 * or without the database property on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"innovoucher.clock.adjustable=true", "innovoucher.jobs.interval=PT24H", "logging.level.org.innovoucher=WARN" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(FastPasswords.class) // password hashing is deliberately slow; it is not what this measures
class BatchDecisionBenchmark {

	private static final int FILES = Integer.getInteger("benchmark.files", BatchProperties.DEFAULT_MAX_ITEMS);
	/** Files decided first, untimed, in a batch of their own: the server is measured warm, as it runs. */
	private static final int WARM_UP = Integer.getInteger("benchmark.warmup", 25);
	private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
	private static final List<String> CITIES = List.of("140100", "140200", "140300", "140400", "140500", "140600",
			"140700", "140800", "140900", "141000", "141100");
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);
	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort int port;
	@Autowired Accounts accounts;
	@Autowired EnterpriseRegistrations enterprises;
	@Autowired InstitutionRegistrations institutions;
	@Autowired Recognitions recognitions;
	@Autowired ProgramAuthoring programs;
	@Autowired ProgramBudgets budgets;
	@Autowired VoucherApplications applications;
	@Autowired Contracts contracts;
	@Autowired ClaimDrafting drafting;
	@Autowired ClaimEvidence evidence;
	@Autowired ClaimReview review;
	@Autowired BusinessClock clock;
	@Autowired JdbcClient jdbc;
	@Autowired PublicNotices notices;
	@Autowired EnterpriseBankAccount bankAccounts;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void decide_a_batch_of_applications_and_a_batch_of_claims() throws Exception {
		int year = 2026;
		clock.set(LocalDate.of(year, 3, 2).atTime(LocalTime.of(9, 0)).atZone(BusinessClock.ZONE).toInstant());
		CurrentUser policy = staff("bench-policy", Role.POLICY_ADMIN);
		CurrentUser operator = staff("bench-operator", Role.OPERATOR);
		staff("bench-reviewer", Role.BUREAU_REVIEWER);
		String reviewer = token("bench-reviewer");
		staff("bench-finance", Role.FINANCE_OFFICER);
		String finance = token("bench-finance");
		ProgramFixtures.Rules shanxi = ProgramFixtures.shanxi();
		shanxi.name = "Batch benchmark " + year;
		shanxi.serviceCategories = List.of(ServiceCategory.values());
		// one run pays them all at once, without a second officer's release
		shanxi.paymentReleaseThreshold = Money.of(1_000_000_000L);
		ProgramId program = policy.runAs(() -> {
			ProgramId id = programs.create(shanxi.raw(), policy).id();
			for (String city : CITIES) {
				budgets.setBudget(id, city, Money.of(100_000L * (FILES + WARM_UP)), policy);
			}
			programs.publish(id, policy);
			return id;
		});
		List<CurrentUser> labs = new ArrayList<>();
		for (String city : CITIES) {
			labs.add(institution(city, operator));
		}

		long loading = System.nanoTime();
		List<CurrentUser> applicants = parallel(i -> enterprise(i, CITIES.get(i % CITIES.size())));
		// the warm-up's files first, then the timed ones
		List<String> applied = parallel(i -> applicants.get(i).runAs(() -> applications.apply(new VoucherApplications.Application(
				program, applicants.get(i).enterprise(), Money.of(50000), "benchmark",
				List.of(ServiceCategory.TESTING_CERTIFICATION)), applicants.get(i)).getId()));
		double loadedApplications = (System.nanoTime() - loading) / 1e9;

		List<JsonNode> issued = new ArrayList<>();
		decideAll("/api/v1/voucher-applications/decisions", reviewer, applied.subList(0, WARM_UP), "APPROVED").answer()
			.forEach(issued::add);
		Timed applicationBatch = decideAll("/api/v1/voucher-applications/decisions", reviewer,
				applied.subList(WARM_UP, applied.size()), "APPROVED");
		applicationBatch.answer().forEach(issued::add);

		loading = System.nanoTime();
		List<ClaimId> claims = parallel(i -> {
			CurrentUser enterprise = applicants.get(i);
			CurrentUser lab = labs.get(i % CITIES.size());
			VoucherId voucher = VoucherId.of(issued.get(i).path("voucherId").asText());
			ContractId contract = enterprise.runAs(() -> contracts.propose(new Contracts.Proposal(lab.institution(), null,
					voucher, "testing", ServiceCategory.TESTING_CERTIFICATION, Money.of(80000), clock.today()), enterprise).id());
			lab.runAs(() -> contracts.answer(contract, true, null, lab));
			ClaimId claim = enterprise.runAs(() -> {
				ClaimId id = drafting.create(new ClaimDrafting.Claim(contract, Money.of(80000), "done", Outputs.NONE),
						enterprise).id();
				for (Attachment.Kind kind : List.of(Attachment.Kind.RESULT_REPORT, Attachment.Kind.CONTRACT,
						Attachment.Kind.INVOICE, Attachment.Kind.PAYMENT_PROOF)) {
					evidence.attach(id, kind, "evidence.pdf", new ByteArrayInputStream(PDF), enterprise);
				}
				return drafting.submit(id, enterprise).id();
			});
			lab.runAs(() -> review.confirm(claim, true, null, lab));
			return claim;
		});
		double loadedClaims = (System.nanoTime() - loading) / 1e9;

		List<String> claimIds = claims.stream().map(ClaimId::value).toList();
		decideAll("/api/v1/redemptions/decisions", reviewer, claimIds.subList(0, WARM_UP), "APPROVED");
		Timed claimBatch = decideAll("/api/v1/redemptions/decisions", reviewer, claimIds.subList(WARM_UP, claimIds.size()),
				"APPROVED");

		// the public notices of each city, ended; the accounts the enterprises are paid to
		List<PublicNotice> opened = new ArrayList<>();
		for (int c = 0; c < CITIES.size(); c++) {
			List<String> ofCity = new ArrayList<>();
			for (int i = c; i < claimIds.size(); i += CITIES.size()) {
				ofCity.add(claimIds.get(i));
			}
			String city = CITIES.get(c);
			opened.add(operator.runAs(() -> notices.open(city, ofCity, operator)));
		}
		LocalDate ended = opened.stream().map(PublicNotice::getEndsOn).max(LocalDate::compareTo).orElseThrow();
		clock.set(ended.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(BusinessClock.ZONE).toInstant());
		for (PublicNotice notice : opened) {
			try {
				operator.runAs(() -> notices.close(notice.getId(), operator));
			}
			catch (DomainException closedAlready) {
				// the notice-closing job, woken by the clock's move, came first
			}
		}
		parallel(i -> applicants.get(i).runAs(() -> bankAccounts.keep(applicants.get(i).enterprise(),
				new BankAccount("Benchmark enterprise " + i, "中国工商银行太原分行", "102161000017",
						String.format("62220202%08d", i)), applicants.get(i))));
		pay(finance, claimIds.subList(0, WARM_UP), "BENCH-WARM-UP");
		Timed paymentRun = pay(finance, claimIds.subList(WARM_UP, claimIds.size()), "BENCH-RUN");

		System.out.printf("%nBatch decisions, %s database, %d files each after a warm-up batch of %d (loaded in %.0f s and %.0f s, %d threads):%n"
				+ "  %d applications approved in one request: %.2f s (%.1f ms per file)%n"
				+ "  %d claims approved in one request:       %.2f s (%.1f ms per file)%n"
				+ "  %d claims paid in one payment run:       %.2f s (%.1f ms per claim)%n"
				+ "  load average (1, 5, 15 min) before and after: applications %s -> %s, claims %s -> %s, run %s -> %s%n%n", TestDatabase.isPostgresql() ? "PostgreSQL" : "H2", FILES,
				WARM_UP, loadedApplications, loadedClaims, THREADS, FILES, applicationBatch.seconds(),
				applicationBatch.seconds() * 1000 / FILES, FILES, claimBatch.seconds(), claimBatch.seconds() * 1000 / FILES,
				FILES, paymentRun.seconds(), paymentRun.seconds() * 1000 / FILES,
				applicationBatch.loadBefore(), applicationBatch.loadAfter(), claimBatch.loadBefore(), claimBatch.loadAfter(),
				paymentRun.loadBefore(), paymentRun.loadAfter());
	}

	/** A request timed: its seconds, the part of its answer the caller checks, the load averages around it. */
	record Timed(double seconds, JsonNode answer, String loadBefore, String loadAfter) {
	}

	/** Approves every file in one request and checks that each was approved. */
	private Timed decideAll(String path, String token, List<String> ids, String expected) throws Exception {
		List<Map<String, Object>> items = ids.stream()
			.map(id -> Map.<String, Object>of("id", id, "decision", "APPROVE", "reason", "complete and verified"))
			.toList();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", "bench-" + path.hashCode() + "-" + System.nanoTime())
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("items", items))))
			.build();
		Timed timed = timed(request, 200);
		JsonNode results = timed.answer().get("results");
		assertThat(results).hasSize(ids.size());
		results.forEach(r -> assertThat(r.path("status").asText()).as(r.toString()).isEqualTo(expected));
		return new Timed(timed.seconds(), results, timed.loadBefore(), timed.loadAfter());
	}

	/** Sends one request on an idle application and times it to the whole answer read; the answer's JSON. */
	private Timed timed(HttpRequest request, int expectedStatus) throws Exception {
		awaitListeners();
		String before = loadAverage();
		long start = System.nanoTime();
		HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - start) / 1e9;
		String after = loadAverage();
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expectedStatus);
		return new Timed(seconds, JSON.readTree(answer.body()), before, after);
	}

	/** Records the claims as paid in one run and checks that it paid each. */
	private Timed pay(String token, List<String> ids, String reference) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/payment-runs"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", reference + "-" + System.nanoTime())
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("redemptionIds", ids, "paidOn",
					clock.today().toString(), "reference", reference))))
			.build();
		Timed timed = timed(request, 201);
		assertThat(timed.answer().path("status").asText()).isEqualTo("RECORDED");
		assertThat(timed.answer().path("count").asInt()).isEqualTo(ids.size());
		return timed;
	}

	/**
	 * Waits until the listeners have handled every event of the loading (notifications of hundreds of
	 * submissions and confirmations): the batch is timed on an otherwise idle application, with only
	 * its own events' listeners running beside it, as in production.
	 */
	private void awaitListeners() throws InterruptedException {
		long until = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
		while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0
				&& System.nanoTime() < until) {
			Thread.sleep(200);
		}
	}

	private static String loadAverage() {
		try {
			return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (Exception unknown) {
			return "unknown";
		}
	}

	private <T> List<T> parallel(IntFunction<T> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < WARM_UP + FILES; i++) {
				int n = i;
				futures.add(pool.submit(() -> work.apply(n)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private String token(String username) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username, "password",
					"bench-password"))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JSON.readTree(answer.body()).get("accessToken").asText();
	}

	/** Staff of the province: the reviewer covers every city. */
	private CurrentUser staff(String username, Role role) {
		String id = accounts.create(new Accounts.NewAccount(username, "bench-password", username + "@bench.local",
				Set.of(role), "140000", null, null)).getId();
		return new CurrentUser(id, username, EnumSet.of(role), "140000", null, null);
	}

	private CurrentUser enterprise(int n, String city) {
		String username = "bench-ent-" + n;
		EnterpriseRegistrations.Registered registered = enterprises.register(new EnterpriseRegistrations.Registration(
				username, "bench-password", username + "@bench.local", uscc("91" + city, n), "Benchmark enterprise " + n,
				city, SizeClass.SMALL, "manufacturing", null, "Legal Rep", "0351-0000000", List.of()));
		return new CurrentUser(registered.userId(), username, EnumSet.of(Role.ENTERPRISE), null,
				registered.enterpriseId(), null);
	}

	private CurrentUser institution(String city, CurrentUser operator) {
		String username = "bench-lab-" + city;
		InstitutionRegistrations.Registered registered = institutions.register(new InstitutionRegistrations.Registration(
				username, "bench-password", username + "@bench.local", uscc("12" + city, 999_999 - Integer.parseInt(city) % 1000),
				"Testing centre " + city, city, InstitutionType.TESTING_CERTIFICATION, EnumSet.allOf(ServiceCategory.class),
				List.of("CMA"), List.of()));
		operator.runAs(() -> recognitions.decide(InstitutionId.of(registered.institutionId()), Institution.Status.RECOGNISED,
				"ok", operator));
		String user = accounts.findByUsername(username).orElseThrow().getId();
		return new CurrentUser(user, username, EnumSet.of(Role.INSTITUTION), null, null, registered.institutionId());
	}

	/** A valid code: 8 characters of prefix, a 9-digit number, the check character. */
	private static String uscc(String prefix, int n) {
		String first17 = prefix + String.format("%09d", n);
		return first17 + Uscc.checkCharacter(first17);
	}
}
