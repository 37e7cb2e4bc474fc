package org.innovoucher.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where a module lists the steps of its files that are still open past their due date, for the
 * overdue list and the escalation to supervisors. It lives here, below every module, so that the
 * module that escalates knows none of the modules that keep deadlines: each of those implements it
 * as a bean (usually in its {@code web} package, which knows the file pages' addresses).
 */
public interface DeadlineSource {

	/**
	 * The steps due before {@code today} and still open, of files in {@code regionCodes} (every region
	 * when null), the earliest due first.
	 */
	List<OpenStep> overdue(LocalDate today, Collection<String> regionCodes);

	/** How many steps {@link #overdue} lists for these regions: a menu counts on every page, so sources count in the database. */
	default long countOverdue(LocalDate today, Collection<String> regionCodes) {
		return overdue(today, regionCodes).size();
	}

	/**
	 * One step of one file that ran past its due date.
	 *
	 * @param subjectType what the file is (e.g. {@code REDEMPTION}), as notifications name it
	 * @param step which step is late (e.g. {@code CLAIM_REVIEW}); pages and messages name it by the
	 *        bundles' {@code deadline.step.<step>}
	 * @param reference what people recognise the file by (an enterprise's name, a serial number)
	 * @param href the staff page of the file
	 */
	record OpenStep(String subjectType, String subjectId, String step, LocalDate dueOn, String regionCode,
			String reference, String href) {
	}
}
