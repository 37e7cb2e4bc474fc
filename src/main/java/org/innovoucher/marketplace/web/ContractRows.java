package org.innovoucher.marketplace.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.institution.Institutions;
import org.innovoucher.marketplace.Contract;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.voucher.Vouchers;
import org.springframework.stereotype.Component;

/** Contracts as the pages show them: with the names of both parties and the voucher's serial, never bare ids. */
@Component
class ContractRows {

	/** A contract with the names it is shown by. */
	record Row(Contract contract, String enterpriseName, String institutionName, String voucherSerial) {
	}

	private final Enterprises enterprises;
	private final Institutions institutions;
	private final Vouchers vouchers;

	ContractRows(Enterprises enterprises, Institutions institutions, Vouchers vouchers) {
		this.enterprises = enterprises;
		this.institutions = institutions;
		this.vouchers = vouchers;
	}

	Row of(Contract c) {
		return of(List.of(c)).get(0);
	}

	/** Each party's name is read once per list, however many of its contracts it shows. */
	List<Row> of(List<Contract> contracts) {
		Map<String, String> names = new HashMap<>();
		return contracts.stream()
			.map(c -> new Row(c,
					names.computeIfAbsent("e" + c.getEnterpriseId(), k -> enterprises.get(EnterpriseId.of(c.getEnterpriseId())).getName()),
					names.computeIfAbsent("i" + c.getInstitutionId(), k -> institutions.get(InstitutionId.of(c.getInstitutionId())).getName()),
					names.computeIfAbsent("v" + c.getVoucherId(), k -> vouchers.get(VoucherId.of(c.getVoucherId())).getSerialNumber())))
			.toList();
	}
}
