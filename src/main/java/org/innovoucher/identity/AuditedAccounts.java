package org.innovoucher.identity;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of an account's audit entries: a staff member's own; none for parties' accounts (their records are the enterprise's or institution's). */
@Component
class AuditedAccounts extends AuditedEntities.Queries {

	AuditedAccounts(JdbcClient jdbc) {
		super(jdbc, Map.of(
				AccountEvents.USER, "select region_code from app_user where id = :id"));
	}
}
