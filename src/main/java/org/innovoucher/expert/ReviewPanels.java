package org.innovoucher.expert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.innovoucher.policy.ExpertReview;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panels: drawn by staff or when a file enters review, declined and refilled, scored. Who may see a
 * panel: staff of the file's region all of it; an expert only their seat (and, from round two, the
 * others' scores without names), through {@link PanelReading}.
 */
@Service
public class ReviewPanels {

	private final PanelRepository panels;
	private final ExpertRepository experts;
	private final ConflictRepository conflicts;
	private final AssignmentRepository assignments;
	private final Experts pool;
	/** Looked up on first use: the modules describing their files also draw panels through this service. */
	private final ObjectProvider<ReviewSubjects> owners;
	private volatile Map<ReviewSubjectType, ReviewSubjects> subjects;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	ReviewPanels(PanelRepository panels, ExpertRepository experts, ConflictRepository conflicts,
			AssignmentRepository assignments, Experts pool, ObjectProvider<ReviewSubjects> owners, Regions regions,
			WorkingDays workingDays, BusinessClock clock) {
		this.panels = panels;
		this.experts = experts;
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.pool = pool;
		this.owners = owners;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** Staff draw a panel for a file of their region; 409 NOT_ENOUGH_EXPERTS when the pool is too small. */
	@Transactional
	public ReviewPanel draw(ReviewSubjectType type, String subjectId, Integer panelSize, CurrentUser user) {
		ReviewSubject subject = subject(type, subjectId);
		if (!user.hasAny(Role.OPERATOR, Role.BUREAU_REVIEWER)) {
			throw DomainException.forbidden("requires role OPERATOR or BUREAU_REVIEWER");
		}
		if (!regions.isWithin(subject.regionCode(), user.regionCode())) {
			throw DomainException.forbidden("region " + subject.regionCode() + " is outside your region " + user.regionCode());
		}
		requireNoPanel(type, subjectId);
		ExpertReview settings = settingsOf(subject);
		int size = panelSize == null ? settings.panelSize() : panelSize;
		if (size < ExpertReview.SMALLEST_PANEL || size > ExpertReview.LARGEST_PANEL) {
			throw DomainException.invalid("panelSize", "between " + ExpertReview.SMALLEST_PANEL + " and " + ExpertReview.LARGEST_PANEL);
		}
		List<String> drawn = PanelDraw.draw(candidates(subject), subject.category(), subject.partyUsccs(), size, Set.of());
		LocalDate today = clock.today();
		return panels.save(ReviewPanel.draw(Ids.newId(), subject, panelSettings(subject, settings), drawn, today,
				workingDays.addWorkingDays(today, settings.roundWorkingDays()), clock.now()));
	}

	/**
	 * A file entered review under a program that sends such files to panels: its panel, drawn in a
	 * transaction of its own so that nothing here can undo the file's move. Where the pool is too
	 * small the file goes on to review without a panel, and the reviewer is told why (an UNDRAWN record).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public ReviewPanel drawOnEntry(ReviewSubjectType type, String subjectId) {
		Optional<ReviewPanel> latest = latest(type, subjectId);
		if (latest.isPresent() && latest.get().getStatus() != ReviewPanel.Status.UNDRAWN) {
			return latest.get();
		}
		ReviewSubject subject = subject(type, subjectId);
		ExpertReview settings = settingsOf(subject);
		LocalDate today = clock.today();
		try {
			List<String> drawn = PanelDraw.draw(candidates(subject), subject.category(), subject.partyUsccs(),
					settings.panelSize(), Set.of());
			return panels.save(ReviewPanel.draw(Ids.newId(), subject, panelSettings(subject, settings), drawn, today,
					workingDays.addWorkingDays(today, settings.roundWorkingDays()), clock.now()));
		}
		catch (DomainException e) {
			if (e.code() != ErrorCode.NOT_ENOUGH_EXPERTS) {
				throw e;
			}
			return panels.save(ReviewPanel.undrawn(Ids.newId(), subject, panelSettings(subject, settings), e.getMessage(),
					today, clock.now()));
		}
	}

	/**
	 * The signed-in expert gives up their seat: another conflict-free expert of the field takes it;
	 * where none is left the panel shrinks (recorded as seats short), never below one member.
	 */
	@Transactional
	public ReviewPanel decline(String panelId, String reason, CurrentUser user) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("reason", "is required");
		}
		Expert expert = pool.me(user).orElseThrow(() -> DomainException.forbidden("requires role EXPERT"));
		ReviewPanel panel = find(panelId);
		ReviewSubject subject = subject(panel.getSubjectType(), panel.getSubjectId());
		Set<String> taken = new HashSet<>();
		panel.getAssignments().forEach(a -> taken.add(a.getExpertId()));
		String replacement;
		try {
			replacement = PanelDraw.draw(candidates(subject), panel.getCategory(), panel.getPartyUsccs(), 1, taken).get(0);
		}
		catch (DomainException e) {
			replacement = null;
		}
		LocalDate today = clock.today();
		LocalDate due = workingDays.addWorkingDays(today, panel.getRoundWorkingDays());
		panel.decline(expert.getId(), reason.trim(), replacement, today, due, due);
		return panels.save(panel);
	}

	/** The signed-in expert's scores of the panel's current round; refused where they declared a conflict since. */
	@Transactional
	public BigDecimal score(String panelId, Map<String, BigDecimal> scores, String comment, CurrentUser user) {
		Expert expert = pool.me(user).orElseThrow(() -> DomainException.forbidden("requires role EXPERT"));
		ReviewPanel panel = find(panelId);
		if (expert.getAffiliationUscc() != null && panel.getPartyUsccs().contains(expert.getAffiliationUscc()) || conflicts.findByUsccIn(panel.getPartyUsccs())
			.stream()
			.anyMatch(c -> c.getExpertId().equals(expert.getId()))) {
			throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST,
					"you declared a conflict with a party of this file: decline the seat instead");
		}
		LocalDate today = clock.today();
		BigDecimal total = panel.score(expert.getId(), scores, comment == null || comment.isBlank() ? null : comment.trim(),
				today, workingDays.addWorkingDays(today, panel.getRoundWorkingDays()));
		panels.save(panel);
		return total;
	}

	/** A panel as the signed-in person may read it; 404 for anyone else. */
	@Transactional(readOnly = true)
	public PanelReading read(String panelId, CurrentUser user) {
		ReviewPanel panel = find(panelId);
		if (user.isStaffCovering(panel.getRegionCode(), regions)) {
			return PanelReading.forStaff(panel, names(panel));
		}
		Optional<Expert> expert = pool.me(user);
		if (expert.isPresent() && panel.seatOf(expert.get().getId()).isPresent()) {
			return PanelReading.forExpert(panel, expert.get().getId());
		}
		throw DomainException.notFound("review panel", panelId);
	}

	/**
	 * The latest panel of a file, for the owning module's file page (which has checked who may see the
	 * file): empty where none was drawn.
	 */
	@Transactional(readOnly = true)
	public Optional<PanelReading> adviceOn(ReviewSubjectType type, String subjectId) {
		return latest(type, subjectId).map(p -> PanelReading.forStaff(p, names(p)));
	}

	/** The latest panel of a file, for staff of its region (404 for anyone else, and where none was drawn). */
	@Transactional(readOnly = true)
	public PanelReading latestFor(ReviewSubjectType type, String subjectId, CurrentUser user) {
		return latest(type, subjectId).filter(p -> user.isStaffCovering(p.getRegionCode(), regions))
			.map(p -> PanelReading.forStaff(p, names(p)))
			.orElseThrow(() -> DomainException.notFound("review panel of " + type, subjectId));
	}

	/** The file a panel reviews, for an expert on it (or staff of its region). */
	@Transactional(readOnly = true)
	public ReviewSubject subjectOf(String panelId, CurrentUser user) {
		PanelReading reading = read(panelId, user);
		return subject(reading.panel().getSubjectType(), reading.panel().getSubjectId());
	}

	/** One evidence file of the panel's file; 404 where the owning module offers none by that id. */
	@Transactional(readOnly = true)
	public ReviewSubject.EvidenceContent evidence(String panelId, String fileId, CurrentUser user) {
		PanelReading reading = read(panelId, user);
		return owners().get(reading.panel().getSubjectType())
			.evidenceFile(reading.panel().getSubjectId(), fileId)
			.orElseThrow(() -> DomainException.notFound("evidence file", fileId));
	}

	/** The signed-in expert's seats on panels still scoring, soonest due first. */
	@Transactional(readOnly = true)
	public List<PanelReading> assignmentsOf(CurrentUser user) {
		Optional<Expert> expert = pool.me(user);
		if (expert.isEmpty()) {
			return List.of();
		}
		return assignments.findByExpertIdAndStatusOrderByDueOn(expert.get().getId(), PanelAssignment.Status.OPEN)
			.stream()
			.map(a -> PanelReading.forExpert(find(a.getPanelId()), expert.get().getId()))
			.toList();
	}

	private ReviewPanel find(String panelId) {
		return panels.findById(panelId).orElseThrow(() -> DomainException.notFound("review panel", panelId));
	}

	private Optional<ReviewPanel> latest(ReviewSubjectType type, String subjectId) {
		return panels.findFirstBySubjectTypeAndSubjectIdOrderByCreatedAtDesc(type, subjectId);
	}

	private void requireNoPanel(ReviewSubjectType type, String subjectId) {
		latest(type, subjectId).filter(p -> p.getStatus() != ReviewPanel.Status.UNDRAWN).ifPresent(p -> {
			throw DomainException.invalidState("the file already has panel " + p.getId());
		});
	}

	private ReviewSubject subject(ReviewSubjectType type, String subjectId) {
		ReviewSubjects owner = owners().get(type);
		if (owner == null) {
			throw DomainException.invalid("subjectType", "no module describes files of type " + type);
		}
		ReviewSubject subject = owner.find(subjectId)
			.orElseThrow(() -> DomainException.notFound(type.name().toLowerCase(), subjectId));
		if (subject.category() == null) {
			throw DomainException.invalid("subjectId", "the file names no service category to draw experts of");
		}
		return subject;
	}

	private Map<ReviewSubjectType, ReviewSubjects> owners() {
		if (subjects == null) {
			Map<ReviewSubjectType, ReviewSubjects> found = new EnumMap<>(ReviewSubjectType.class);
			owners.forEach(s -> found.put(s.type(), s));
			subjects = found;
		}
		return subjects;
	}

	private List<PanelDraw.Candidate> candidates(ReviewSubject subject) {
		Map<String, Set<String>> declared = conflicts.findByUsccIn(subject.partyUsccs())
			.stream()
			.collect(Collectors.groupingBy(ExpertConflict::getExpertId,
					Collectors.mapping(ExpertConflict::getUscc, Collectors.toSet())));
		Map<String, Long> open = pool.openCounts();
		return experts.findAll()
			.stream()
			.map(e -> new PanelDraw.Candidate(e.getId(), e.getFields(), e.getAffiliationUscc(), e.isAvailable(),
					declared.getOrDefault(e.getId(), Set.of()), open.getOrDefault(e.getId(), 0L)))
			.toList();
	}

	private Map<String, String> names(ReviewPanel panel) {
		return experts.findAllById(panel.getAssignments().stream().map(PanelAssignment::getExpertId).toList())
			.stream()
			.collect(Collectors.toMap(Expert::getId, Expert::getName));
	}

	private static ExpertReview settingsOf(ReviewSubject subject) {
		ExpertReview given = subject.settings();
		ExpertReview defaults = ExpertReview.none();
		if (given == null) {
			return defaults;
		}
		return new ExpertReview(given.applications(), given.claims(), given.institutions(),
				given.panelSize() == null ? defaults.panelSize() : given.panelSize(),
				given.passMark() == null ? defaults.passMark() : given.passMark(),
				given.secondRoundSpread() == null ? defaults.secondRoundSpread() : given.secondRoundSpread(),
				given.roundWorkingDays() == null ? defaults.roundWorkingDays() : given.roundWorkingDays());
	}

	private static ReviewPanel.Settings panelSettings(ReviewSubject subject, ExpertReview settings) {
		List<org.innovoucher.policy.ReviewCriterion> criteria = subject.checklist() == null || subject.checklist().isEmpty()
				? ProgramRules.Review.CHECKLIST : subject.checklist();
		return new ReviewPanel.Settings(settings.passMark(), settings.secondRoundSpread(), settings.roundWorkingDays(),
				new Checklist(criteria));
	}
}
