package org.innovoucher.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.DeadlineSource.OpenStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The escalations made, durably: one row per missed step and due date, written with the supervisors'
 * notifications, so that each is sent once however often the job runs, and the overdue list can say
 * when.
 */
@Component
class Escalations {

	/** Which missed step: a step dated again (a claim reopened to review) is a new one. */
	record Key(String subjectType, String subjectId, String step, LocalDate dueOn) {

		static Key of(OpenStep step) {
			return new Key(step.subjectType(), step.subjectId(), step.step(), step.dueOn());
		}
	}

	/** Lists of ids in one query stay well below what databases take as parameters. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	Escalations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When each of these steps was escalated; the steps not escalated yet are absent. */
	Map<Key, Instant> escalatedAt(Collection<OpenStep> steps) {
		Map<Key, Instant> found = new HashMap<>();
		List<String> ids = steps.stream().map(OpenStep::subjectId).distinct().toList();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("""
					select subject_type, subject_id, step, due_on, escalated_at from deadline_escalation
					where subject_id in (:ids)""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs, n) -> found.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class)), rs.getTimestamp(5).toInstant()))
				.list();
		}
		return found;
	}

	boolean isEscalated(OpenStep step) {
		return jdbc.sql("""
				select count(*) from deadline_escalation
				where subject_type = :type and subject_id = :id and step = :step and due_on = :due""")
			.param("type", step.subjectType())
			.param("id", step.subjectId())
			.param("step", step.step())
			.param("due", step.dueOn())
			.query(Long.class)
			.single() > 0;
	}

	/** Records the escalation; the primary key refuses a second one of the same step and due date. */
	void record(OpenStep step, Instant at, int recipients) {
		jdbc.sql("""
				insert into deadline_escalation (subject_type, subject_id, step, due_on, region_code, escalated_at, recipients)
				values (:type, :id, :step, :due, :region, :at, :recipients)""")
			.param("type", step.subjectType())
			.param("id", step.subjectId())
			.param("step", step.step())
			.param("due", step.dueOn())
			.param("region", step.regionCode())
			.param("at", Timestamp.from(at))
			.param("recipients", recipients)
			.update();
	}
}
