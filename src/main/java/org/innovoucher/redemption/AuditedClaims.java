package org.innovoucher.redemption;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of claims', notices', objections' and payment runs' audit entries. */
@Component
class AuditedClaims extends AuditedEntities.Queries {

	AuditedClaims(JdbcClient jdbc) {
		super(jdbc, Map.of(
				AuditedChanges.CLAIM, "select region_code from redemption where id = :id",
				AuditedChanges.NOTICE, "select region_code from public_notice where id = :id",
				AuditedChanges.RUN, "select region_code from payment_run where id = :id",
				AuditedChanges.OBJECTION, """
						select r.region_code from objection o join redemption r on r.id = o.redemption_id
						where o.id = :id"""));
	}
}
