package org.innovoucher.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DeadlineSource;
import org.innovoucher.shared.DeadlineSource.OpenStep;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * The files whose step ran past its due date, of every {@link DeadlineSource}: for staff, those of
 * their regions with how late each is and when it was escalated; for the escalation, all of them.
 */
@Service
public class OverdueFiles {

	/** One late step, {@code workingDaysOverdue} working days after its due date; {@code escalatedAt} null until escalated. */
	public record Overdue(OpenStep step, int workingDaysOverdue, Instant escalatedAt) {
	}

	private static final Comparator<OpenStep> EARLIEST_DUE = Comparator.comparing(OpenStep::dueOn)
		.thenComparing(OpenStep::step)
		.thenComparing(OpenStep::subjectId);

	private final List<DeadlineSource> sources;
	private final Escalations escalations;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	OverdueFiles(List<DeadlineSource> sources, Escalations escalations, Regions regions, WorkingDays workingDays,
			BusinessClock clock) {
		this.sources = sources;
		this.escalations = escalations;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The overdue files of the staff member's regions, the longest overdue first. */
	public List<Overdue> of(CurrentUser user) {
		if (!user.isStaff()) {
			throw DomainException.forbidden("the overdue list is for staff");
		}
		LocalDate today = clock.today();
		List<OpenStep> steps = collect(today, regions.scope(user.regionCode()));
		Map<Escalations.Key, Instant> escalated = escalations.escalatedAt(steps);
		return steps.stream()
			.map(s -> new Overdue(s, workingDays.workingDaysBetween(s.dueOn(), today),
					escalated.get(Escalations.Key.of(s))))
			.toList();
	}

	/** How many files of the staff member's regions are overdue (the menu's count); none for others. */
	public long count(CurrentUser user) {
		if (!user.isStaff()) {
			return 0;
		}
		LocalDate today = clock.today();
		List<String> scope = regions.scope(user.regionCode());
		if (scope.isEmpty()) {
			// a region unknown to the tree covers nothing; an empty list is no query at all
			return 0;
		}
		return sources.stream().mapToLong(s -> s.countOverdue(today, scope)).sum();
	}

	/** Every overdue step of every region, for the escalation. */
	List<OpenStep> all(LocalDate today) {
		return collect(today, null);
	}

	private List<OpenStep> collect(LocalDate today, Collection<String> scope) {
		Collection<String> regionSet = scope == null ? null : new java.util.HashSet<>(scope);
		return sources.stream().flatMap(s -> s.overdue(today, regionSet).stream()).sorted(EARLIEST_DUE).toList();
	}
}
