package org.innovoucher.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.innovoucher.audit.AuditTrail;
import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.SizeClass;
import org.innovoucher.identity.Accounts;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.Recognitions;
import org.innovoucher.ledger.Balances;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.Cycle;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.ProgramAuthoring;
import org.innovoucher.policy.ProgramBudgets;
import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimDrafting;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.ClaimSettlement;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.support.FastPasswords;
import org.innovoucher.support.TestDatabase;
import org.innovoucher.voucher.ApplicationReview;
import org.innovoucher.voucher.VoucherApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Replays a program year, every file through every step, in process (the services, the real
 * database, the ledger, the audit chain and the notification events; no HTTP): N enterprises over
 * Shanxi's 11 cities register, apply, are issued a voucher, sign a contract, claim with four evidence
 * files, are confirmed, approved, publicly noticed and paid. It prints the throughput per step, the
 * time a national year (one million claims) would take at that rate and the heap used, then checks
 * that the books reconcile and the audit chain verifies.
 *
 * <p>Not part of the test suite (the name matches no surefire include). Run it with
 * <pre>./mvnw test -Dtest=YearReplayBenchmark -Dbenchmark.enterprises=2000 -Dbenchmark.threads=4 -DskipPostgresTests=true</pre>
 * and add {@code -Dinnovoucher.test.database=postgresql} for PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
		"innovoucher.clock.adjustable=true", "innovoucher.jobs.interval=PT24H", "logging.level.org.innovoucher=WARN" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(FastPasswords.class) // password hashing is deliberately slow; it is not what this measures
class YearReplayBenchmark {

	private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 1000);
	private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
	private static final List<String> CITIES = List.of("140100", "140200", "140300", "140400", "140500", "140600",
			"140700", "140800", "140900", "141000", "141100");
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired Accounts accounts;
	@Autowired EnterpriseRegistrations enterprises;
	@Autowired InstitutionRegistrations institutions;
	@Autowired Recognitions recognitions;
	@Autowired ProgramAuthoring programs;
	@Autowired ProgramBudgets budgets;
	@Autowired VoucherApplications applications;
	@Autowired ApplicationReview applicationReview;
	@Autowired Contracts contracts;
	@Autowired ClaimDrafting drafting;
	@Autowired ClaimEvidence evidence;
	@Autowired ClaimReview review;
	@Autowired ClaimSettlement settlement;
	@Autowired PublicNotices notices;
	@Autowired Ledger ledger;
	@Autowired AuditTrail audit;
	@Autowired BusinessClock clock;

	private final Map<String, Long> nanos = new ConcurrentHashMap<>();

	record File(CurrentUser enterprise, String city, VoucherId voucher, ContractId contract, ClaimId claim) {
	}

	@Test
	void replay_a_program_year() throws Exception {
		int year = 2026;
		moveTo(LocalDate.of(year, 1, 5));
		CurrentUser policy = staff("bench-policy", Role.POLICY_ADMIN, "140000");
		CurrentUser operator = staff("bench-operator", Role.OPERATOR, "140000");
		CurrentUser finance = staff("bench-finance", Role.FINANCE_OFFICER, "140000");
		Map<String, CurrentUser> reviewers = new ConcurrentHashMap<>();
		Map<String, CurrentUser> labs = new ConcurrentHashMap<>();
		for (String city : CITIES) {
			reviewers.put(city, staff("bench-reviewer-" + city, Role.BUREAU_REVIEWER, city));
			labs.put(city, institution(city, operator));
		}
		ProgramRules rules = new ProgramRules("Benchmark " + year, "140000", year, Cycle.ANNUAL, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31), null, List.of(Money.of(50000), Money.of(100000)),
				Map.of(), Ratio.parse("0.50"), Map.of("140100", Ratio.parse("0.60")), Money.of(200000), null, null,
				List.of(ServiceCategory.values()), List.of("140000"), false, null, false, 1, 10, 5, 10, 5, 10, 3, false, 2);
		ProgramId program = policy.runAs(() -> {
			ProgramId id = programs.create(rules, policy).id();
			for (String city : CITIES) {
				budgets.setBudget(id, city, Money.of(100_000L * ENTERPRISES), policy);
			}
			programs.publish(id, policy);
			return id;
		});

		long started = System.nanoTime();
		List<File> files = parallel(i -> {
			String city = CITIES.get(i % CITIES.size());
			CurrentUser enterprise = time("register", () -> enterprise(i, city));
			String application = time("apply", () -> enterprise.runAs(() -> applications.apply(new VoucherApplications.Application(program,
					enterprise.enterprise(), Money.of(50000), "benchmark", List.of(ServiceCategory.TESTING_CERTIFICATION)),
					enterprise).getId()));
			CurrentUser reviewer = reviewers.get(city);
			VoucherId voucher = time("approve and issue", () -> VoucherId.of(reviewer.runAs(() -> applicationReview
				.decide(application, ApplicationReview.Decision.APPROVE, "ok", reviewer).getVoucherId())));
			CurrentUser lab = labs.get(city);
			ContractId contract = time("propose contract", () -> enterprise.runAs(() -> contracts.propose(new Contracts.Proposal(
					lab.institution(), null, voucher, "testing", ServiceCategory.TESTING_CERTIFICATION, Money.of(80000),
					clock.today()), enterprise).id()));
			time("accept contract", () -> lab.runAs(() -> contracts.answer(contract, true, null, lab)));
			ClaimId claim = time("claim with evidence", () -> enterprise.runAs(() -> {
				ClaimId id = drafting.create(new ClaimDrafting.Claim(contract, Money.of(80000), "done", Outputs.NONE),
						enterprise).id();
				for (Attachment.Kind kind : Attachment.Kind.values()) {
					evidence.attach(id, kind, "evidence.pdf", new ByteArrayInputStream(PDF), enterprise);
				}
				return drafting.submit(id, enterprise).id();
			}));
			time("confirm", () -> lab.runAs(() -> review.confirm(claim, true, null, lab)));
			time("review", () -> reviewer.runAs(() -> review.decide(claim, ClaimReview.Decision.APPROVE, null, "ok",
					reviewer)));
			return new File(enterprise, city, voucher, contract, claim);
		});
		List<String> noticeIds = new ArrayList<>();
		time("public notice (per city)", () -> {
			for (String city : CITIES) {
				List<String> claims = files.stream().filter(f -> f.city().equals(city)).map(f -> f.claim().value())
					.toList();
				if (!claims.isEmpty()) {
					noticeIds.add(operator.runAs(() -> notices.open(city, claims, operator).getId()));
				}
			}
			return null;
		});
		time("notice end (close all)", () -> {
			moveTo(clock.today().plusDays(20));
			return null;
		});
		parallel(i -> time("pay", () -> finance.runAs(() -> settlement.pay(files.get(i).claim(), clock.today(),
				"PAY-" + i, finance))), files.size());
		long elapsed = System.nanoTime() - started;

		report(elapsed);

		Money paid = Money.ZERO;
		for (Balances b : ledger.balances(program)) {
			if (b.regionCode() != null && CITIES.contains(b.regionCode())) {
				paid = paid.plus(b.paid());
			}
		}
		// 50,000 at 100% and 30,000 at the excess ratio: 0.60 in Taiyuan, 0.50 elsewhere
		long taiyuan = files.stream().filter(f -> f.city().equals("140100")).count();
		assertThat(paid).isEqualTo(Money.of(68000 * taiyuan + 65000 * (files.size() - taiyuan)));
		assertThat(ledger.isBalanced(program)).isTrue();
		assertThat(audit.verify().valid()).isTrue();
	}

	private <T> List<T> parallel(IntFunction<T> work) throws Exception {
		return parallel(work, ENTERPRISES);
	}

	private <T> List<T> parallel(IntFunction<T> work, int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
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

	private <T> T time(String step, Supplier<T> work) {
		long start = System.nanoTime();
		try {
			return work.get();
		}
		finally {
			nanos.merge(step, System.nanoTime() - start, Long::sum);
		}
	}

	private void report(long elapsed) {
		double seconds = elapsed / 1e9;
		long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.map(MemoryPoolMXBean::getPeakUsage)
			.mapToLong(u -> u.getUsed())
			.sum();
		StringBuilder out = new StringBuilder();
		out.append(String.format("%nYear replay: %d claims, %d threads, %s database%n", ENTERPRISES, THREADS,
				TestDatabase.isPostgresql() ? "PostgreSQL" : "H2"));
		nanos.forEach((step, n) -> out.append(String.format("  %-26s %10.1f ms total, %8.2f ms per file (thread time)%n",
				step, n / 1e6, n / 1e6 / ENTERPRISES)));
		out.append(String.format("  wall time %.1f s: %.1f files/s through all steps; a national year of 1,000,000 "
				+ "claims at this rate: %s%n", seconds, ENTERPRISES / seconds,
				Duration.ofSeconds((long) (1_000_000 / (ENTERPRISES / seconds)))));
		out.append(String.format("  peak heap (sum of pools) %d MB%n", heap / (1024 * 1024)));
		System.out.println(out);
	}

	private void moveTo(LocalDate day) {
		clock.set(day.atTime(LocalTime.of(9, 0)).atZone(BusinessClock.ZONE).toInstant());
	}

	private CurrentUser staff(String username, Role role, String region) {
		String id = accounts.create(new Accounts.NewAccount(username, "bench-password", username + "@bench.local",
				Set.of(role), region, null, null)).getId();
		return new CurrentUser(id, username, EnumSet.of(role), region, null, null);
	}

	private CurrentUser enterprise(int n, String city) {
		String username = "bench-ent-" + n;
		EnterpriseRegistrations.Registered registered = enterprises.register(new EnterpriseRegistrations.Registration(username, "bench-password",
				username + "@bench.local", uscc("91" + city, n), "Benchmark enterprise " + n, city, SizeClass.SMALL,
				"manufacturing", null, "Legal Rep", "0351-0000000", List.of()));
		return new CurrentUser(registered.userId(), username, EnumSet.of(Role.ENTERPRISE), null,
				registered.enterpriseId(), null);
	}

	private CurrentUser institution(String city, CurrentUser operator) {
		String username = "bench-lab-" + city;
		InstitutionRegistrations.Registered registered = institutions.register(new InstitutionRegistrations.Registration(username,
				"bench-password", username + "@bench.local", uscc("12" + city, 999_999 - Integer.parseInt(city) % 1000),
				"Testing centre " + city, city, InstitutionType.TESTING_CERTIFICATION,
				EnumSet.allOf(ServiceCategory.class), List.of("CMA"), List.of()));
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
