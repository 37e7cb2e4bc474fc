package org.innovoucher.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points each test application context at a fresh database: an in-memory H2 in PostgreSQL mode by
 * default, or, with {@code -Dinnovoucher.test.database=postgresql}, a new database created on the
 * PostgreSQL server named by {@code innovoucher.test.pg.url} (default 127.0.0.1:5432). With
 * {@code innovoucher.test.h2.dir} set, H2 keeps the database in a file in that folder, as the
 * application does (a benchmark's million rows would otherwise live in its heap), and with
 * {@code innovoucher.test.h2.name} too, the same one again (a benchmark measuring the last run's rows).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static boolean isPostgresql() {
		return "postgresql".equalsIgnoreCase(System.getProperty("innovoucher.test.database", "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = System.getProperty("innovoucher.test.h2.name",
				"iv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT));
		if (isPostgresql()) {
			String adminUrl = System.getProperty("innovoucher.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
			String user = System.getProperty("innovoucher.test.pg.user", "postgres");
			String password = System.getProperty("innovoucher.test.pg.password", "");
			try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot create the test database on " + adminUrl
						+ " (is PostgreSQL running? see README)", e);
			}
			String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
			TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=" + user,
					"spring.datasource.password=" + password).applyTo(context);
		}
		else {
			String dir = System.getProperty("innovoucher.test.h2.dir");
			String where = dir == null ? "mem:" + name : "file:" + dir + "/" + name;
			TestPropertyValues.of("spring.datasource.url=jdbc:h2:" + where
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
					"spring.datasource.username=sa", "spring.datasource.password=").applyTo(context);
		}
	}
}
