package org.innovoucher.redemption;

import org.innovoucher.policy.Programs;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files a bank or treasury system takes a payment run in: the ISO 20022 credit transfer and the
 * spreadsheet. For finance officers, and only for runs that are recorded: a run awaiting its release
 * has no file yet, so it cannot reach a bank before the second officer has said yes.
 */
@Service
public class PaymentRunFiles {

	/** A file to download: its bytes and a name for it. */
	public record RunFile(byte[] content, String fileName) {
	}

	private final PaymentRuns runs;
	private final Pain001File pain001;
	private final PaymentRunSheet sheet;
	private final PaymentProperties properties;
	private final Programs programs;
	private final Regions regions;

	PaymentRunFiles(PaymentRuns runs, Pain001File pain001, PaymentRunSheet sheet, PaymentProperties properties,
			Programs programs, Regions regions) {
		this.runs = runs;
		this.pain001 = pain001;
		this.sheet = sheet;
		this.properties = properties;
		this.programs = programs;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public RunFile pain001(String runId, CurrentUser user) {
		PaymentRun run = recorded(runId, user);
		String programRegion = programs.get(ProgramId.of(run.getProgramId())).getRegionCode();
		return new RunFile(pain001.write(run, properties.authorityFor(regions.selfAndAncestors(programRegion))),
				"payment-run-" + run.getId() + ".xml");
	}

	@Transactional(readOnly = true)
	public RunFile xlsx(String runId, CurrentUser user) {
		PaymentRun run = recorded(runId, user);
		return new RunFile(sheet.write(run), "payment-run-" + run.getId() + ".xlsx");
	}

	private PaymentRun recorded(String runId, CurrentUser user) {
		PaymentRun run = runs.get(runId, user);
		if (!user.has(Role.FINANCE_OFFICER)) {
			throw DomainException.forbidden("requires role " + Role.FINANCE_OFFICER);
		}
		if (!run.paysNow()) {
			throw DomainException.invalidState("the payment run awaits a second finance officer's release; its files"
					+ " are written once it is released");
		}
		return run;
	}
}
