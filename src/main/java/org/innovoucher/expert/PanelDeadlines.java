package org.innovoucher.expert;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.DeadlineSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert's round that ran past its due date without the expert's scores: on the overdue list and
 * escalated to the region's supervisors like every other step, so a slow panel never holds a file up
 * unseen. The file is named by its title and the late expert; the list links to the pool page, where
 * the operator sees each expert's load and timeliness.
 */
@Component
public class PanelDeadlines implements DeadlineSource {

	/** An expert's seat whose round is due and not yet scored: whom to remind, of what, by when. */
	public record DueSeat(String seatId, String expertUserId, String title, LocalDate dueOn) {
	}

	/** The step's name in the bundles' {@code deadline.step.<step>}. */
	static final String STEP = "EXPERT_ROUND";
	private static final String POOL_PAGE = "/workspace/experts";

	private final AssignmentRepository assignments;
	private final ExpertRepository experts;

	PanelDeadlines(AssignmentRepository assignments, ExpertRepository experts) {
		this.assignments = assignments;
		this.experts = experts;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OpenStep> overdue(LocalDate today, Collection<String> regionCodes) {
		Map<String, String> names = new HashMap<>();
		return assignments.unscoredSeatsDueBefore(today).stream()
			.filter(row -> regionCodes == null || regionCodes.contains(((ReviewPanel) row[1]).getRegionCode()))
			.map(row -> {
				PanelAssignment seat = (PanelAssignment) row[0];
				ReviewPanel panel = (ReviewPanel) row[1];
				String expert = names.computeIfAbsent(seat.getExpertId(),
						id -> experts.findById(id).map(Expert::getName).orElse(id));
				// one step per seat: each late expert is escalated once for the round
				return new OpenStep("PANEL_ASSIGNMENT", seat.getId(), STEP, seat.getDueOn(), panel.getRegionCode(),
						panel.getTitle() + " · " + expert, POOL_PAGE);
			})
			.toList();
	}

	/** The seats due by {@code day} (inclusive) still waiting for their expert's scores, for the reminders. */
	@Transactional(readOnly = true)
	public List<DueSeat> unscoredDueBy(LocalDate day) {
		return assignments.unscoredSeatsDueBefore(day.plusDays(1)).stream().map(row -> {
			PanelAssignment seat = (PanelAssignment) row[0];
			String userId = experts.findById(seat.getExpertId()).map(Expert::getUserId).orElse(null);
			return new DueSeat(seat.getId(), userId, ((ReviewPanel) row[1]).getTitle(), seat.getDueOn());
		}).filter(s -> s.expertUserId() != null).toList();
	}
}
