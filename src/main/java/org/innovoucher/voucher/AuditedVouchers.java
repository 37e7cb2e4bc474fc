package org.innovoucher.voucher;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of applications' and vouchers' audit entries: the applying enterprise's. */
@Component
class AuditedVouchers extends AuditedEntities.Queries {

	AuditedVouchers(JdbcClient jdbc) {
		super(jdbc, Map.of(
				VoucherEvents.APPLICATION, "select region_code from voucher_application where id = :id",
				VoucherEvents.VOUCHER, "select region_code from voucher where id = :id"));
	}
}
