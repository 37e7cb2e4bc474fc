package org.innovoucher.institution;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of an institution's audit entries and of its catalog's: the institution's. */
@Component
class AuditedInstitutions extends AuditedEntities.Queries {

	AuditedInstitutions(JdbcClient jdbc) {
		super(jdbc, Map.of(
				InstitutionEvents.INSTITUTION, "select region_code from institution where id = :id",
				InstitutionEvents.SERVICE, """
						select i.region_code from service_item s join institution i on i.id = s.institution_id
						where s.id = :id"""));
	}
}
