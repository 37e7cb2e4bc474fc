package org.innovoucher.identity;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from configuration. Without a configured password a random one is
 * generated and printed once to the log.
 */
@Component
class BootstrapAdministrator {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final Accounts accounts;
	private final IdentityProperties properties;

	BootstrapAdministrator(Accounts accounts, IdentityProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void createAdministrator() {
		if (accounts.findByUsername(properties.adminUsername()).isPresent()) {
			return;
		}
		String password = properties.adminPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = randomPassword();
		}
		accounts.create(new Accounts.NewAccount(properties.adminUsername(), password, properties.adminEmail(),
				EnumSet.of(Role.SYSTEM_ADMIN), Regions.COUNTRY, null, null));
		if (generated) {
			log.warn("Created administrator '{}' with generated password: {}  (printed once; set INNOVOUCHER_ADMIN_PASSWORD to choose it)",
					properties.adminUsername(), password);
		}
		else {
			log.info("Created administrator '{}' from configuration", properties.adminUsername());
		}
	}

	private static String randomPassword() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
