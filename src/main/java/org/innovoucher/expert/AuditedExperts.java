package org.innovoucher.expert;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of an expert's audit entries is the expert's; a panel's, its file's. */
@Component
class AuditedExperts extends AuditedEntities.Queries {

	AuditedExperts(JdbcClient jdbc) {
		super(jdbc, Map.of(ExpertEvents.EXPERT, "select region_code from expert where id = :id", ExpertEvents.PANEL,
				"select region_code from review_panel where id = :id"));
	}
}
