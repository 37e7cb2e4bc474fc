package org.innovoucher.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate operating-system process, started as an operator would start it
 * (its own JVM, the embedded H2 file database in a data folder, or a PostgreSQL database), so that
 * a test can kill it with SIGKILL and start it again on the same data. Not a context shutdown: no
 * shutdown hook, no pool close, no flush runs when it is killed. It runs the production main class
 * and configuration on the test class path; the one test configuration there, {@link FastPasswords},
 * is picked up by component scanning (outside a test context nothing excludes it), so its accounts
 * hash passwords at the low test cost.
 */
public final class AppProcess {

	public static final String ADMIN_PASSWORD = "admin-secret-1";
	private static final String TOKEN_SECRET = "crash-test-token-secret-of-at-least-32-characters";
	private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

	private final Path dataDir;
	private final String databaseUrl;
	private final int port;
	private Process process;
	private int starts;

	private AppProcess(Path dataDir, String databaseUrl) {
		this.dataDir = dataDir;
		this.databaseUrl = databaseUrl;
		this.port = freePort();
	}

	/**
	 * A new installation in {@code dataDir}: the embedded H2 default, or, with
	 * {@code -Dinnovoucher.test.database=postgresql}, a fresh PostgreSQL database (as TestDatabase makes).
	 */
	public static AppProcess install(Path dataDir) {
		return new AppProcess(dataDir, TestDatabase.isPostgresql() ? createPostgresqlDatabase() : null);
	}

	public int port() {
		return port;
	}

	/** Starts the application and waits until it is ready for traffic. */
	public AppProcess start() {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"-Dinnovoucher.data-dir=" + dataDir, "-Dinnovoucher.evidence.dir=" + dataDir.resolve("evidence"),
				"-Dserver.port=" + port, "-Dinnovoucher.identity.admin-password=" + ADMIN_PASSWORD,
				"-Dinnovoucher.identity.token-secret=" + TOKEN_SECRET, "-Dinnovoucher.clock.adjustable=true",
				"-Dinnovoucher.jobs.interval=PT1H",
				// the readiness probe turns UP only after the start-up work (the first administrator) is done
				"-Dmanagement.endpoint.health.probes.enabled=true"));
		if (databaseUrl != null) {
			command.add("-Dspring.datasource.url=" + databaseUrl);
			command.add("-Dspring.datasource.username=" + System.getProperty("innovoucher.test.pg.user", "postgres"));
			command.add("-Dspring.datasource.password=" + System.getProperty("innovoucher.test.pg.password", ""));
		}
		command.add("org.innovoucher.InnovoucherApplication");
		try {
			Files.createDirectories(dataDir);
			starts++;
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log().toFile())
				.start();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		awaitHealthy();
		return this;
	}

	/**
	 * Kills the process with SIGKILL ({@code kill -9}; on Linux {@link Process#destroyForcibly()} sends
	 * SIGKILL straight from this JVM, without the delay of starting a {@code kill} command): it gets no
	 * chance to flush or close anything. Returns the exit status, 137 (128 + 9) for a process that
	 * SIGKILL ended.
	 */
	public int kill() {
		process.destroyForcibly();
		try {
			if (!process.waitFor(1, TimeUnit.MINUTES)) {
				throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
			}
			return process.exitValue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Stops the process if it still runs (the end of a test). */
	public void stop() {
		if (process != null && process.isAlive()) {
			process.destroyForcibly();
			try {
				process.waitFor(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private Path log() {
		return dataDir.resolve("app-" + starts + ".log");
	}

	private void awaitHealthy() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application exited with " + process.exitValue() + ":\n" + tail());
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		stop();
		throw new IllegalStateException("the application did not start within " + START_TIMEOUT + ":\n" + tail());
	}

	/** The end of the process's log, for a failure message. */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(log());
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String createPostgresqlDatabase() {
		String name = "iv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		String adminUrl = System.getProperty("innovoucher.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
		try (Connection connection = DriverManager.getConnection(adminUrl,
				System.getProperty("innovoucher.test.pg.user", "postgres"),
				System.getProperty("innovoucher.test.pg.password", ""));
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot create the test database on " + adminUrl, e);
		}
		return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
	}
}
