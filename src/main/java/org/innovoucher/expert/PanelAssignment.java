package org.innovoucher.expert;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One expert's seat on a panel: when it is due, and their scores of each round, sealed once given. */
@Entity
@Table(name = "review_assignment")
public class PanelAssignment {

	public enum Status {
		/** Scoring, or waiting for the others' scores. */
		OPEN,
		/** The expert declined; someone else took the seat, or nobody could. */
		DECLINED,
		/** The panel concluded. */
		DONE
	}

	@Id
	private String id;
	@Column(name = "panel_id")
	private String panelId;
	private String expertId;
	private int seat;
	@Enumerated(EnumType.STRING)
	private Status status;
	private LocalDate assignedOn;
	private LocalDate dueOn;
	private String declinedReason;
	private String firstScores;
	private BigDecimal firstTotal;
	private String firstComment;
	private LocalDate firstOn;
	private String secondScores;
	private BigDecimal secondTotal;
	private String secondComment;
	private LocalDate secondOn;

	protected PanelAssignment() {
	}

	PanelAssignment(String id, String panelId, String expertId, int seat, LocalDate assignedOn, LocalDate dueOn) {
		this.id = id;
		this.panelId = panelId;
		this.expertId = expertId;
		this.seat = seat;
		this.status = Status.OPEN;
		this.assignedOn = assignedOn;
		this.dueOn = dueOn;
	}

	boolean scored(int round) {
		return total(round) != null;
	}

	void score(int round, Map<String, BigDecimal> scores, BigDecimal total, String comment, LocalDate today) {
		if (round == 1) {
			firstScores = Checklist.storedScores(scores);
			firstTotal = total;
			firstComment = comment;
			firstOn = today;
		}
		else {
			secondScores = Checklist.storedScores(scores);
			secondTotal = total;
			secondComment = comment;
			secondOn = today;
		}
	}

	void decline(String reason) {
		status = Status.DECLINED;
		declinedReason = reason;
	}

	void dueAgain(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	void close() {
		status = Status.DONE;
	}

	public boolean isActive() {
		return status != Status.DECLINED;
	}

	/** The weighted total of {@code round}; null until given. */
	public BigDecimal total(int round) {
		return round == 1 ? firstTotal : secondTotal;
	}

	public Map<String, BigDecimal> scores(int round) {
		return Checklist.scoresFromStored(round == 1 ? firstScores : secondScores);
	}

	public String comment(int round) {
		return round == 1 ? firstComment : secondComment;
	}

	public LocalDate scoredOn(int round) {
		return round == 1 ? firstOn : secondOn;
	}

	public String getId() {
		return id;
	}

	public String getPanelId() {
		return panelId;
	}

	public String getExpertId() {
		return expertId;
	}

	public int getSeat() {
		return seat;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getAssignedOn() {
		return assignedOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public String getDeclinedReason() {
		return declinedReason;
	}
}
