package org.innovoucher.expert;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.persistence.CsvConverter;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A panel of experts advising on one file: round one scored independently against the checklist;
 * where the totals spread more than the program allows, round two, each seeing the others' scores
 * without names; then the result. Scores are sealed once given. The panel advises, the bureau decides.
 */
@Entity
public class ReviewPanel extends AggregateRoot<ReviewPanel> {

	public enum Status {
		ROUND_1, ROUND_2, DONE,
		/** Drawn automatically when the file entered review, but the pool had too few experts. */
		UNDRAWN
	}

	@Id
	private String id;
	@Enumerated(EnumType.STRING)
	private ReviewSubjectType subjectType;
	private String subjectId;
	private String regionCode;
	@Enumerated(EnumType.STRING)
	private ServiceCategory category;
	@Convert(converter = CsvConverter.class)
	private List<String> partyUsccs;
	private String title;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "current_round")
	private int round;
	private BigDecimal passMark;
	private BigDecimal secondRoundSpread;
	private int roundWorkingDays;
	private String checklist;
	private BigDecimal mean;
	private BigDecimal trimmedMean;
	private BigDecimal spread;
	private Boolean passed;
	/** Seats left empty: declinations nobody could take over. */
	private int shortBy;
	private LocalDate createdOn;
	private Instant createdAt;
	@Version
	@Column(name = "version")
	private long revision;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "panel_id", insertable = false, updatable = false)
	@OrderBy("seat")
	private List<PanelAssignment> assignments = new ArrayList<>();

	protected ReviewPanel() {
	}

	private ReviewPanel(String id, ReviewSubject subject, Settings settings, LocalDate today, Instant now) {
		this.id = id;
		this.subjectType = subject.type();
		this.subjectId = subject.id();
		this.regionCode = subject.regionCode();
		this.category = subject.category();
		this.partyUsccs = List.copyOf(subject.partyUsccs());
		this.title = subject.title();
		this.passMark = settings.passMark();
		this.secondRoundSpread = settings.secondRoundSpread();
		this.roundWorkingDays = settings.roundWorkingDays();
		this.checklist = settings.checklist().stored();
		this.createdOn = today;
		this.createdAt = now;
	}

	/** The panel's rules, fixed when it is drawn. */
	record Settings(BigDecimal passMark, BigDecimal secondRoundSpread, int roundWorkingDays, Checklist checklist) {
	}

	static ReviewPanel draw(String id, ReviewSubject subject, Settings settings, List<String> expertIds, LocalDate today,
			LocalDate dueOn, Instant now) {
		ReviewPanel panel = new ReviewPanel(id, subject, settings, today, now);
		panel.status = Status.ROUND_1;
		panel.round = 1;
		for (String expertId : expertIds) {
			panel.seat(expertId, today, dueOn);
		}
		panel.raise(new ExpertEvents.PanelDrawn(id, subject.type().name(), subject.id(), String.join(",", expertIds)));
		return panel;
	}

	/** The record that a file entering review could get no panel, and why. */
	static ReviewPanel undrawn(String id, ReviewSubject subject, Settings settings, String why, LocalDate today,
			Instant now) {
		ReviewPanel panel = new ReviewPanel(id, subject, settings, today, now);
		panel.status = Status.UNDRAWN;
		panel.round = 0;
		panel.raise(new ExpertEvents.PanelNotDrawn(id, subject.type().name(), subject.id(), why));
		return panel;
	}

	private PanelAssignment seat(String expertId, LocalDate today, LocalDate dueOn) {
		PanelAssignment assignment = new PanelAssignment(org.innovoucher.shared.Ids.newId(), id, expertId,
				assignments.size() + 1, today, dueOn);
		assignments.add(assignment);
		return assignment;
	}

	/**
	 * The expert gives up their seat before scoring in round one. {@code replacement} takes it over
	 * with a fresh due date; without one the panel shrinks, but never to nobody: then 409
	 * {@code NOT_ENOUGH_EXPERTS} and the seat stays the expert's.
	 */
	void decline(String expertId, String reason, String replacement, LocalDate today, LocalDate dueOn,
			LocalDate roundTwoDue) {
		PanelAssignment own = openSeatOf(expertId);
		if (status != Status.ROUND_1 || own.scored(1)) {
			throw DomainException.invalidState("a seat can be declined only in round 1 before scoring");
		}
		if (replacement == null && active().size() == 1) {
			throw new DomainException(ErrorCode.NOT_ENOUGH_EXPERTS,
					"no other expert without a conflict of interest can take the last seat of the panel");
		}
		own.decline(reason);
		if (replacement != null) {
			seat(replacement, today, dueOn);
		}
		else {
			shortBy++;
		}
		raise(new ExpertEvents.AssignmentDeclined(id, expertId, replacement, reason));
		roundMaybeOver(today, roundTwoDue);
	}

	/**
	 * The expert's scores of the current round, sealed once given: a second time 409 INVALID_STATE.
	 * When the round's last scores are in, round two opens (spread above the threshold, after round
	 * one) or the panel concludes.
	 */
	BigDecimal score(String expertId, Map<String, BigDecimal> scores, String comment, LocalDate today,
			LocalDate roundTwoDue) {
		PanelAssignment own = openSeatOf(expertId);
		if (status != Status.ROUND_1 && status != Status.ROUND_2) {
			throw DomainException.invalidState("the panel is " + status);
		}
		if (own.scored(round)) {
			throw DomainException.invalidState("the scores of round " + round + " were given and are sealed");
		}
		BigDecimal total = checklist().total(scores);
		own.score(round, scores, total, comment, today);
		raise(new ExpertEvents.ScoresGiven(id, expertId, round, total));
		roundMaybeOver(today, roundTwoDue);
		return total;
	}

	private void roundMaybeOver(LocalDate today, LocalDate roundTwoDue) {
		List<PanelAssignment> active = active();
		if (active.stream().anyMatch(a -> !a.scored(round))) {
			return;
		}
		List<BigDecimal> totals = active.stream().map(a -> a.total(round)).toList();
		BigDecimal roundSpread = PanelResult.spread(totals);
		if (round == 1 && roundSpread.compareTo(secondRoundSpread) > 0) {
			status = Status.ROUND_2;
			round = 2;
			active.forEach(a -> a.dueAgain(roundTwoDue));
			raise(new ExpertEvents.SecondRoundOpened(id, roundSpread));
			return;
		}
		PanelResult result = PanelResult.of(totals, passMark);
		String before = status.name();
		status = Status.DONE;
		mean = result.mean();
		trimmedMean = result.trimmedMean();
		spread = result.spread();
		passed = result.passed();
		active.forEach(PanelAssignment::close);
		raise(new ExpertEvents.PanelConcluded(id, subjectType.name(), subjectId, before, trimmedMean, passed));
	}

	private PanelAssignment openSeatOf(String expertId) {
		return seatOf(expertId).filter(PanelAssignment::isActive)
			.orElseThrow(() -> DomainException.forbidden("you have no seat on this panel"));
	}

	public Optional<PanelAssignment> seatOf(String expertId) {
		return assignments.stream().filter(a -> a.getExpertId().equals(expertId) && a.isActive()).findFirst()
			.or(() -> assignments.stream().filter(a -> a.getExpertId().equals(expertId)).findFirst());
	}

	public List<PanelAssignment> active() {
		return assignments.stream().filter(PanelAssignment::isActive).toList();
	}

	public Checklist checklist() {
		return Checklist.fromStored(checklist);
	}

	/** The result once the panel concluded. */
	public Optional<PanelResult> result() {
		return status == Status.DONE ? Optional.of(new PanelResult(mean, trimmedMean, spread, passed)) : Optional.empty();
	}

	public String getId() {
		return id;
	}

	public ReviewSubjectType getSubjectType() {
		return subjectType;
	}

	public String getSubjectId() {
		return subjectId;
	}

	public String getRegionCode() {
		return regionCode;
	}

	public ServiceCategory getCategory() {
		return category;
	}

	public List<String> getPartyUsccs() {
		return partyUsccs;
	}

	public String getTitle() {
		return title;
	}

	public Status getStatus() {
		return status;
	}

	public int getRound() {
		return round;
	}

	public BigDecimal getPassMark() {
		return passMark;
	}

	public int getRoundWorkingDays() {
		return roundWorkingDays;
	}

	public int getShortBy() {
		return shortBy;
	}

	public LocalDate getCreatedOn() {
		return createdOn;
	}

	public List<PanelAssignment> getAssignments() {
		return List.copyOf(assignments);
	}
}
