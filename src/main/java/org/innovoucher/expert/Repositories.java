package org.innovoucher.expert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The module's repositories, in one place (top-level: Spring Data does not look into nested interfaces).

interface ExpertRepository extends JpaRepository<Expert, String> {

	Optional<Expert> findByUserId(String userId);

	List<Expert> findAllByOrderByName();
}

interface ConflictRepository extends JpaRepository<ExpertConflict, String> {

	List<ExpertConflict> findByExpertIdOrderByDeclaredOn(String expertId);

	List<ExpertConflict> findByUsccIn(Collection<String> usccs);
}

interface PanelRepository extends JpaRepository<ReviewPanel, String> {

	Optional<ReviewPanel> findFirstBySubjectTypeAndSubjectIdOrderByCreatedAtDesc(ReviewSubjectType type,
			String subjectId);
}

interface AssignmentRepository extends JpaRepository<PanelAssignment, String> {

	/** Per expert, how many seats they hold on panels still scoring: [expertId, count]. */
	/** Open seats due before {@code today} whose expert has not scored the panel's current round, earliest due first. */
	@Query("select a, p from PanelAssignment a, ReviewPanel p where p.id = a.panelId"
			+ " and a.status = org.innovoucher.expert.PanelAssignment.Status.OPEN and a.dueOn < :today"
			+ " and ((p.round = 1 and a.firstOn is null) or (p.round = 2 and a.secondOn is null)) order by a.dueOn, a.id")
	List<Object[]> unscoredSeatsDueBefore(@org.springframework.data.repository.query.Param("today") java.time.LocalDate today);

	@Query("select a.expertId, count(a) from PanelAssignment a where a.status = org.innovoucher.expert.PanelAssignment.Status.OPEN group by a.expertId")
	List<Object[]> openCounts();

	List<PanelAssignment> findByExpertIdAndStatusOrderByDueOn(String expertId, PanelAssignment.Status status);

	List<PanelAssignment> findByExpertIdIn(Collection<String> expertIds);
}
