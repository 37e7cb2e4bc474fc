package org.innovoucher.policy;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of a program's audit entries: the region that runs it. */
@Component
class AuditedPrograms extends AuditedEntities.Queries {

	AuditedPrograms(JdbcClient jdbc) {
		super(jdbc, Map.of(
				ProgramEvents.PROGRAM, "select region_code from program where id = :id"));
	}
}
