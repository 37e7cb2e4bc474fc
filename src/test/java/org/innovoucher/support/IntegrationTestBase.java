package org.innovoucher.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Starts the whole application on a random port against a fresh database (H2, or PostgreSQL with
 * {@code -Dinnovoucher.test.database=postgresql}) and talks to it over HTTP only, as clients do.
 * Tests share one application; each builds its own {@link World} so they never depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"innovoucher.clock.adjustable=true", "innovoucher.identity.admin-password=" + IntegrationTestBase.ADMIN_PASSWORD,
		"innovoucher.jobs.interval=PT1H",
		// jobs work in pages; pages of two make every test that expires vouchers go through several
		"innovoucher.jobs.page-size=2" })
@ContextConfiguration(initializers = TestDatabase.class)
@Import(FastPasswords.class)
public abstract class IntegrationTestBase {

	public static final String ADMIN_PASSWORD = "admin-secret-1";

	/** A real SMTP server the application mails to. */
	protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		MAIL.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@LocalServerPort
	protected int port;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	/** A fresh world of staff, parties and a published program, with the clock set to {@code now}. */
	protected World world(String now) {
		return World.create(api, ADMIN_PASSWORD, now);
	}

	protected World world() {
		return world(World.DEFAULT_NOW);
	}
}
