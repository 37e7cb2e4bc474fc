package org.innovoucher.marketplace;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of a contract's audit entries: that of the voucher it spends, the enterprise's. */
@Component
class AuditedContracts extends AuditedEntities.Queries {

	AuditedContracts(JdbcClient jdbc) {
		super(jdbc, Map.of(
				ContractEvents.CONTRACT,
				"select v.region_code from contract c join voucher v on v.id = c.voucher_id where c.id = :id"));
	}
}
