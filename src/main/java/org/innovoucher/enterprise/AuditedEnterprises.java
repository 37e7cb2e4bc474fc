package org.innovoucher.enterprise;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of an enterprise's audit entries and of its agency delegations: the enterprise's. */
@Component
class AuditedEnterprises extends AuditedEntities.Queries {

	AuditedEnterprises(JdbcClient jdbc) {
		super(jdbc, Map.of(
				EnterpriseEvents.ENTERPRISE, "select region_code from enterprise where id = :id",
				EnterpriseEvents.DELEGATION, """
						select e.region_code from agency_delegation d join enterprise e on e.id = d.enterprise_id
						where d.id = :id"""));
	}
}
