package org.innovoucher.expert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much each expert of a region carries and how timely they score (domain.md: "Expert workload
 * and timeliness are reported"). A seat's scores are on time when the last round it scored was
 * scored by its due date; a seat still open past its due date counts as late too.
 */
@Service
public class Workload {

	/** One expert's line: seats held (declined ones left out), open now, on time, late, mean working days to score. */
	public record Line(String expertId, String name, long assignments, long open, long onTime, long late,
			BigDecimal meanWorkingDays) {
	}

	private final ExpertRepository experts;
	private final AssignmentRepository assignments;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	Workload(ExpertRepository experts, AssignmentRepository assignments, Regions regions, WorkingDays workingDays,
			BusinessClock clock) {
		this.experts = experts;
		this.assignments = assignments;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** The lines of the experts of the signed-in staff member's region. */
	@Transactional(readOnly = true)
	public List<Line> ofRegion(CurrentUser user) {
		if (!user.isStaff()) {
			throw DomainException.forbidden("staff only");
		}
		List<Expert> pool = experts.findAllByOrderByName()
			.stream()
			.filter(e -> regions.isWithin(e.getRegionCode(), user.regionCode()))
			.toList();
		Map<String, List<PanelAssignment>> seats = assignments.findByExpertIdIn(pool.stream().map(Expert::getId).toList())
			.stream()
			.filter(PanelAssignment::isActive)
			.collect(Collectors.groupingBy(PanelAssignment::getExpertId));
		LocalDate today = clock.today();
		List<Line> lines = new ArrayList<>();
		for (Expert expert : pool) {
			List<PanelAssignment> own = seats.getOrDefault(expert.getId(), List.of());
			long open = 0;
			long onTime = 0;
			long late = 0;
			long days = 0;
			long scored = 0;
			for (PanelAssignment a : own) {
				LocalDate last = a.scoredOn(2) != null ? a.scoredOn(2) : a.scoredOn(1);
				if (a.getStatus() == PanelAssignment.Status.OPEN) {
					open++;
				}
				if (a.scoredOn(1) != null) {
					scored++;
					days += workingDays.workingDaysBetween(a.getAssignedOn(), a.scoredOn(1));
				}
				if (last != null) {
					if (last.isAfter(a.getDueOn())) {
						late++;
					}
					else {
						onTime++;
					}
				}
				else if (a.getDueOn().isBefore(today)) {
					late++;
				}
			}
			lines.add(new Line(expert.getId(), expert.getName(), own.size(), open, onTime, late,
					scored == 0 ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP)));
		}
		return lines;
	}
}
